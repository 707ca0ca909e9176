namespace Monolith.BuildingBlocks.Deadlines;

public enum DeadlineState
{
    Open,
    Missed,
    Completed,
    Cancelled,
}

/// <summary>What a deadline is about: the module's case, for display and for finding it again.</summary>
public sealed record DeadlineSubject(string Type, Guid Id, string LinkageNumber, string Reference)
{
    /// <summary>
    /// What the case is, for the local policy's scope (<see cref="CaseTraits"/>), e.g. ["referred"] for a referral. A
    /// policy override written for cases with traits the case lacks does not apply to it.
    /// </summary>
    public IReadOnlyList<string> Traits { get; init; } = [];
}

/// <summary>
/// A duty with a due time, stored by the module that owns the duty (table "{Module}Deadlines"). It keeps a snapshot of
/// the rule it was computed from, so a later change of policy never silently moves a running deadline.
/// </summary>
public sealed class Deadline : Domain.ILinkedMatter
{
    private Deadline()
    {
    }

    public Guid Id { get; private set; }

    public string RuleId { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string LegalBasis { get; private set; } = string.Empty;

    /// <summary>"法定" or the local policy's name: under which the due date (when it is missed) was computed.</summary>
    public string PolicyProfile { get; private set; } = string.Empty;

    /// <summary>The period as shown to staff, e.g. "当日（工作日）", "7日".</summary>
    public string Period { get; private set; } = string.Empty;

    public string SubjectType { get; private set; } = string.Empty;

    public Guid SubjectId { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public string SubjectReference { get; private set; } = string.Empty;

    /// <summary>The case's traits when the deadline started (<see cref="DeadlineSubject.Traits"/>), comma-separated.</summary>
    public string Traits { get; private set; } = string.Empty;

    public DateTimeOffset TriggeredAt { get; private set; }

    public DateOnly TriggerDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset RemindAt { get; private set; }

    /// <summary>Computed across a year whose holiday schedule was not yet published; recomputed once it is.</summary>
    public bool Provisional { get; private set; }

    public string Explanation { get; private set; } = string.Empty;

    public bool Extended { get; private set; }

    /// <summary>The due date before the extension; null if not extended.</summary>
    public DateOnly? ExtendedFrom { get; private set; }

    /// <summary>Who approved the extension (e.g. the department head), or who agreed to it (the parties).</summary>
    public string? ExtensionApprovedBy { get; private set; }

    /// <summary>The day the extension was approved or agreed.</summary>
    public DateOnly? ExtensionApprovedOn { get; private set; }

    /// <summary>Why: the approved reason, or the parties' agreement as recorded.</summary>
    public string? ExtensionReason { get; private set; }

    /// <summary>The staff member who entered the extension, and when.</summary>
    public string? ExtensionRecordedBy { get; private set; }

    public DateTimeOffset? ExtensionRecordedAt { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset? MissedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>The outcome the duty was completed with (one of the rule's <see cref="DeadlineRule.Outcomes"/>), if any.</summary>
    public string? Outcome { get; private set; }

    /// <summary>
    /// The local policy that holds one outcome of the duty to a shorter period (<see cref="RuleOverride.Outcome"/>),
    /// e.g. same-day filing of accepted linkage cases; null when none does. The deadline is then reminded by the
    /// policy's due time but missed only at the statutory <see cref="DueAt"/>.
    /// </summary>
    public string? PolicyName { get; private set; }

    /// <summary>The outcome the policy binds, e.g. "accepted".</summary>
    public string? PolicyOutcome { get; private set; }

    /// <summary>Which cases and outcome the policy binds, in Chinese.</summary>
    public string? PolicyScope { get; private set; }

    /// <summary>The policy's period, e.g. "当日（工作日）".</summary>
    public string? PolicyPeriod { get; private set; }

    public string? PolicyLegalBasis { get; private set; }

    public DateOnly? PolicyDueDate { get; private set; }

    public DateTimeOffset? PolicyDueAt { get; private set; }

    /// <summary>Completed with the policy's outcome after the policy's due time: late under the policy, though maybe not by statute.</summary>
    public bool LateUnderPolicy { get; private set; }

    /// <summary>Optimistic-concurrency token: every change bumps it, so two concurrent changes cannot both win.</summary>
    public int Version { get; private set; }

    public DeadlineState State => CompletedAt is not null ? DeadlineState.Completed
        : CancelledAt is not null ? DeadlineState.Cancelled
        : MissedAt is not null ? DeadlineState.Missed
        : DeadlineState.Open;

    /// <summary>Neither completed nor cancelled: the duty is still to be done (possibly late).</summary>
    public bool IsPending => CompletedAt is null && CancelledAt is null;

    /// <summary>Done, with no missed mark, before the due time and (for the policy's outcome) before the policy's.</summary>
    public bool CompletedInTime => CompletedAt is { } done && MissedAt is null && done < DueAt && !LateUnderPolicy;

    internal static Deadline Start(
        Guid id, DeadlineRule rule, string policyProfile, DeadlineSubject subject, DateTimeOffset triggeredAt, DateOnly triggerDate, ScheduledDue due,
        OutcomePolicy? policy = null) =>
        new()
        {
            Id = id,
            RuleId = rule.Id,
            Title = rule.Title,
            LegalBasis = rule.LegalBasis,
            PolicyProfile = policyProfile,
            Period = rule.Period.ToString(),
            SubjectType = subject.Type,
            SubjectId = subject.Id,
            LinkageNumber = subject.LinkageNumber,
            SubjectReference = subject.Reference,
            Traits = string.Join(",", subject.Traits),
            TriggeredAt = triggeredAt,
            TriggerDate = triggerDate,
            DueDate = due.DueDate,
            DueAt = due.DueAt,
            RemindAt = due.RemindAt,
            Provisional = due.Provisional,
            Explanation = due.Explanation,
            PolicyName = policy?.Name,
            PolicyOutcome = policy?.Outcome,
            PolicyScope = policy?.Scope,
            PolicyPeriod = policy?.Rule.Period.ToString(),
            PolicyLegalBasis = policy?.Rule.LegalBasis,
            PolicyDueDate = policy?.Due.DueDate,
            PolicyDueAt = policy?.Due.DueAt,
        };

    /// <summary>Extends the deadline once, by an approved (or agreed) extension, recording who approved it, why and who entered it.</summary>
    internal void Extend(ScheduledDue due, ExtensionApproval approval, string recordedBy, DateTimeOffset recordedAt)
    {
        ExtendedFrom = DueDate;
        ExtensionApprovedBy = approval.ApprovedBy;
        ExtensionApprovedOn = approval.ApprovedOn;
        ExtensionReason = approval.Reason;
        ExtensionRecordedBy = recordedBy;
        ExtensionRecordedAt = recordedAt;
        Reschedule(due, extended: true);
    }

    /// <summary>The policy's due time for its outcome, recomputed (e.g. once a missing year is published).</summary>
    internal void ReschedulePolicy(ScheduledDue policyDue)
    {
        PolicyDueDate = policyDue.DueDate;
        PolicyDueAt = policyDue.DueAt;
        Version++;
    }

    internal void Reschedule(ScheduledDue due, bool extended)
    {
        DueDate = due.DueDate;
        DueAt = due.DueAt;
        RemindAt = due.RemindAt;
        Provisional = due.Provisional;
        Explanation = due.Explanation;
        Extended |= extended;
        Version++;
        if (RemindedAt < RemindAt)
        {
            RemindedAt = null;
        }
    }

    /// <summary>Marks the reminder as sent; false if it was sent already, or is not due, or the duty is done.</summary>
    internal bool TryRemind(DateTimeOffset now)
    {
        if (!IsPending || MissedAt is not null || RemindedAt is not null || now < RemindAt)
        {
            return false;
        }

        RemindedAt = now;
        Version++;
        return true;
    }

    /// <summary>Marks the deadline missed; false unless it is pending, past due and not yet marked.</summary>
    internal bool TryMarkMissed(DateTimeOffset now)
    {
        if (!IsPending || MissedAt is not null || now < DueAt)
        {
            return false;
        }

        MissedAt = now;
        Version++;
        return true;
    }

    /// <summary>
    /// Records that the duty was done, with its outcome; true if this makes it late under the local policy (done with
    /// the policy's outcome after the policy's due time), which is then to be reported like a missed deadline.
    /// </summary>
    internal bool Complete(DateTimeOffset now, string? outcome)
    {
        if (CompletedAt is not null)
        {
            return false;
        }

        CompletedAt = now;
        Outcome = outcome;
        LateUnderPolicy = PolicyOutcome is not null && outcome == PolicyOutcome && now >= PolicyDueAt;
        Version++;
        return LateUnderPolicy;
    }

    internal void Cancel(DateTimeOffset now)
    {
        if (CancelledAt is null)
        {
            CancelledAt = now;
            Version++;
        }
    }
}

/// <summary>A computed due date turned into instants of the deployment's time zone.</summary>
internal sealed record ScheduledDue(DateOnly DueDate, DateTimeOffset DueAt, DateTimeOffset RemindAt, bool Provisional, string Explanation);

/// <summary>An extension as approved: by whom and on which day, why, and (for an extension by agreement) the agreed new due date.</summary>
internal sealed record ExtensionApproval(string ApprovedBy, DateOnly ApprovedOn, string Reason, DateOnly? AgreedDueDate);

/// <summary>A local policy's shorter period for one outcome of a duty, as started on a deadline.</summary>
internal sealed record OutcomePolicy(string Name, DeadlineRule Rule, string Outcome, string Scope, ScheduledDue Due);
