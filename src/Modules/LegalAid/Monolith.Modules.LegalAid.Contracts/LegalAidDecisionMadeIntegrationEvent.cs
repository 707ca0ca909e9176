using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.LegalAid.Contracts;

/// <summary>
/// Legal aid decided on an application: granted with an assigned lawyer, or refused with written reasons
/// (法律援助法 第四十三条). For a referral, the referring agency matches it by <see cref="ReferralId"/>.
/// </summary>
public sealed record LegalAidDecisionMadeIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid LegalAidApplicationId,
    Guid? ReferralId,
    Agency? ReferringAgency,
    LegalAidDecision Decision,
    string? RefusalReason,
    AssignedLawyer? Lawyer,
    DateTimeOffset DecidedAt,
    bool DecidedInTime)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

public enum LegalAidDecision
{
    Granted = 1,
    Refused = 2,
}

public sealed record AssignedLawyer(string Name, string Firm, string Phone);
