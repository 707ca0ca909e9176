using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Inspection.Contracts;

/// <summary>
/// 案件线索 (南昌方案 三(四)): legal aid or a union platform found that an employer breaks the Labour Law or the
/// inspection regulations and passes the lead to labour inspection, which must report back. A request to Inspection,
/// so defined here; Inspection answers with <see cref="ViolationLeadFeedbackIntegrationEvent"/> addressed to
/// <see cref="ReportingModule"/>: first whether it takes the lead up, later (if it did) how the case ended.
/// </summary>
/// <param name="LinkageNumber">The reporter's matter; a case opened from the lead keeps it.</param>
/// <param name="LeadId">The reporter's id of the lead; every feedback carries it back.</param>
/// <param name="ReportingModule">Code name of the reporting module: the feedback is addressed to it.</param>
/// <param name="DivisionCode">GB/T 2260 code of the district where the employer is, if known.</param>
/// <param name="WorkersAffected">How many workers the reporter believes are affected, if known.</param>
[IntegrationEventName("inspection.violation-lead-reported.v1")]
public sealed record ViolationLeadReportedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid LeadId,
    string ReportingModule,
    string ReportingAgencyName,
    string ReportingCaseReference,
    string EmployerName,
    string? EmployerCreditCode,
    string? DivisionCode,
    string Facts,
    int? WorkersAffected,
    string ReportedBy)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

/// <summary>
/// Inspection's feedback on a lead: taken up as a case (with its reference), declined with the reason, or, for a lead
/// taken up, how the case was closed. A reply: delivered only to <see cref="Recipient"/>, matched by <see cref="LeadId"/>.
/// </summary>
/// <param name="CaseLinkageNumber">The inspection case the lead became or joined; null when declined.</param>
/// <param name="Text">The feedback in Chinese: the reason for declining, or what was decided and done.</param>
/// <param name="InTime">For the first feedback: given before the feedback deadline ran out; later feedback is always true.</param>
[IntegrationEventName("inspection.violation-lead-feedback.v1")]
public sealed record ViolationLeadFeedbackIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid LeadId,
    string Recipient,
    ViolationLeadFeedbackKind Kind,
    string? CaseLinkageNumber,
    string Text,
    string GivenBy,
    DateTimeOffset GivenAt,
    bool InTime)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber), IAddressedIntegrationEvent;

public enum ViolationLeadFeedbackKind
{
    /// <summary>已受理: the lead was registered as a case, or joined an open case on the same employer.</summary>
    TakenUp = 1,

    /// <summary>不予采纳: declined, with the reason.</summary>
    Declined = 2,

    /// <summary>办理结果: the case the lead became has been closed; the text gives the outcome.</summary>
    CaseClosed = 3,
}
