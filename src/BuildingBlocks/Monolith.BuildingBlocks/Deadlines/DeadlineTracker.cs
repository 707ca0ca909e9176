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

    /// <summary>
    /// Starts the rule's deadline on the subject, triggered at <paramref name="triggeredAt"/>. The rule must be one this
    /// deployment offers on the trigger date (its city's, in force). The active policy's override applies if the
    /// subject's <see cref="DeadlineSubject.Traits"/> are in its scope; an override that binds one outcome only is
    /// kept beside the statutory due time (reminded by the earlier, missed only at the statutory one).
    /// </summary>
    /// <exception cref="Domain.BusinessRuleViolationException">The rule is another city's or not in force on the trigger date.</exception>
    public async Task<Deadline> StartAsync(ModuleDbContext db, string ruleId, DateTimeOffset triggeredAt, DeadlineSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(subject);
        var triggerDate = clock.LocalDate(triggeredAt);
        if (catalogue.WhyNotOffered(ruleId, triggerDate) is { } notOffered)
        {
            throw new Domain.BusinessRuleViolationException("deadline.not-applicable", notOffered);
        }

        var unknown = subject.Traits.FirstOrDefault(t => !CaseTraits.Names.ContainsKey(t));
        if (unknown is not null)
        {
            throw new ArgumentException($"Unknown case trait '{unknown}'.", nameof(subject));
        }

        var entry = catalogue.Entry(ruleId);
        var id = Guid.CreateVersion7(clock.UtcNow);
        Deadline deadline;
        if (!entry.PolicyCovers(subject.Traits, triggerDate))
        {
            var due = await ComputeAsync(entry.Statutory, triggerDate, triggeredAt, cancellationToken);
            deadline = Deadline.Start(id, entry.Statutory, DeadlineCatalogue.StatutoryProfile, subject, triggeredAt, triggerDate, due);
        }
        else if (entry.Scope?.Outcome is not { } outcome)
        {
            var due = await ComputeAsync(entry.Effective, triggerDate, triggeredAt, cancellationToken);
            deadline = Deadline.Start(id, entry.Effective, catalogue.ProfileName, subject, triggeredAt, triggerDate, due);
        }
        else
        {
            var (due, policyDue) = await ComputeWithPolicyAsync(entry.Statutory, entry.Effective, triggerDate, triggeredAt, cancellationToken);
            var policy = new OutcomePolicy(catalogue.ProfileName, entry.Effective, outcome, entry.ScopeText!, policyDue);
            deadline = Deadline.Start(id, entry.Statutory, DeadlineCatalogue.StatutoryProfile, subject, triggeredAt, triggerDate, due, policy);
        }

        db.Deadlines.Add(deadline);
        Schedule(db, deadline);
        return deadline;
    }

    /// <summary>
    /// The duty was done: discharges the subject's pending deadlines of that rule (also if already missed) and returns
    /// them, so the caller can tell whether it was done in time.
    /// </summary>
    public Task<IReadOnlyList<Deadline>> CompleteAsync(ModuleDbContext db, Guid subjectId, string ruleId, CancellationToken cancellationToken) =>
        CompleteAsync(db, subjectId, ruleId, null, cancellationToken);

    /// <summary>
    /// The duty was done with <paramref name="outcome"/> (one of the rule's <see cref="DeadlineRule.Outcomes"/>, e.g.
    /// "accepted"). A deadline whose local policy binds that outcome and whose policy due time has passed is recorded as
    /// late under the policy and reported like a missed one (unless it was already reported missed by statute).
    /// </summary>
    public async Task<IReadOnlyList<Deadline>> CompleteAsync(ModuleDbContext db, Guid subjectId, string ruleId, string? outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rule = catalogue.Entry(ruleId).Statutory;
        if (outcome is not null && !rule.Outcomes.ContainsKey(outcome))
        {
            throw new ArgumentException($"Deadline rule '{ruleId}' has no outcome '{outcome}'.", nameof(outcome));
        }

        var pending = await PendingAsync(db, subjectId, ruleId, cancellationToken);
        var now = clock.UtcNow;
        foreach (var deadline in pending)
        {
            if (deadline.PolicyOutcome is not null && outcome is null)
            {
                throw new ArgumentException($"Deadline rule '{ruleId}' binds a policy to an outcome: complete it with one.", nameof(outcome));
            }

            if (deadline.Complete(now, outcome) && deadline.MissedAt is null)
            {
                db.Publish(DeadlineMissedEvents.LateUnderPolicy(db, deadline, now));
            }

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

    /// <summary>
    /// Applies the rule's extension once, from the current due date: a fixed one by its period, one by the parties'
    /// agreement to the date they agreed. Records who approved it, on which day and why, and who entered it. An
    /// extension must be approved before the period ends, and not before it began.
    /// </summary>
    internal async Task ExtendAsync(ModuleDbContext db, Deadline deadline, ExtensionApproval approval, string recordedBy, CancellationToken cancellationToken)
    {
        var rule = RuleOf(deadline);
        if (rule.Extension is not { } extension)
        {
            throw new Domain.BusinessRuleViolationException("deadline.no-extension", $"“{deadline.Title}”没有可延长的期限。");
        }

        if (deadline.MissedAt is not null || clock.UtcNow >= deadline.DueAt)
        {
            throw new Domain.BusinessRuleViolationException("deadline.missed", "期限已经届满，不能再延长；延长须在期限届满前批准。");
        }

        if (deadline.Extended)
        {
            throw new Domain.BusinessRuleViolationException("deadline.extended", "该期限已经延长过一次。");
        }

        var errors = new Dictionary<string, string[]>();
        if (approval.ApprovedOn > deadline.DueDate || approval.ApprovedOn < deadline.TriggerDate)
        {
            errors["approvedOn"] = [$"批准日期应在期限之内（{Calendar.CalendarText.Format(deadline.TriggerDate)}至{Calendar.CalendarText.Format(deadline.DueDate)}）。"];
        }

        if (extension.ByAgreement && approval.AgreedDueDate is null)
        {
            errors["agreedDueDate"] = ["经双方当事人同意延长的，须填写双方约定的新期限。"];
        }
        else if (extension.ByAgreement && approval.AgreedDueDate <= deadline.DueDate)
        {
            errors["agreedDueDate"] = [$"约定的新期限应晚于原截止日期{Calendar.CalendarText.Format(deadline.DueDate)}。"];
        }
        else if (!extension.ByAgreement && approval.AgreedDueDate is not null)
        {
            errors["agreedDueDate"] = [$"该期限{extension.Description}，无须填写约定的新期限。"];
        }

        if (errors.Count > 0)
        {
            throw new Application.RequestValidationException(errors);
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var computation = DeadlineCalculator.Extend(rule, deadline.DueDate, calendar, extension.ByAgreement ? approval.AgreedDueDate : null);
        deadline.Extend(ToScheduledDue(rule, computation, calendar, deadline.TriggeredAt), approval, recordedBy, clock.UtcNow);
        await UnscheduleAsync(db, deadline, cancellationToken);
        Schedule(db, deadline);
    }

    /// <summary>Recomputes a provisional deadline once the missing year's schedule is known; false if nothing changed.</summary>
    internal async Task<bool> RecomputeAsync(ModuleDbContext db, Deadline deadline, CancellationToken cancellationToken)
    {
        var rule = RuleOf(deadline);
        var policy = deadline.PolicyOutcome is null ? null : catalogue.Entry(deadline.RuleId).Effective;
        if (rule.Period.ToString() != deadline.Period || deadline.Extended || (policy is not null && policy.Period.ToString() != deadline.PolicyPeriod))
        {
            return false;
        }

        ScheduledDue due;
        ScheduledDue? policyDue = null;
        if (policy is null)
        {
            due = await ComputeAsync(rule, deadline.TriggerDate, deadline.TriggeredAt, cancellationToken);
        }
        else
        {
            (due, policyDue) = await ComputeWithPolicyAsync(rule, policy, deadline.TriggerDate, deadline.TriggeredAt, cancellationToken);
        }

        if (due.Provisional == deadline.Provisional && due.DueDate == deadline.DueDate && policyDue?.DueDate == deadline.PolicyDueDate)
        {
            return false;
        }

        deadline.Reschedule(due, extended: false);
        if (policyDue is not null)
        {
            deadline.ReschedulePolicy(policyDue);
        }

        await UnscheduleAsync(db, deadline, cancellationToken);
        Schedule(db, deadline);
        return true;
    }

    /// <summary>
    /// The statutory due time, reminded by the policy's earlier one if that is sooner, and the policy's own due time
    /// for the outcome it binds.
    /// </summary>
    private async Task<(ScheduledDue Due, ScheduledDue PolicyDue)> ComputeWithPolicyAsync(
        DeadlineRule statutory, DeadlineRule policy, DateOnly triggerDate, DateTimeOffset triggeredAt, CancellationToken cancellationToken)
    {
        var due = await ComputeAsync(statutory, triggerDate, triggeredAt, cancellationToken);
        var policyDue = await ComputeAsync(policy, triggerDate, triggeredAt, cancellationToken);
        return (due with { RemindAt = policyDue.RemindAt < due.RemindAt ? policyDue.RemindAt : due.RemindAt, Provisional = due.Provisional || policyDue.Provisional }, policyDue);
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

        // Never remind before the deadline began: for a forward period that is its trigger; for a period counted back
        // from a later event (开庭五日前) the trigger is that event, after the due date, so the floor is the time the
        // deadline is computed instead.
        var floor = rule.Direction == CountDirection.Backward ? clock.UtcNow : triggeredAt;
        remindAt = remindAt < floor ? floor : remindAt;
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

    /// <summary>The rule the deadline's due time was computed by: the statute's, or the policy's when it applied in full.</summary>
    private DeadlineRule RuleOf(Deadline deadline)
    {
        var entry = catalogue.Entry(deadline.RuleId);
        return deadline.PolicyProfile == DeadlineCatalogue.StatutoryProfile ? entry.Statutory : entry.Effective;
    }

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
