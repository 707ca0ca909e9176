using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Arbitration.Contracts;

/// <summary>
/// Another agency of the linkage mechanism sends a worker's dispute to arbitration (南昌方案 三(五): the employer refused
/// to negotiate or negotiation failed; 劳动保障监察条例 第二十一条: the matter belongs to arbitration), with the worker's
/// consent. Arbitration registers it as a draft application of the linkage channel under the same linkage number, for
/// the worker to confirm at the commission. A request to Arbitration, so defined here; any agency publishes the same
/// shape.
/// </summary>
/// <param name="LinkageNumber">The matter's linkage number; the draft keeps it.</param>
/// <param name="ReferralId">The referring agency's id of the referral.</param>
/// <param name="ReferringModule">Code name of the referring module.</param>
/// <param name="ReferringAgencyName">The referring agency in Chinese, shown to the clerk.</param>
/// <param name="ReferringCaseReference">The referring agency's reference of its case.</param>
/// <param name="Reason">Why the dispute goes to arbitration, in Chinese.</param>
/// <param name="ReliefFirstSoughtOn">
/// When the worker first asked a competent department for relief (e.g. complained to labour inspection): the date that
/// interrupted the limitation period (劳动争议调解仲裁法 第二十七条第二款), shown on the draft; null if not known.
/// </param>
[IntegrationEventName("arbitration.linked-application-requested.v1")]
public sealed record LinkedApplicationRequestedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid ReferralId,
    string ReferringModule,
    string ReferringAgencyName,
    string ReferringCaseReference,
    LinkedApplicant Applicant,
    string EmployerName,
    string EmployerCreditCode,
    IReadOnlyList<LinkedClaim> Claims,
    string Reason,
    DateOnly? ReliefFirstSoughtOn,
    string ReferredBy)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

public sealed record LinkedApplicant(string Name, string ResidentIdNumber, string Phone, bool IsMigrantWorker);

/// <param name="Amount">In yuan, when the claim is for money and the amount is known.</param>
public sealed record LinkedClaim(LinkedClaimKind Kind, decimal? Amount, string? Description);

/// <summary>The kinds of arbitration claim a referral can name.</summary>
public enum LinkedClaimKind
{
    /// <summary>劳动报酬（拖欠工资）.</summary>
    UnpaidWages = 1,

    /// <summary>加班费.</summary>
    OvertimePay = 2,

    /// <summary>经济补偿.</summary>
    EconomicCompensation = 3,

    /// <summary>未订立书面劳动合同二倍工资.</summary>
    DoubleWagesWithoutContract = 5,

    /// <summary>确认劳动关系.</summary>
    LabourRelationConfirmation = 6,

    /// <summary>社会保险.</summary>
    SocialInsurance = 7,

    /// <summary>其他 (described).</summary>
    Other = 9,
}
