using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Inspection.Contracts;

/// <summary>
/// 调查取证协助 (南昌方案 三(四)): legal aid or a union platform, helping a worker who cannot get the information or
/// evidence, asks labour inspection to notify the employer or the project manager, have them explain, and retrieve and
/// copy the evidence. A request to Inspection, so defined here; the requester publishes it and Inspection answers with
/// <see cref="EvidenceAssistanceAnsweredIntegrationEvent"/>, addressed to <see cref="RequestingModule"/>.
/// </summary>
/// <param name="LinkageNumber">The requester's matter; Inspection keeps it on the request.</param>
/// <param name="RequestId">The requester's id of the request; the answer carries it back.</param>
/// <param name="RequestingModule">Code name of the requesting module: the answer is addressed to it.</param>
/// <param name="RequestingAgencyName">The requesting agency in Chinese, shown to the officer.</param>
/// <param name="RequestingCaseReference">The requester's reference of its matter, e.g. its linkage number or file number.</param>
/// <param name="WorkerName">The worker the evidence is for (personal data: only what the officer needs).</param>
/// <param name="ProjectManager">A project manager or other responsible person to notify instead of, or besides, the employer.</param>
/// <param name="EvidenceSought">What is to be collected, e.g. attendance records and pay slips for 2025-10 to 2025-12.</param>
/// <param name="WhyWorkerCannotObtain">Why the worker cannot obtain it himself or herself.</param>
[IntegrationEventName("inspection.evidence-assistance-requested.v1")]
public sealed record EvidenceAssistanceRequestedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid RequestId,
    string RequestingModule,
    string RequestingAgencyName,
    string RequestingCaseReference,
    string WorkerName,
    string EmployerName,
    string? EmployerCreditCode,
    string? ProjectManager,
    string EvidenceSought,
    string WhyWorkerCannotObtain,
    string RequestedBy)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

/// <summary>
/// Inspection's answer to an <see cref="EvidenceAssistanceRequestedIntegrationEvent"/>: whom it notified, what it
/// collected (or why it could not), and whether it answered within its period. A reply: delivered only to
/// <see cref="Recipient"/>, the module that asked, which matches it by <see cref="RequestId"/> and shows it on its matter.
/// </summary>
/// <param name="Notified">Whom the officer notified and how, e.g. "用人单位（南昌某公司）人事负责人，书面通知".</param>
/// <param name="CollectedItems">The evidence retrieved or copied, one item per entry; empty when none was.</param>
/// <param name="AnsweredInTime">Answered before the answer deadline ran out.</param>
[IntegrationEventName("inspection.evidence-assistance-answered.v1")]
public sealed record EvidenceAssistanceAnsweredIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid RequestId,
    string Recipient,
    EvidenceAssistanceOutcome Outcome,
    string? Notified,
    IReadOnlyList<string> CollectedItems,
    string Explanation,
    string AnsweredBy,
    DateTimeOffset AnsweredAt,
    bool AnsweredInTime)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber), IAddressedIntegrationEvent;

public enum EvidenceAssistanceOutcome
{
    /// <summary>全部调取: everything sought was retrieved or copied.</summary>
    Collected = 1,

    /// <summary>部分调取: some of it; the explanation says what is missing and why.</summary>
    PartlyCollected = 2,

    /// <summary>未能调取: nothing could be collected (e.g. the employer is gone); the explanation says why.</summary>
    NotCollected = 3,
}
