using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Supervision.Contracts;

/// <summary>
/// A request to the procuratorate (in Supervision) to support a worker's lawsuit (支持起诉, 民事诉讼法 第十五条; 南昌方案
/// 三(五)). Defined by Supervision because it is the form the procuratorate accepts; LegalAid and other agencies publish
/// it. The answer comes back as <see cref="SupportOfProsecutionDecidedIntegrationEvent"/> to <paramref name="RequestingModule"/>.
/// </summary>
/// <param name="RequestId">The requester's id; a second event with the same id adds nothing.</param>
/// <param name="RequestingModule">Code name of the requesting module: the decision is addressed to it.</param>
[IntegrationEventName("supervision.support-of-prosecution-requested.v1")]
public sealed record SupportOfProsecutionRequestedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid RequestId,
    string RequestingModule,
    string RequestingAgencyName,
    string WorkerName,
    string WorkerResidentIdNumber,
    string WorkerPhone,
    string EmployerName,
    string? EmployerCreditCode,
    string Claims,
    string Reasons,
    string RequestedBy,
    DateTimeOffset RequestedAt)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

/// <summary>The procuratorate's answer to a support-of-prosecution request, addressed to the module that asked.</summary>
[IntegrationEventName("supervision.support-of-prosecution-decided.v1")]
public sealed record SupportOfProsecutionDecidedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid RequestId,
    string Recipient,
    bool Supported,
    string Reasons,
    string DecidedBy,
    DateTimeOffset DecidedAt)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber), IAddressedIntegrationEvent;
