using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Mediation.Contracts;

/// <summary>
/// The result of an entrusted mediation, reported to the agency that entrusted it (a reply: delivered to
/// <see cref="Recipient"/> only, which matches it by <see cref="EntrustmentId"/>): an agreement the parties signed, a
/// mediation that ended without one, or an entrustment the mediation organisation did not accept.
/// </summary>
/// <param name="Recipient">The entrusting module's code name, as it gave it in the entrustment.</param>
/// <param name="MediationCaseId">Mediation's case, for reference.</param>
/// <param name="AgreementSummary">The agreed terms, when an agreement was reached.</param>
/// <param name="AgreedAmount">The sum the employer agreed to pay, if any.</param>
/// <param name="PerformanceDueDate">The day the agreement must be performed by, if any.</param>
/// <param name="Reason">Why mediation ended without an agreement or was not accepted, in Chinese.</param>
[IntegrationEventName("mediation.entrusted-mediation-concluded.v1")]
public sealed record EntrustedMediationConcludedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid EntrustmentId,
    string Recipient,
    Guid MediationCaseId,
    EntrustedMediationOutcome Outcome,
    string OrganisationName,
    string? AgreementSummary,
    decimal? AgreedAmount,
    DateOnly? PerformanceDueDate,
    string? Reason,
    DateTimeOffset ConcludedAt)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber), IAddressedIntegrationEvent;

public enum EntrustedMediationOutcome
{
    /// <summary>调解成功: the parties signed an agreement, which has taken effect.</summary>
    AgreementReached = 1,

    /// <summary>调解不成 / 调解终结: no agreement (refused, withdrawn, or the period ran out).</summary>
    Failed = 2,

    /// <summary>不予受理: the organisation did not take the case on.</summary>
    NotAccepted = 3,
}
