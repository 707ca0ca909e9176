using Monolith.Modules.LegalAid.Contracts;

namespace Monolith.Modules.LegalAid.Domain;

/// <summary>
/// The province's legal-aid conditions for labour matters (法律援助法 第三十一、三十二、三十四、四十二条), from configuration
/// (<c>LegalAid:Eligibility</c>, per deployment). The hardship standard is each province's (第三十四条) and changes; the
/// figure shipped (1500) is an unverified demo placeholder, flagged by <see cref="IsDemoFigure"/> and shown as such on
/// every page that shows it, until a deployment sets it from the province's current notice.
/// </summary>
internal sealed class EligibilityPolicy
{
    public const string Section = "LegalAid:Eligibility";

    /// <summary>The province the standard belongs to, shown with every assessment.</summary>
    public string Province { get; set; } = "江西省";

    /// <summary>The document that sets the standard, shown with every assessment.</summary>
    public string StandardBasis { get; set; } = "经济困难标准（演示值，部署前按本省现行规定配置）";

    /// <summary>True while the figures are the demo's placeholders (not verified against the province's notice); pages say so.</summary>
    public bool IsDemoFigure { get; set; } = true;

    /// <summary>家庭人均月收入 at or below which an applicant is in economic hardship (第三十四条).</summary>
    public decimal HardshipMonthlyIncomePerCapita { get; set; } = 1500m;

    /// <summary>
    /// The labour matters legal aid covers when the applicant is in hardship (第三十一条: (五) 确认劳动关系或者支付劳动报酬,
    /// (二) 社会保险待遇, (七) 工伤事故人身损害赔偿). A province may add matters (第三十一条(九) 法律、法规、规章规定的其他情形).
    /// </summary>
    public List<LabourClaimKind> CoveredMatters { get; set; } =
    [
        LabourClaimKind.LabourRemuneration,
        LabourClaimKind.LabourRelationConfirmation,
        LabourClaimKind.SocialInsuranceBenefits,
        LabourClaimKind.WorkInjury,
    ];

    /// <summary>Which exemptions the province recognises (第三十二条 and 第四十二条 categories).</summary>
    public List<HardshipExemption> Exemptions { get; set; } =
    [
        HardshipExemption.NoHardshipCondition,
        HardshipExemption.AssistanceRecipient,
        HardshipExemption.VulnerableWithoutIncome,
    ];

    /// <summary>进城务工人员's claims whose hardship is not verified (第四十二条(四): 劳动报酬、工伤事故人身损害赔偿).</summary>
    public List<LabourClaimKind> MigrantWorkerWaivedMatters { get; set; } = [LabourClaimKind.LabourRemuneration, LabourClaimKind.WorkInjury];
}

internal enum HardshipFinding
{
    /// <summary>No hardship condition applies (第三十二条).</summary>
    NotRequired = 1,

    /// <summary>Hardship is required, its verification waived (第四十二条): the applicant's statement suffices.</summary>
    VerificationWaived = 2,

    /// <summary>Declared income at or below the standard.</summary>
    Meets = 3,

    /// <summary>Declared income above the standard.</summary>
    Exceeds = 4,

    /// <summary>No income declared yet: to be verified.</summary>
    Unverified = 5,
}

/// <summary>The outcome of applying the policy to an application: a recommendation with its reasons, not a decision.</summary>
internal sealed record EligibilityAssessment(
    IReadOnlyList<LabourClaimKind> CoveredClaims,
    IReadOnlyList<LabourClaimKind> UncoveredClaims,
    HardshipFinding Hardship,
    bool Eligible,
    IReadOnlyList<string> Reasons);

internal static class EligibilityRules
{
    public static bool VerificationWaived(EligibilityPolicy policy, bool isMigrantWorker, HardshipExemption exemption, IEnumerable<LabourClaimKind> claims) =>
        (isMigrantWorker && claims.Any(policy.MigrantWorkerWaivedMatters.Contains))
        || (exemption is HardshipExemption.AssistanceRecipient or HardshipExemption.VulnerableWithoutIncome && policy.Exemptions.Contains(exemption));

