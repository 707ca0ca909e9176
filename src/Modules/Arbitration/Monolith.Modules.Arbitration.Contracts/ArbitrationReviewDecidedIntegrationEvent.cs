using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Arbitration.Contracts;

/// <summary>
/// The arbitration institution's decision on an application for arbitration review of a mediation agreement: confirmed
/// (a 仲裁调解书 is issued) or not, with the reason. A reply: delivered only to <see cref="Recipient"/>, which matches it by
/// <see cref="ReviewRequestId"/>.
/// </summary>
/// <param name="Recipient">The requesting module's code name, as it gave it in the application.</param>
/// <param name="AppliedInTime">Whether the application came within the 15 days of 办案规则 第七十四条.</param>
/// <param name="DocumentNumber">The 仲裁调解书's number, when confirmed.</param>
[IntegrationEventName("arbitration.review-decided.v1")]
public sealed record ArbitrationReviewDecidedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid ReviewRequestId,
    string Recipient,
    ArbitrationReviewDecision Decision,
    bool AppliedInTime,
    string? Reason,
    string? DocumentNumber,
    DateTimeOffset DecidedAt)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber), IAddressedIntegrationEvent;

public enum ArbitrationReviewDecision
{
    /// <summary>审查确认: the agreement is confirmed by a 仲裁调解书.</summary>
    Confirmed = 1,

    /// <summary>不予确认, with the reason (e.g. applied after the 15 days).</summary>
    NotConfirmed = 2,
}
