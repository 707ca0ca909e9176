using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Features;

/// <summary>Chinese names of the module's states, for pages and API responses.</summary>
internal static class ArbitrationNames
{
    public static string Status(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Registered => "已登记待受理",
        ApplicationStatus.Filed => "已立案",
        ApplicationStatus.Rejected => "不予受理",
        ApplicationStatus.Draft => "联动转来待确认",
        ApplicationStatus.Awarded => "已裁决结案",
        ApplicationStatus.Mediated => "已调解结案",
        _ => status.ToString(),
    };

    public static string Channel(ApplicationChannel channel) => channel switch
    {
        ApplicationChannel.Direct => "直接申请",
        ApplicationChannel.Linkage => "联动机制转来",
        _ => channel.ToString(),
    };

    public static string Referral(ReferralStatus status) => status switch
    {
        ReferralStatus.AwaitingDecision => "法律援助机构审查中",
        ReferralStatus.Granted => "已给予法律援助",
        ReferralStatus.Refused => "不予法律援助",
        _ => status.ToString(),
    };

    public static string Simplified(SimplifiedBasis basis) => basis switch
    {
        SimplifiedBasis.ClearFacts => "事实清楚、权利义务关系明确、争议不大",
        SimplifiedBasis.SmallAmount => "标的额不超过本省上年度职工年平均工资",
        SimplifiedBasis.PartiesAgree => "双方当事人同意",
        _ => basis.ToString(),
    };

    public static string Outcome(ClaimOutcome outcome) => outcome switch
    {
        ClaimOutcome.Granted => "支持",
        ClaimOutcome.PartlyGranted => "部分支持",
        ClaimOutcome.Dismissed => "驳回",
        _ => outcome.ToString(),
    };

    public static string Limitation(LimitationVerdict verdict) => verdict switch
    {
        LimitationVerdict.Within => "在仲裁时效期间内",
        LimitationVerdict.Exempt => "不受一年时效限制",
        LimitationVerdict.Expired => "可能已超过仲裁时效（提示）",
        LimitationVerdict.Suspended => "时效中止中",
        _ => "无法计算（缺少起算日）",
    };

    public static string Letter(Contracts.ArbitrationLetterKind kind) => kind switch
    {
        Contracts.ArbitrationLetterKind.ArbitrationSuggestion => "仲裁建议书",
        Contracts.ArbitrationLetterKind.ComplianceSuggestion => "合规建议书",
        Contracts.ArbitrationLetterKind.MediationSuggestion => "调解建议书",
        Contracts.ArbitrationLetterKind.CreditCommitment => "信用承诺书",
        _ => kind.ToString(),
    };
}
