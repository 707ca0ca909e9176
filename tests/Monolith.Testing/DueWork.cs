using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Scheduling;

namespace Monolith.Testing;

/// <summary>What a pass over the deadlines did.</summary>
public sealed record ProcessedDeadlines(int Reminded, int Missed, int Recomputed);

/// <summary>
/// Runs, by the clock of a test's container, the work Hangfire would run when its time comes: every module's due
/// scheduled commands, and the recompute of provisional deadlines. Tests have no Hangfire server.
/// </summary>
public static class DueWork
{
    /// <summary>Runs every module's scheduled work that is due by the container's clock; returns how many commands ran.</summary>
    public static async Task<int> RunScheduledAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var ran = 0;
        var clock = services.GetRequiredService<TimeProvider>();
        foreach (var module in services.GetRequiredService<ModuleCatalog>().Modules)
        {
            List<Guid> due;
            var now = clock.GetUtcNow();
            using (var scope = services.CreateScope())
            {
                due = await module.DbContext(scope.ServiceProvider).ScheduledCommands.AsNoTracking()
                    .Where(c => c.CompletedAt == null && c.CancelledAt == null && c.ParkedAt == null && (c.NextAttemptAt ?? c.DueAt) <= now)
                    .OrderBy(c => c.DueAt).Select(c => c.Id).ToListAsync();
            }

            foreach (var id in due)
            {
                using var scope = services.CreateScope();
                ran += await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunScheduledCommand(module.Info.Name, id)) ? 1 : 0;
            }
        }

        return ran;
    }

    /// <summary>
    /// Brings every deadline up to date with the clock, as the jobs would: runs the due reminders and missed marks (the
    /// deadlines' scheduled work), then recomputes provisional ones. Returns how many deadlines were newly reminded,
    /// newly missed and recomputed.
    /// </summary>
    public static async Task<ProcessedDeadlines> ProcessDeadlinesAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var (remindedBefore, missedBefore) = await MarksAsync(services);
        await RunScheduledAsync(services);
        var recomputed = await services.GetRequiredService<DeadlineSweep>().RecomputeProvisionalAsync(CancellationToken.None);
        var (remindedAfter, missedAfter) = await MarksAsync(services);
        return new ProcessedDeadlines(remindedAfter - remindedBefore, missedAfter - missedBefore, recomputed);
    }

    private static async Task<(int Reminded, int Missed)> MarksAsync(IServiceProvider services)
    {
        int reminded = 0, missed = 0;
        foreach (var module in services.GetRequiredService<ModuleCatalog>().Modules)
        {
            using var scope = services.CreateScope();
            var deadlines = module.DbContext(scope.ServiceProvider).Deadlines.AsNoTracking();
            reminded += await deadlines.CountAsync(d => d.RemindedAt != null);
            missed += await deadlines.CountAsync(d => d.MissedAt != null);
        }

        return (reminded, missed);
    }
}
