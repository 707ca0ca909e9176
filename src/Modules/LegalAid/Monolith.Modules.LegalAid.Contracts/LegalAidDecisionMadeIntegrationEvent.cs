using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.LegalAid.Contracts;

/// <summary>
/// Legal aid decided on a referred application: granted with an assigned lawyer, or refused with written reasons
/// (法律援助法 第四十三条). A reply: it goes only to the module that made the referral (<see cref="Recipient"/>), which
/// matches it by <see cref="ReferralId"/>.
/// </summary>
/// <param name="Recipient">The referring module's code name, as it gave it in the referral.</param>
[IntegrationEventName("legalaid.decision-made.v1")]
public sealed record LegalAidDecisionMadeIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid LegalAidApplicationId,
    Guid ReferralId,
    string Recipient,
    LegalAidDecision Decision,
    string? RefusalReason,
    AssignedLawyer? Lawyer,
    DateTimeOffset DecidedAt,
    bool DecidedInTime)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber), IAddressedIntegrationEvent;

public enum LegalAidDecision
{
    Granted = 1,
    Refused = 2,
}

public sealed record AssignedLawyer(string Name, string Firm, string Phone);
