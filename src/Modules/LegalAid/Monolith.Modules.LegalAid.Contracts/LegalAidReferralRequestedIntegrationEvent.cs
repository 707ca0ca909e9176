using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.LegalAid.Contracts;

/// <summary>
/// Another agency refers a worker to legal aid, with the worker's recorded consent (南昌方案 三(二)). Defined by LegalAid
/// because it is the form LegalAid accepts referrals in; Arbitration, Inspection, Union and Mediation all publish it.
/// Carries only the personal data the review needs.
/// </summary>
/// <param name="ReferringModule">Code name of the referring module: legal aid's decision is addressed to it.</param>
/// <param name="ReferringAgencyName">The referring agency in Chinese, shown to the reviewer.</param>
/// <param name="TimeLimits">
/// The worker's limitation or time limits the referring agency knows for the matter (e.g. the arbitration limitation it
/// computed, the last day to sue after an award), each with its basis; legal aid offers advance aid from them
/// (法律援助法 第四十四条). Optional and trailing: a referrer that knows none leaves it out.
/// </param>
[IntegrationEventName("legalaid.referral-requested.v1")]
public sealed record LegalAidReferralRequestedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid ReferralId,
    string ReferringModule,
    string ReferringAgencyName,
    string ReferringCaseReference,
    ReferredWorker Worker,
    string EmployerName,
    string? EmployerCreditCode,
    IReadOnlyList<ReferredClaim> Claims,
    DateTimeOffset ConsentRecordedAt,
    bool WorkerHasNoAgent,
    bool EconomicHardshipStated,
    string ReferredBy,
    IReadOnlyList<ReferredTimeLimit>? TimeLimits = null)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

/// <summary>A limitation or time limit of the worker's as the referring agency computed it.</summary>
/// <param name="Description">What the limit is for, in Chinese (e.g. "劳动争议仲裁时效").</param>
/// <param name="ExpiresOn">Its last day.</param>
/// <param name="Basis">Its legal basis and computation, in Chinese.</param>
public sealed record ReferredTimeLimit(string Description, DateOnly ExpiresOn, string Basis);

/// <param name="IsMigrantWorker">进城务工人员: hardship verification is waived for wage and work-injury claims (法律援助法 第四十二条).</param>
public sealed record ReferredWorker(string Name, string ResidentIdNumber, string Phone, bool IsMigrantWorker);

public sealed record ReferredClaim(LabourClaimKind Kind, decimal? Amount, string? Description);

/// <summary>The kinds of labour matter that 法律援助法 第三十一条 and 第四十二条 distinguish.</summary>
public enum LabourClaimKind
{
    /// <summary>劳动报酬 (wages, overtime pay).</summary>
    LabourRemuneration = 1,

    /// <summary>确认劳动关系.</summary>
    LabourRelationConfirmation = 2,

    /// <summary>社会保险待遇.</summary>
    SocialInsuranceBenefits = 3,

    /// <summary>工伤事故人身损害赔偿 / 工伤保险待遇.</summary>
    WorkInjury = 4,

    /// <summary>经济补偿、赔偿金 and other claims.</summary>
    CompensationAndOther = 5,
}
