using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Auditing;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Audit;

/// <summary>Writes each entry in its own short transaction, so it survives the rollback of what it records.</summary>
/// <remarks>
/// Inside an open unit of work (a command sent by another command's handler) the write waits until it ends.
/// An entry that cannot be written does not fail the request: what it records has already been committed or refused,
/// and an error would make the user retry and do it twice. The whole entry goes to the log as a critical error
/// instead, and /health reports the host degraded until it restarts (<see cref="UnwrittenAuditEntries"/>).
/// </remarks>
internal sealed partial class AuditLog(
    IServiceScopeFactory scopes, ICurrentUser user, TimeProvider time, UnitOfWorkScope unitOfWork,
    UnwrittenAuditEntries unwritten, ILogger<AuditLog> logger) : IAuditLog
{
    public Task RecordAsync(
        AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, CancellationToken cancellationToken, IReadOnlyCollection<string>? shown = null) =>
        WriteAsync(user.UserName, user.Role, kind, action, subject, outcome, detail, shown, cancellationToken);

    public Task RecordSignInAsync(string userName, string? role, AuditOutcome outcome, string? detail, CancellationToken cancellationToken) =>
        WriteAsync(userName.Length > 64 ? userName[..64] : userName, role, AuditKind.SignIn, "Platform.SignIn", userName.Length > 128 ? userName[..128] : userName, outcome, detail, null, cancellationToken);

    private Task WriteAsync(
        string userName, string? role, AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, IReadOnlyCollection<string>? shown,
        CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        return unitOfWork.AfterCompletionAsync(() => InsertAsync(at, userName, role, kind, action, subject, outcome, detail, shown ?? [], cancellationToken));
    }

    private async Task InsertAsync(
        DateTimeOffset at, string userName, string? role, AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail,
        IReadOnlyCollection<string> shown, CancellationToken cancellationToken)
    {
        try
        {
            // Its own scope and connection: the entry must survive the rollback of what it records.
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
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
                Shown = [.. shown.Where(k => !string.IsNullOrEmpty(k)).Select(k => new AuditShownRecord { Key = k.Length > 64 ? k[..64] : k })],
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            unwritten.Add(at);
            LogNotWritten(logger, ex, at, userName, role, kind, action, subject, outcome, detail, shown);
        }
    }

    [LoggerMessage(EventName = "AuditEntryNotWritten", Level = LogLevel.Critical,
        Message = "Audit entry not written: {At:O} {UserName} ({Role}) {Kind} {Action} on {Subject}: {Outcome} {Detail}; shown {Shown}")]
    private static partial void LogNotWritten(
        ILogger logger, Exception exception, DateTimeOffset at, string userName, string? role, AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail,
        IReadOnlyCollection<string> shown);
}
