using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.Hearings;

/// <summary>
/// The two periods counted back from a hearing's date (调解仲裁法 第三十五条), tracked per hearing (ADR 0073): the
/// commission's duty to serve the hearing notice at least five days before (<see cref="ArbitrationDeadlineRules.HearingNotice"/>,
/// completed when the service is recorded, missed and reported like any other deadline otherwise), and the parties'
/// window to ask for a postponement at least three days before (<see cref="ArbitrationDeadlineRules.PostponementRequest"/>,
/// completed by a request; a window nobody used is closed just before it ends as lapsed without fault, since not asking
/// is no one's failure). A postponed hearing's notice deadline is cancelled; the new hearing starts its own.
/// </summary>
internal sealed class HearingDeadlines(DeadlineTracker deadlines, WorkScheduler scheduler)
{
    /// <summary>How long before the end of the window's last day an unused window is closed.</summary>
    public static readonly TimeSpan WindowClosesBeforeItsEnd = TimeSpan.FromMinutes(1);

    public static DeadlineSubject Subject(ArbitrationApplication application, Hearing hearing) => new(
        nameof(Hearing),
        hearing.Id,
        application.LinkageNumber,
        $"第{hearing.Ordinal}次开庭 {application.LinkageNumber}（{application.Applicant.Name} 与 {application.Respondent.Name}）")
    {
        Traits = DeadlineSubjects.For(application).Traits,
    };

    public static string WindowKey(Guid hearingId) => $"hearing/{hearingId}/postponement-window";

    /// <summary>A hearing was scheduled: both periods start, triggered by the hearing and counted back from its date.</summary>
    public async Task StartAsync(ArbitrationDbContext db, ArbitrationApplication application, Hearing hearing, CancellationToken cancellationToken)
    {
        var subject = Subject(application, hearing);
        await deadlines.StartAsync(db, ArbitrationDeadlineRules.HearingNotice, hearing.StartsAt, subject, cancellationToken);
        var window = await deadlines.StartAsync(db, ArbitrationDeadlineRules.PostponementRequest, hearing.StartsAt, subject, cancellationToken);
        scheduler.Schedule(db, new ClosePostponementWindowCommand(application.Id, hearing.Id), window.DueAt - WindowClosesBeforeItsEnd, WindowKey(hearing.Id), application.LinkageNumber);
    }

    /// <summary>The notice reached the parties: the notice deadline is discharged (in time or not, as its due date says).</summary>
    public Task<IReadOnlyList<Deadline>> NoticeServedAsync(ArbitrationDbContext db, Hearing hearing, CancellationToken cancellationToken) =>
        deadlines.CompleteAsync(db, hearing.Id, ArbitrationDeadlineRules.HearingNotice, cancellationToken);

    /// <summary>
    /// A party's request postponed the hearing: the window was used, and a notice not yet served for a hearing that will
    /// not take place is no longer due.
    /// </summary>
    public async Task PostponedAsync(ArbitrationDbContext db, Hearing hearing, CancellationToken cancellationToken)
    {
        await deadlines.CompleteAsync(db, hearing.Id, ArbitrationDeadlineRules.PostponementRequest, cancellationToken);
        await deadlines.CancelAsync(db, hearing.Id, ArbitrationDeadlineRules.HearingNotice, cancellationToken);
        await scheduler.CancelAsync(db, WindowKey(hearing.Id), cancellationToken);
    }

    /// <summary>
    /// 结案: the case closed (final award or mediation statement); a notice not yet served and a window still open for a
    /// hearing that will not be held lapse without fault.
    /// </summary>
    public async Task CaseClosedAsync(ArbitrationDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        var hearingIds = db.Applications.Where(a => a.Id == applicationId).SelectMany(a => a.Hearings).Select(h => h.Id);
        var open = await db.Deadlines
            .Where(d => hearingIds.Contains(d.SubjectId) && d.CompletedAt == null && d.CancelledAt == null && d.MissedAt == null)
            .Select(d => new { d.SubjectId, d.RuleId })
            .ToListAsync(cancellationToken);

        // A notice already missed stays missed (it was reported); what is still open lapses.
        foreach (var deadline in open)
        {
            await deadlines.CancelAsync(db, deadline.SubjectId, deadline.RuleId, cancellationToken);
            await scheduler.CancelAsync(db, WindowKey(deadline.SubjectId), cancellationToken);
        }
    }

    /// <summary>The window ended unused: lapsed without fault (no reminder, no missed mark).</summary>
    public Task CloseWindowAsync(ArbitrationDbContext db, Guid hearingId, CancellationToken cancellationToken) =>
        deadlines.CancelAsync(db, hearingId, ArbitrationDeadlineRules.PostponementRequest, cancellationToken);
}

/// <summary>Run by the scheduled-work engine just before the postponement window of a hearing ends; nothing if it was used.</summary>
[ScheduledCommandName("arbitration.close-postponement-window.v1")]
internal sealed record ClosePostponementWindowCommand(Guid ApplicationId, Guid HearingId) : ICommand<bool>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class ClosePostponementWindowHandler(ArbitrationDbContext db, HearingDeadlines hearings) : IRequestHandler<ClosePostponementWindowCommand, bool>
{
    public async Task<bool> Handle(ClosePostponementWindowCommand request, CancellationToken cancellationToken)
    {
        var pending = await db.Deadlines.AnyAsync(
            d => d.SubjectId == request.HearingId && d.RuleId == ArbitrationDeadlineRules.PostponementRequest && d.CompletedAt == null && d.CancelledAt == null,
            cancellationToken);
        if (!pending)
        {
            return false;
        }

        await hearings.CloseWindowAsync(db, request.HearingId, cancellationToken);
        return true;
    }
}
