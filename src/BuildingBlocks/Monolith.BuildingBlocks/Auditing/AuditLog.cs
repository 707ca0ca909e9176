using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Auditing;

public interface IAuditLog
{
    Task RecordAsync(AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, CancellationToken cancellationToken);

    /// <summary>A sign-in attempt; the actor is the account name tried, since no one is signed in yet.</summary>
    Task RecordSignInAsync(string userName, string? role, AuditOutcome outcome, string? detail, CancellationToken cancellationToken);
}

/// <summary>Writes each entry in its own short transaction, so it survives the rollback of what it records.</summary>
/// <remarks>Inside an open unit of work (a command sent by another command's handler) the write waits until it ends.</remarks>
internal sealed class AuditLog(IDbContextFactory<PlatformDbContext> contexts, ICurrentUser user, TimeProvider time, UnitOfWorkScope unitOfWork) : IAuditLog
{
    public Task RecordAsync(AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, CancellationToken cancellationToken) =>
        WriteAsync(user.UserName, user.Role, kind, action, subject, outcome, detail, cancellationToken);

    public Task RecordSignInAsync(string userName, string? role, AuditOutcome outcome, string? detail, CancellationToken cancellationToken) =>
        WriteAsync(userName.Length > 64 ? userName[..64] : userName, role, AuditKind.SignIn, "Platform.SignIn", userName.Length > 128 ? userName[..128] : userName, outcome, detail, cancellationToken);

    private Task WriteAsync(
        string userName, string? role, AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        return unitOfWork.AfterCompletionAsync(() => InsertAsync(at, userName, role, kind, action, subject, outcome, detail, cancellationToken));
    }

    private async Task InsertAsync(
        DateTimeOffset at, string userName, string? role, AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            UserName = userName,
            Role = role,
            Kind = kind,
            Action = action,
            Subject = subject,
            Outcome = outcome,
            Detail = detail is { Length: > 512 } ? detail[..512] : detail,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
