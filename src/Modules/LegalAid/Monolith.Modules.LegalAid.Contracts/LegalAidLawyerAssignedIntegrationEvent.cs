using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.LegalAid.Contracts;

/// <summary>
/// A lawyer or legal-aid worker was assigned (or replaced) on a referred application after the grant (法律援助法
/// 第四十四条: within 3 days of the decision). A reply: it goes only to the module that made the referral
/// (<see cref="Recipient"/>), which matches it by <see cref="ReferralId"/> and shows who represents the worker.
/// </summary>
/// <param name="Recipient">The referring module's code name, as it gave it in the referral.</param>
/// <param name="Replaced">True when this assignment replaces an earlier one (e.g. a conflict of interest found later).</param>
[IntegrationEventName("legalaid.lawyer-assigned.v1")]
public sealed record LegalAidLawyerAssignedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid LegalAidApplicationId,
    Guid ReferralId,
    string Recipient,
    AssignedLawyer Lawyer,
    DateTimeOffset AssignedAt,
    bool Replaced)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber), IAddressedIntegrationEvent;
