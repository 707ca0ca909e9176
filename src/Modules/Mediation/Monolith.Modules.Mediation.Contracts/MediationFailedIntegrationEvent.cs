using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Mediation.Contracts;

/// <summary>
/// Mediation did not settle the dispute, and the worker was told that arbitration is open (《劳动争议调解仲裁法》第十四条
/// 第三款, 第十五条): no agreement was reached, the mediation period ran out, or the agreement reached was not performed.
/// A fact anyone may act on; the arbitration institution can turn it into a draft application under the same linkage
/// number. Carries what such an application needs.
/// </summary>
/// <param name="MediationCaseId">Mediation's case; at most one such event per case and reason.</param>
/// <param name="ReasonText">The reason in Chinese, as on the 调解终结书.</param>
/// <param name="EntrustingModule">The module that entrusted the mediation, if any (it already has the matter).</param>
[IntegrationEventName("mediation.failed.v1")]
public sealed record MediationFailedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid MediationCaseId,
    MediationFailureReason Reason,
    string ReasonText,
    string OrganisationName,
    MediationWorker Worker,
    MediationEmployer Employer,
    IReadOnlyList<MediationClaim> Claims,
    string? EntrustingModule,
    DateTimeOffset EndedAt)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

public enum MediationFailureReason
{
    /// <summary>调解不成: a party refused, or the parties could not agree.</summary>
    NoAgreement = 1,

    /// <summary>调解期满未达成调解协议 (or, for an enterprise committee, 逾期视为调解不成).</summary>
    PeriodExpired = 2,

    /// <summary>当事人撤回调解申请 or stopped taking part.</summary>
    Withdrawn = 3,

    /// <summary>达成调解协议后，一方当事人在约定期限内不履行 (第十五条).</summary>
    AgreementNotPerformed = 4,
}
