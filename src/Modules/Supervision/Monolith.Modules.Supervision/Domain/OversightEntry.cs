using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Supervision.Domain;

/// <summary>
/// 时效监督台账: one missed deadline reported by an agency, kept for supervision officers to follow up with that agency.
/// </summary>
internal sealed class OversightEntry : ILinkedMatter
{
    private OversightEntry()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The missed deadline in the reporting module; unique, so a duplicate report cannot add a second entry.</summary>
    public Guid DeadlineId { get; private set; }

    /// <summary>Code name of the module that missed it.</summary>
    public string Module { get; private set; } = string.Empty;

    public string AgencyName { get; private set; } = string.Empty;

    public string LinkageNumber { get; private set; } = string.Empty;

    public string RuleId { get; private set; } = string.Empty;

    public string RuleTitle { get; private set; } = string.Empty;

    public string LegalBasis { get; private set; } = string.Empty;

    public string PolicyProfile { get; private set; } = string.Empty;

    public DateOnly DueDate { get; private set; }

    public DateTimeOffset MissedAt { get; private set; }

    public string SubjectReference { get; private set; } = string.Empty;

    public bool ProvisionalCalendar { get; private set; }

    public DateTimeOffset? FollowedUpAt { get; private set; }

    public string? FollowedUpBy { get; private set; }

    public string? FollowUpNote { get; private set; }

    /// <summary>督办期限: the date by which the responsible agency must report the matter done.</summary>
    public DateOnly? FollowUpDueDate { get; private set; }

    /// <summary>What the agency reported when the follow-up was closed.</summary>
    public string? FollowUpResult { get; private set; }

    public DateTimeOffset? FollowUpClosedAt { get; private set; }

    /// <summary>When the follow-up's own deadline passed without the agency reporting it done.</summary>
    public DateTimeOffset? FollowUpOverdueAt { get; private set; }

    /// <summary>Optimistic-concurrency token: every change bumps it, so two concurrent changes cannot both win.</summary>
    public int Version { get; private set; }

    public static OversightEntry FromMissedDeadline(
        Guid id, Guid deadlineId, string module, string agencyName, string linkageNumber, string ruleId, string ruleTitle, string legalBasis,
        string policyProfile, DateOnly dueDate, DateTimeOffset missedAt, string subjectReference, bool provisionalCalendar) => new()
        {
            Id = id,
            DeadlineId = deadlineId,
            Module = module,
            AgencyName = agencyName,
            LinkageNumber = linkageNumber,
            RuleId = ruleId,
            RuleTitle = ruleTitle,
            LegalBasis = legalBasis,
            PolicyProfile = policyProfile,
            DueDate = dueDate,
            MissedAt = missedAt,
            SubjectReference = subjectReference,
            ProvisionalCalendar = provisionalCalendar,
        };

    /// <summary>
    /// 督办: the officer records what was done with the responsible agency, and optionally the date by which the
    /// agency must report the matter done (not before today). Once only.
    /// </summary>
    public void RecordFollowUp(string note, string officer, DateTimeOffset at, DateOnly? dueDate = null, DateOnly? today = null)
    {
        if (FollowedUpAt is not null)
        {
            throw new BusinessRuleViolationException("supervision.followed-up", "该逾期事项已登记督办情况。");
        }

        if (dueDate is { } due && today is { } now && due < now)
        {
            throw new BusinessRuleViolationException("supervision.follow-up-due-past", "督办期限不能早于今天。");
        }

        FollowUpNote = note;
        FollowedUpBy = officer;
        FollowedUpAt = at;
        FollowUpDueDate = dueDate;
        Version++;
    }

    /// <summary>The agency reported the matter done: the follow-up is closed (late if its deadline had passed).</summary>
    public void CloseFollowUp(string result, DateTimeOffset at)
    {
        if (FollowedUpAt is null)
        {
            throw new BusinessRuleViolationException("supervision.not-followed-up", "请先登记督办情况。");
        }

        if (FollowUpClosedAt is not null)
        {
            throw new BusinessRuleViolationException("supervision.follow-up-closed", "该督办事项已办结。");
        }

        FollowUpResult = result;
        FollowUpClosedAt = at;
        Version++;
    }

    /// <summary>The follow-up's own deadline passed with the matter not reported done; false if closed in time or not due.</summary>
    public bool MarkFollowUpOverdue(DateTimeOffset at)
    {
        if (FollowUpDueDate is null || FollowUpClosedAt is not null || FollowUpOverdueAt is not null)
        {
            return false;
        }

        FollowUpOverdueAt = at;
        Version++;
        return true;
    }
}
