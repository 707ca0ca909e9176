using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// Recomputes the deadlines that were computed across a year whose holiday schedule was not yet published, once it
/// is. (Reminders and missed marks are the deadlines' own scheduled work, not this sweep's.)
/// </summary>
internal sealed class DeadlineSweep(IServiceScopeFactory scopes, ModuleCatalog modules, WorkingDayCalendarProvider calendars)
{
    public async Task<int> RecomputeProvisionalAsync(CancellationToken cancellationToken)
    {
        var recomputed = 0;
        var calendar = await calendars.GetAsync(cancellationToken);
        foreach (var module in modules.Modules)
        {
            List<Guid> ready;
            using (var scope = scopes.CreateScope())
            {
                var provisional = await module.DbContext(scope.ServiceProvider).Deadlines.AsNoTracking()
                    .Where(d => d.Provisional && d.CompletedAt == null && d.CancelledAt == null && d.MissedAt == null)
                    .Select(d => new { d.Id, d.TriggerDate, d.DueDate })
                    .ToListAsync(cancellationToken);
                ready = [.. provisional.Where(d => !calendar.AnyProvisional(d.TriggerDate, d.DueDate)).Select(d => d.Id)];
            }

            foreach (var id in ready)
            {
                using var scope = scopes.CreateScope();
                recomputed += await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecomputeDeadlineCommand(module.Info.Name, id), cancellationToken) ? 1 : 0;
            }
        }

        return recomputed;
    }
}
