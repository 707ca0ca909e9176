using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Scheduling;

/// <summary>
/// The recurring pass that hands scheduled work to Hangfire when it comes within the horizon, and again when a job was
/// lost (its hold expired without the work being done: in-memory job storage restarted, a host died before enqueueing,
/// or a failed attempt's backoff has passed). Claims rows with a hold, so two hosts do not both enqueue the same work.
/// </summary>
internal sealed class ScheduledWorkDispatcher(
    IServiceScopeFactory scopes, ModuleCatalog modules, TimeProvider time, IBackgroundJobClient jobs,
    IOptions<SchedulingOptions> options, IOptions<MessagingOptions> messaging, MessagingInstance instance)
{
    /// <summary>One pass over every module; returns how many jobs were enqueued.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var enqueued = 0;
        foreach (var module in modules.Modules)
        {
            enqueued += await DispatchAsync(module, cancellationToken);
        }

        return enqueued;
    }

    private async Task<int> DispatchAsync(ModuleRegistration module, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = module.DbContext(scope.ServiceProvider);
        var now = time.GetUtcNow();
        var until = now + options.Value.Horizon;
        var maxAttempts = messaging.Value.MaxAttempts;
        // A retry is set when a run failed, and runs start at DueAt, so NextAttemptAt >= DueAt and "DueAt <= until"
        // follows from the last condition. Stated, it is the range at which the index (CompletedAt, CancelledAt,
        // ParkedAt, DueAt) stops; without it every pass read every pending row (a million open deadlines hold two each).
        var ids = await db.ScheduledCommands.AsNoTracking().Unclaimed(now)
            .Where(c => c.CancelledAt == null && c.DueAt <= until && c.Attempts < maxAttempts && (c.NextAttemptAt ?? c.DueAt) <= until)
            .OrderBy(c => c.DueAt).Select(c => c.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var rows = await db.ScheduledCommands.ClaimAsync(ids, instance.NewClaim(), now, until + options.Value.Lease, countAttempt: false, cancellationToken);
        foreach (var row in rows)
        {
            ScheduledWorkJobs.Enqueue(jobs, module.Info, row.Id, row.Name, (row.NextAttemptAt ?? row.DueAt) - now);
        }

        return rows.Count;
    }
}
