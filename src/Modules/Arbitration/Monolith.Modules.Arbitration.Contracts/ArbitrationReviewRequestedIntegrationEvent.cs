using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Arbitration.Contracts;

/// <summary>
/// The parties jointly apply for arbitration review (仲裁审查确认) of a mediation agreement, within 15 days of its
/// taking effect (《劳动人事争议仲裁办案规则》第七十四条), submitted through the agency that mediated it (南昌方案 三(三):
/// the agency helps the parties submit it). Defined by Arbitration because it is the form Arbitration accepts such
/// applications in; its decision is addressed to <see cref="RequestingModule"/>
/// (<see cref="ArbitrationReviewDecidedIntegrationEvent"/>).
/// </summary>
/// <param name="ReviewRequestId">The requesting module's id of this application; the decision names it.</param>
/// <param name="RequestingModule">Code name of the module that submitted it: the decision is addressed to it.</param>
/// <param name="MediatingOrganisation">The organisation that mediated the agreement, in Chinese.</param>
/// <param name="AgreementNumber">The agreement's document number (文号).</param>
/// <param name="AgreementEffectiveAt">When the agreement took effect (signed by the parties, the mediator and sealed): the 15 days run from then.</param>
[IntegrationEventName("arbitration.review-requested.v1")]
public sealed record ArbitrationReviewRequestedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid ReviewRequestId,
    string RequestingModule,
    string MediatingOrganisation,
    string AgreementNumber,
    string AgreementTerms,
    decimal? AgreedAmount,
    DateOnly? PerformanceDueDate,
    DateTimeOffset AgreementEffectiveAt,
    ReviewParty Worker,
    ReviewParty Employer,
    DateTimeOffset AppliedAt,
    string SubmittedBy)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

/// <param name="Identifier">The worker's resident identity number, or the employer's unified social credit code.</param>
public sealed record ReviewParty(string Name, string Identifier, string? Phone);
