using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Auditing;

public interface IAuditLog
{
    Task RecordAsync(AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, CancellationToken cancellationToken);
}

/// <summary>Writes each entry in its own short transaction, so it survives the rollback of what it records.</summary>
internal sealed class AuditLog(IDbContextFactory<PlatformDbContext> contexts, ICurrentUser user, TimeProvider time) : IAuditLog
{
    public async Task RecordAsync(AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            UserName = user.UserName,
            Role = user.Role,
            Kind = kind,
            Action = action,
            Subject = subject,
            Outcome = outcome,
            Detail = detail is { Length: > 512 } ? detail[..512] : detail,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
