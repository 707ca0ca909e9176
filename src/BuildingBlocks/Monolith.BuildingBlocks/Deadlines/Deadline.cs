namespace Monolith.BuildingBlocks.Deadlines;

public enum DeadlineState
{
    Open,
    Missed,
    Completed,
    Cancelled,
}

/// <summary>What a deadline is about: the module's case, for display and for finding it again.</summary>
public sealed record DeadlineSubject(string Type, Guid Id, string LinkageNumber, string Reference);

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

    /// <summary>"法定" or the local policy's name.</summary>
    public string PolicyProfile { get; private set; } = string.Empty;

    /// <summary>The period as shown to staff, e.g. "当日（工作日）", "7日".</summary>
    public string Period { get; private set; } = string.Empty;

    public string SubjectType { get; private set; } = string.Empty;

    public Guid SubjectId { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public string SubjectReference { get; private set; } = string.Empty;

    public DateTimeOffset TriggeredAt { get; private set; }

    public DateOnly TriggerDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset RemindAt { get; private set; }

    /// <summary>Computed across a year whose holiday schedule was not yet published; recomputed once it is.</summary>
    public bool Provisional { get; private set; }

    public string Explanation { get; private set; } = string.Empty;

    public bool Extended { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset? MissedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Optimistic-concurrency token: every change bumps it, so two concurrent changes cannot both win.</summary>
    public int Version { get; private set; }

    public DeadlineState State => CompletedAt is not null ? DeadlineState.Completed
        : CancelledAt is not null ? DeadlineState.Cancelled
        : MissedAt is not null ? DeadlineState.Missed
        : DeadlineState.Open;

    /// <summary>Neither completed nor cancelled: the duty is still to be done (possibly late).</summary>
    public bool IsPending => CompletedAt is null && CancelledAt is null;

    internal static Deadline Start(
        Guid id, DeadlineRule rule, string policyProfile, DeadlineSubject subject, DateTimeOffset triggeredAt, DateOnly triggerDate, ScheduledDue due) =>
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
            TriggeredAt = triggeredAt,
            TriggerDate = triggerDate,
            DueDate = due.DueDate,
            DueAt = due.DueAt,
            RemindAt = due.RemindAt,
            Provisional = due.Provisional,
            Explanation = due.Explanation,
        };

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

    internal void Complete(DateTimeOffset now)
    {
        if (CompletedAt is null)
        {
            CompletedAt = now;
            Version++;
        }
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
