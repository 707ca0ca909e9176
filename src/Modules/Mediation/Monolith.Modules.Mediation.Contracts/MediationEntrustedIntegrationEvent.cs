using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Mediation.Contracts;

/// <summary>
/// An agency entrusts a dispute to mediation (委托调解) or suggests the parties mediate first (建议调解), e.g. the
/// arbitration institution with a wage claim (《关于进一步加强劳动人事争议协商调解工作的意见》任务分工 第28、43项; 南昌方案
/// 三(五): wage claims may be mediated first). Defined by Mediation because it is the form Mediation accepts such
/// requests in; the mediation's result is reported back to <see cref="EntrustingModule"/> only
/// (<see cref="EntrustedMediationConcludedIntegrationEvent"/>). The matter keeps its linkage number.
/// </summary>
/// <param name="EntrustmentId">The entrusting agency's id of this entrustment; the result names it.</param>
/// <param name="EntrustingModule">Code name of the entrusting module: the result is addressed to it.</param>
/// <param name="EntrustingAgencyName">The entrusting agency in Chinese, shown to the mediator.</param>
/// <param name="EntrustingCaseReference">The entrusting agency's reference of its case (shown, not interpreted).</param>
[IntegrationEventName("mediation.entrusted.v1")]
public sealed record MediationEntrustedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid EntrustmentId,
    EntrustmentKind Kind,
    string EntrustingModule,
    string EntrustingAgencyName,
    string EntrustingCaseReference,
    MediationWorker Worker,
    MediationEmployer Employer,
    IReadOnlyList<MediationClaim> Claims,
    DateTimeOffset EntrustedAt,
    string EntrustedBy)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

public enum EntrustmentKind
{
    /// <summary>委托调解: the agency entrusts the dispute to mediation with the parties' consent.</summary>
    Entrusted = 1,

    /// <summary>建议调解: the agency suggests that the parties mediate first.</summary>
    Suggested = 2,
}
