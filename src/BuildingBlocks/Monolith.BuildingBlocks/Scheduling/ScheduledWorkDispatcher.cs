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
/// Rows that run at the same time go to one job that runs them in one transaction (<see cref="RunScheduledBatchCommand"/>).
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
        // Work already due (a day's deadlines all ending at once, or what fell due while the service was down) is handed
        // over in full batches until none is left; work still ahead, one batch per pass.
        var enqueued = 0;
        while (true)
        {
            var (claimed, allDue) = await DispatchBatchAsync(module, cancellationToken);
            enqueued += claimed;
            if (claimed < options.Value.BatchSize || !allDue)
            {
                return enqueued;
            }
        }
    }

    private async Task<(int Claimed, bool AllDue)> DispatchBatchAsync(ModuleRegistration module, CancellationToken cancellationToken)
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
        foreach (var group in Together(rows, now))
        {
            var runAt = RunAt(group[^1], now);
            if (group.Count == 1)
            {
                ScheduledWorkJobs.Enqueue(jobs, module.Info, group[0].Id, group[0].Name, runAt - now);
            }
            else
            {
                var label = string.Join("、", group.GroupBy(r => r.Name).Select(g => $"{g.Key} ×{g.Count()}"));
                ScheduledWorkJobs.EnqueueTogether(jobs, module.Info, [.. group.Select(r => r.Id)], label, runAt - now);
            }
        }

        return (rows.Count, rows.All(r => RunAt(r, now) <= now));
    }

    /// <summary>
    /// Rows to run in one job and one transaction: up to <see cref="SchedulingOptions.RunTogether"/> in run-time order,
    /// whose run times (or now, for those already due) lie within <see cref="SchedulingOptions.TogetherWithin"/> of the
    /// first's. The job runs at the last one's time, so none runs early, and none later than that window.
    /// </summary>
    private IEnumerable<List<ScheduledCommand>> Together(IEnumerable<ScheduledCommand> rows, DateTimeOffset now)
    {
        var group = new List<ScheduledCommand>();
        foreach (var row in rows.OrderBy(r => RunAt(r, now)))
        {
            if (group.Count > 0 && (group.Count >= options.Value.RunTogether || RunAt(row, now) - RunAt(group[0], now) > options.Value.TogetherWithin))
            {
                yield return group;
                group = [];
            }

            group.Add(row);
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    private static DateTimeOffset RunAt(ScheduledCommand row, DateTimeOffset now)
    {
        var at = row.NextAttemptAt ?? row.DueAt;
        return at > now ? at : now;
    }
}