    public static EligibilityAssessment Assess(
        EligibilityPolicy policy, bool isMigrantWorker, HardshipExemption exemption, bool hardshipStated, decimal? monthlyIncomePerCapita, IReadOnlyCollection<LabourClaimKind> claims)
    {
        var covered = claims.Where(policy.CoveredMatters.Contains).Distinct().ToList();
        var uncovered = claims.Where(k => !policy.CoveredMatters.Contains(k)).Distinct().ToList();
        var reasons = new List<string>();
        if (covered.Count > 0)
        {
            reasons.Add($"请求事项{string.Join("、", covered.Select(Name))}属于法律援助事项范围（《法律援助法》第三十一条）。");
        }

        if (uncovered.Count > 0)
        {
            reasons.Add($"请求事项{string.Join("、", uncovered.Select(Name))}不在{policy.Province}规定的法律援助事项范围内。");
        }

        HardshipFinding hardship;
        if (exemption == HardshipExemption.NoHardshipCondition && policy.Exemptions.Contains(exemption))
        {
            hardship = HardshipFinding.NotRequired;
            reasons.Add("申请人属于不受经济困难条件限制的情形（《法律援助法》第三十二条）。");
        }
        else if (VerificationWaived(policy, isMigrantWorker, exemption, covered))
        {
            hardship = HardshipFinding.VerificationWaived;
            reasons.Add(isMigrantWorker && covered.Any(policy.MigrantWorkerWaivedMatters.Contains)
                ? "进城务工人员请求支付劳动报酬或者工伤事故人身损害赔偿，免予核查经济困难状况（《法律援助法》第四十二条）。"
                : "申请人属于社会救助、司法救助或者优抚对象等特定群体，免予核查经济困难状况（《法律援助法》第四十二条）。");
        }
        else if (monthlyIncomePerCapita is not { } income)
        {
            hardship = HardshipFinding.Unverified;
            reasons.Add($"须按{policy.Province}经济困难标准（家庭人均月收入不高于{policy.HardshipMonthlyIncomePerCapita:0.##}元）核查经济困难状况，申请人尚未申报收入。");
        }
        else if (income <= policy.HardshipMonthlyIncomePerCapita)
        {
            hardship = HardshipFinding.Meets;
            reasons.Add($"申请人家庭人均月收入{income:0.##}元，不高于{policy.Province}经济困难标准{policy.HardshipMonthlyIncomePerCapita:0.##}元（《法律援助法》第三十四条；{policy.StandardBasis}）。");
        }
        else
        {
            hardship = HardshipFinding.Exceeds;
            reasons.Add($"申请人家庭人均月收入{income:0.##}元，高于{policy.Province}经济困难标准{policy.HardshipMonthlyIncomePerCapita:0.##}元（《法律援助法》第三十四条；{policy.StandardBasis}）。");
        }

        if (hardship == HardshipFinding.VerificationWaived && !hardshipStated)
        {
            reasons.Add("免予核查以申请人如实说明经济困难状况为前提，申请人尚未说明。");
        }

        var eligible = covered.Count > 0 && hardship switch
        {
            HardshipFinding.NotRequired or HardshipFinding.Meets => true,
            HardshipFinding.VerificationWaived => hardshipStated,
            _ => false,
        };
        return new EligibilityAssessment(covered, uncovered, hardship, eligible, reasons);
    }

    private static string Name(LabourClaimKind kind) => kind switch
    {
        LabourClaimKind.LabourRemuneration => "劳动报酬",
        LabourClaimKind.LabourRelationConfirmation => "确认劳动关系",
        LabourClaimKind.SocialInsuranceBenefits => "社会保险待遇",
        LabourClaimKind.WorkInjury => "工伤",
        LabourClaimKind.CompensationAndOther => "经济补偿、赔偿金及其他",
        _ => kind.ToString(),
    };
}

internal static class EligibilityAssessmentExtensions
{
    public static EligibilityAssessment Assess(this EligibilityPolicy policy, LegalAidApplication application) =>
        EligibilityRules.Assess(
            policy, application.Applicant.IsMigrantWorker, application.Exemption, application.EconomicHardshipStated,
            application.DeclaredMonthlyIncomePerCapita, application.Claims.Select(c => c.Kind).ToList());
}
