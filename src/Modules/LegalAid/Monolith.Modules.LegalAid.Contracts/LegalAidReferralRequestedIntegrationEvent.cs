using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.LegalAid.Contracts;

/// <summary>
/// Another agency refers a worker to legal aid, with the worker's recorded consent (南昌方案 三(二)). Defined by LegalAid
/// because it is the form LegalAid accepts referrals in; Arbitration, Inspection, Union and Mediation all publish it.
/// Carries only the personal data the review needs.
/// </summary>
/// <param name="ReferringModule">Code name of the referring module: legal aid's decision is addressed to it.</param>
/// <param name="ReferringAgencyName">The referring agency in Chinese, shown to the reviewer.</param>
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
    string ReferredBy)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

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
