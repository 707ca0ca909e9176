using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;

namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// What modules call to start, complete and extend their deadlines. The deadline is stored in the module's own table
/// within the command's transaction, with its reminder and due-time checks as the module's scheduled work
/// (<see cref="WorkScheduler"/>): they are enqueued only after the commit, and cancelled when the duty is done.
/// </summary>
public sealed class DeadlineTracker(
    DeadlineCatalogue catalogue, WorkingDayCalendarProvider calendars, DeploymentClock clock, WorkScheduler scheduler)
{
    /// <summary>Reminder time for same-day duties: mid-afternoon, while the office is still open.</summary>
    public static readonly TimeOnly SameDayReminderTime = new(15, 0);

    /// <summary>Reminder time on the working day before a longer period ends.</summary>
    public static readonly TimeOnly ReminderTime = new(9, 0);

    public async Task<Deadline> StartAsync(ModuleDbContext db, string ruleId, DateTimeOffset triggeredAt, DeadlineSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = catalogue.Entry(ruleId);
        var triggerDate = clock.LocalDate(triggeredAt);
        var due = await ComputeAsync(entry.Effective, triggerDate, triggeredAt, cancellationToken);
        var deadline = Deadline.Start(
            Guid.CreateVersion7(clock.UtcNow), entry.Effective, entry.Overridden ? catalogue.ProfileName : DeadlineCatalogue.StatutoryProfile, subject, triggeredAt, triggerDate, due);
        db.Deadlines.Add(deadline);
        Schedule(db, deadline);
        return deadline;
    }

    /// <summary>
    /// The duty was done: discharges the subject's pending deadlines of that rule (also if already missed) and returns
    /// them, so the caller can tell whether it was done in time.
    /// </summary>
    public async Task<IReadOnlyList<Deadline>> CompleteAsync(ModuleDbContext db, Guid subjectId, string ruleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = await PendingAsync(db, subjectId, ruleId, cancellationToken);
        foreach (var deadline in pending)
        {
            deadline.Complete(clock.UtcNow);
            await UnscheduleAsync(db, deadline, cancellationToken);
        }

        return pending;
    }

    /// <summary>The duty lapsed without fault (e.g. the application was withdrawn): no reminder, no missed mark.</summary>
    public async Task CancelAsync(ModuleDbContext db, Guid subjectId, string ruleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var deadline in await PendingAsync(db, subjectId, ruleId, cancellationToken))
        {
            deadline.Cancel(clock.UtcNow);
            await UnscheduleAsync(db, deadline, cancellationToken);
        }
    }

    /// <summary>Applies the rule's statutory extension, counted from the current due date.</summary>
    internal async Task ExtendAsync(ModuleDbContext db, Deadline deadline, CancellationToken cancellationToken)
    {
        var rule = catalogue.Effective(deadline.RuleId);
        if (rule.Extension is null)
        {
            throw new Domain.BusinessRuleViolationException("deadline.no-extension", $"“{deadline.Title}”没有可延长的期限。");
        }

        if (deadline.MissedAt is not null)
        {
            throw new Domain.BusinessRuleViolationException("deadline.missed", "期限已经届满，不能再延长；延长须在期限届满前批准。");
        }

        if (deadline.Extended)
        {
            throw new Domain.BusinessRuleViolationException("deadline.extended", "该期限已经延长过一次。");
        }

        if (rule.Extension.ByAgreement)
        {
            throw new Domain.BusinessRuleViolationException("deadline.agreed-date-required", $"“{deadline.Title}”经双方当事人同意方可延长，须录入双方约定的新期限。");
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var computation = DeadlineCalculator.Extend(rule, deadline.DueDate, calendar);
        deadline.Reschedule(ToScheduledDue(rule, computation, calendar, deadline.TriggeredAt), extended: true);
        await UnscheduleAsync(db, deadline, cancellationToken);
        Schedule(db, deadline);
    }

    /// <summary>Recomputes a provisional deadline once the missing year's schedule is known; false if nothing changed.</summary>
    internal async Task<bool> RecomputeAsync(ModuleDbContext db, Deadline deadline, CancellationToken cancellationToken)
    {
        var rule = catalogue.Effective(deadline.RuleId);
        if (rule.Period.ToString() != deadline.Period || deadline.Extended)
        {
            return false;
        }

        var due = await ComputeAsync(rule, deadline.TriggerDate, deadline.TriggeredAt, cancellationToken);
        if (due.Provisional == deadline.Provisional && due.DueDate == deadline.DueDate)
        {
            return false;
        }

        deadline.Reschedule(due, extended: false);
        await UnscheduleAsync(db, deadline, cancellationToken);
        Schedule(db, deadline);
        return true;
    }

    internal async Task<ScheduledDue> ComputeAsync(DeadlineRule rule, DateOnly triggerDate, DateTimeOffset triggeredAt, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        return ToScheduledDue(rule, DeadlineCalculator.Compute(rule, triggerDate, calendar), calendar, triggeredAt);
    }

    private ScheduledDue ToScheduledDue(DeadlineRule rule, DeadlineComputation computation, WorkingDayCalendar calendar, DateTimeOffset triggeredAt)
    {
        var dueAt = clock.EndOfDay(computation.DueDate);
        DateTimeOffset remindAt;
        if (rule.ReminderLead is { } lead)
        {
            remindAt = dueAt - lead;
        }
        else if (rule.Period.Value == 0)
        {
            remindAt = clock.StartOfDay(computation.DueDate) + SameDayReminderTime.ToTimeSpan();
        }
        else
        {
            var dayBefore = calendar.SubtractWorkingDays(computation.DueDate, 1);
            remindAt = clock.StartOfDay(dayBefore) + ReminderTime.ToTimeSpan();
        }

        // deadlines.md §9.6: while the unit is unsettled, remind by the earlier (calendar-day) reading.
        if (computation.EarlierReadingDate is { } earlier)
        {
            var earlierMorning = clock.StartOfDay(earlier) + ReminderTime.ToTimeSpan();
            remindAt = earlierMorning < remindAt ? earlierMorning : remindAt;
        }

        remindAt = remindAt < triggeredAt ? triggeredAt : remindAt;
        return new ScheduledDue(computation.DueDate, dueAt, remindAt, computation.Provisional, computation.Explanation);
    }

    /// <summary>The reminder and the due-time check, as the module's scheduled work.</summary>
    private void Schedule(ModuleDbContext db, Deadline deadline)
    {
        var process = new ProcessDeadlineCommand(db.Module.Name, deadline.Id);
        if (deadline.RemindedAt is null && deadline.RemindAt < deadline.DueAt)
        {
            scheduler.Schedule(db, process, deadline.RemindAt, WorkKey(deadline), deadline.LinkageNumber);
        }

        scheduler.Schedule(db, process, deadline.DueAt, WorkKey(deadline), deadline.LinkageNumber);
    }

    private Task UnscheduleAsync(ModuleDbContext db, Deadline deadline, CancellationToken cancellationToken) =>
        scheduler.CancelAsync(db, WorkKey(deadline), cancellationToken);

    private static string WorkKey(Deadline deadline) => $"deadline/{deadline.Id}";

    private static async Task<List<Deadline>> PendingAsync(ModuleDbContext db, Guid subjectId, string ruleId, CancellationToken cancellationToken)
    {
        var stored = await db.Deadlines
            .Where(d => d.SubjectId == subjectId && d.RuleId == ruleId && d.CompletedAt == null && d.CancelledAt == null)
            .ToListAsync(cancellationToken);
        var added = db.Deadlines.Local.Where(d => d.SubjectId == subjectId && d.RuleId == ruleId && d.IsPending);
        return stored.Union(added).ToList();
    }
}
