using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Inspection.Contracts;

namespace Monolith.Modules.Inspection.Domain;

internal enum LeadStatus
{
    Received = 1,
    TakenUp = 2,
    Declined = 3,
}

/// <summary>
/// 案件线索 passed by legal aid or a union platform (南昌方案 三(四)): taken up as a case (a new one, or an open case on
/// the same employer) or declined with a reason. Either way the reporting agency gets feedback, within the feedback
/// period; a lead taken up gets a second feedback when its case is closed.
/// </summary>
internal sealed class ViolationLead : ILinkedMatter
{
    private ViolationLead()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The reporter's id of the lead (unique): every feedback carries it back.</summary>
    public Guid LeadId { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public string ReportingModule { get; private set; } = string.Empty;

    public string ReportingAgencyName { get; private set; } = string.Empty;

    public string ReportingCaseReference { get; private set; } = string.Empty;

    public string ReportedBy { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }

    public string EmployerName { get; private set; } = string.Empty;

    public string? EmployerCreditCode { get; private set; }

    public string? DivisionCode { get; private set; }

    public string Facts { get; private set; } = string.Empty;

    public int? WorkersAffected { get; private set; }

    public LeadStatus Status { get; private set; }

    /// <summary>The case the lead became or joined.</summary>
    public Guid? CaseId { get; private set; }

    public string? CaseLinkageNumber { get; private set; }

    /// <summary>The feedback given: what was done, or why the lead was declined.</summary>
    public string? Feedback { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public bool? FeedbackInTime { get; private set; }

    /// <summary>When the outcome of the case was reported back.</summary>
    public DateTimeOffset? OutcomeReportedAt { get; private set; }

    public string? OutcomeFeedback { get; private set; }

    public int Version { get; private set; }

    public static ViolationLead Receive(Guid id, ViolationLeadReportedIntegrationEvent lead, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return new ViolationLead
        {
            Id = id,
            LeadId = lead.LeadId,
            LinkageNumber = lead.LinkageNumber,
            ReportingModule = lead.ReportingModule,
            ReportingAgencyName = lead.ReportingAgencyName,
            ReportingCaseReference = lead.ReportingCaseReference,
            ReportedBy = lead.ReportedBy,
            ReceivedAt = receivedAt,
            EmployerName = lead.EmployerName,
            EmployerCreditCode = lead.EmployerCreditCode,
            DivisionCode = lead.DivisionCode,
            Facts = lead.Facts,
            WorkersAffected = lead.WorkersAffected,
            Status = LeadStatus.Received,
        };
    }

    public void TakeUp(Guid caseId, string caseLinkageNumber, string feedback, bool inTime, DateTimeOffset at, string by)
    {
        EnsureUndecided();
        Status = LeadStatus.TakenUp;
        CaseId = caseId;
        CaseLinkageNumber = caseLinkageNumber;
        Decided(feedback, inTime, at, by);
    }

    public void Decline(string reason, bool inTime, DateTimeOffset at, string by)
    {
        EnsureUndecided();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleViolationException("inspection.lead-decline-reason", "不予采纳线索应当说明理由。");
        }

        Status = LeadStatus.Declined;
        Decided(reason, inTime, at, by);
    }

    /// <summary>The case it became was closed and the outcome reported; false if already reported (or not taken up).</summary>
    public bool RecordOutcomeReported(string feedback, DateTimeOffset at)
    {
        if (Status != LeadStatus.TakenUp || OutcomeReportedAt is not null)
        {
            return false;
        }

        OutcomeFeedback = feedback;
        OutcomeReportedAt = at;
        Version++;
        return true;
    }

    private void Decided(string feedback, bool inTime, DateTimeOffset at, string by)
    {
        Feedback = feedback;
        FeedbackInTime = inTime;
        DecidedAt = at;
        DecidedBy = by;
        Version++;
    }

    private void EnsureUndecided()
    {
        if (Status != LeadStatus.Received)
        {
            throw new BusinessRuleViolationException("inspection.lead-decided", "该线索已经处理并反馈。");
        }
    }
}
