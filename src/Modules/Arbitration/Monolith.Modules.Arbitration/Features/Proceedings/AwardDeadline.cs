using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.Proceedings;

/// <summary>
/// Keeps the tracked award deadline in line with the case's <see cref="AwardClock"/> (ADR 0070): after a pause, a
/// resumption, a restart or the chair's extension the pending one is cancelled and, unless the clock is paused, a new
/// one started whose due date is the clock's — under <see cref="ArbitrationDeadlineRules.Award"/> from the effective
/// start, or under <see cref="ArbitrationDeadlineRules.AwardExtended"/> from the first due date.
/// </summary>
internal sealed class AwardDeadline(DeadlineTracker deadlines, Hearings.HearingDeadlines hearings, WorkingDayCalendarProvider calendars, DeploymentClock clock)
{
    public async Task<AwardClockState> StateAsync(ArbitrationApplication application, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        return AwardClock.Compute(application.AwardClockStart!.Value, application.AwardClockStartReason ?? "受理之日", application.ClockPauses, application.Extension is not null, calendar);
    }

    public async Task<AwardClockState> SyncAsync(ArbitrationDbContext db, ArbitrationApplication application, CancellationToken cancellationToken)
    {
        await deadlines.CancelAsync(db, application.Id, ArbitrationDeadlineRules.Award, cancellationToken);
        await deadlines.CancelAsync(db, application.Id, ArbitrationDeadlineRules.AwardExtended, cancellationToken);
        var state = await StateAsync(application, cancellationToken);
        if (state.Paused)
        {
            return state;
        }

        var subject = DeadlineSubjects.For(application);
        if (application.Extension is null)
        {
            await deadlines.StartAsync(db, ArbitrationDeadlineRules.Award, clock.StartOfDay(state.EffectiveTrigger), subject, cancellationToken);
        }
        else
        {
            await deadlines.StartAsync(db, ArbitrationDeadlineRules.AwardExtended, clock.StartOfDay(state.FirstDueDate!.Value), subject, cancellationToken);
        }

        return state;
    }

    /// <summary>
    /// 结案: the final award or the mediation statement discharges the award period, extended or not; the periods of a
    /// hearing that will no longer be held lapse.
    /// </summary>
    public async Task CompleteAsync(ArbitrationDbContext db, ArbitrationApplication application, CancellationToken cancellationToken)
    {
        await deadlines.CompleteAsync(db, application.Id, ArbitrationDeadlineRules.Award, cancellationToken);
        await deadlines.CompleteAsync(db, application.Id, ArbitrationDeadlineRules.AwardExtended, cancellationToken);
        await hearings.CaseClosedAsync(db, application.Id, cancellationToken);
    }
}
