using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Deadlines;

public sealed record SweepResult(int Reminded, int Missed, int Recomputed);

/// <summary>
/// The safety net under the scheduled jobs: finds every pending deadline whose reminder or due time has passed without
/// being processed, and every provisional deadline whose missing year is now published, in every module.
/// </summary>
public sealed class DeadlineSweep(IServiceScopeFactory scopes, ModuleCatalog modules, TimeProvider time, WorkingDayCalendarProvider calendars)
{
    public async Task<SweepResult> RunAsync(CancellationToken cancellationToken)
    {
        int reminded = 0, missed = 0, recomputed = 0;
        var calendar = await calendars.GetAsync(cancellationToken);
        foreach (var module in modules.Modules)
        {
            var (due, provisional) = await FindWorkAsync(module, calendar, cancellationToken);
            foreach (var id in due)
            {
                var progress = await SendAsync(new ProcessDeadlineCommand(module.Info.Name, id), cancellationToken);
                reminded += progress == DeadlineProgress.Reminded ? 1 : 0;
                missed += progress == DeadlineProgress.Missed ? 1 : 0;
            }

            foreach (var id in provisional)
            {
                recomputed += await SendAsync(new RecomputeDeadlineCommand(module.Info.Name, id), cancellationToken) ? 1 : 0;
            }
        }

        return new SweepResult(reminded, missed, recomputed);
    }

    private async Task<(List<Guid> Due, List<Guid> Provisional)> FindWorkAsync(ModuleRegistration module, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = modules.DbContext(scope.ServiceProvider, module.Info.Name);
        var now = time.GetUtcNow();
        var pending = db.Deadlines.AsNoTracking().Where(d => d.CompletedAt == null && d.CancelledAt == null);
        var due = await pending
            .Where(d => d.MissedAt == null && (d.DueAt <= now || (d.RemindedAt == null && d.RemindAt <= now)))
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        var provisional = await pending.Where(d => d.Provisional).Select(d => new { d.Id, d.TriggerDate, d.DueDate }).ToListAsync(cancellationToken);
        return (due, provisional.Where(d => !calendar.AnyProvisional(d.TriggerDate, d.DueDate)).Select(d => d.Id).ToList());
    }

    private async Task<TResult> SendAsync<TResult>(MediatR.IRequest<TResult> command, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }
}

/// <summary>Hangfire's entry points. Thin: each sends a command or runs the sweep, which re-check the database.</summary>
public sealed class DeadlineJobs(IMediator mediator, DeadlineSweep sweep)
{
    public const string SweepJobId = "deadline-sweep";

    public Task<DeadlineProgress> ProcessAsync(string moduleName, Guid deadlineId, CancellationToken cancellationToken) =>
        mediator.Send(new ProcessDeadlineCommand(moduleName, deadlineId), cancellationToken);

    public Task<SweepResult> SweepAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
