using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Messaging;

public sealed record MaintenanceResult(int Parked, int Purged);

/// <summary>
/// The messaging housekeeping a recurring job runs, once for all hosts: parks rows whose last attempt died with its
/// host, and deletes relayed and handled rows, and results kept for idempotency keys, older than the retention period
/// (they carry personal data).
/// </summary>
internal sealed class MessagingMaintenance(IServiceScopeFactory scopes, ModuleCatalog modules, TimeProvider time, IOptions<MessagingOptions> options)
{
    public async Task<MaintenanceResult> RunAsync(CancellationToken cancellationToken)
    {
        int parked = 0, purged = 0;
        var now = time.GetUtcNow();
        var keepFrom = now - options.Value.Retention;
        foreach (var module in modules.Modules)
        {
            using var scope = scopes.CreateScope();
            var db = module.DbContext(scope.ServiceProvider);
            parked += await db.Outbox.ParkAbandonedAsync(now, options.Value.MaxAttempts, cancellationToken);
            parked += await db.Inbox.ParkAbandonedAsync(now, options.Value.MaxAttempts, cancellationToken);
            purged += await db.Outbox.PurgeCompletedAsync(keepFrom, cancellationToken);
            purged += await db.Inbox.PurgeCompletedAsync(keepFrom, cancellationToken);
            purged += await db.IdempotentCommands.Where(c => c.RecordedAt < keepFrom).ExecuteDeleteAsync(cancellationToken);
        }

        return new MaintenanceResult(parked, purged);
    }
}
