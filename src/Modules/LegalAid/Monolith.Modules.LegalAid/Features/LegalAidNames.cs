using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;

namespace Monolith.Modules.LegalAid.Features;

internal static class LegalAidNames
{
    public static string Status(LegalAidApplicationStatus status) => status switch
    {
        LegalAidApplicationStatus.PendingReview => "待审查",
        LegalAidApplicationStatus.Granted => "已给予法律援助",
        LegalAidApplicationStatus.Refused => "不予法律援助",
        LegalAidApplicationStatus.AwaitingMaterials => "待补充材料",
        LegalAidApplicationStatus.Withdrawn => "视为撤回",
        LegalAidApplicationStatus.Closed => "已结案",
        _ => status.ToString(),
    };

    public static string ClaimKind(LabourClaimKind kind) => kind switch
    {
        LabourClaimKind.LabourRemuneration => "劳动报酬",
        LabourClaimKind.LabourRelationConfirmation => "确认劳动关系",
        LabourClaimKind.SocialInsuranceBenefits => "社会保险待遇",
        LabourClaimKind.WorkInjury => "工伤",
        LabourClaimKind.CompensationAndOther => "经济补偿、赔偿金及其他",
        _ => kind.ToString(),
    };

    public static string Channel(ApplicationChannel channel) => channel switch
    {
        ApplicationChannel.Referred => "转介",
        ApplicationChannel.Window => "窗口申请",
        ApplicationChannel.Online => "网上申请",
        _ => channel.ToString(),
    };

    public static string Exemption(HardshipExemption exemption) => exemption switch
    {
        HardshipExemption.None => "无",
        HardshipExemption.NoHardshipCondition => "不受经济困难条件限制（第三十二条）",
        HardshipExemption.AssistanceRecipient => "社会救助、司法救助或者优抚对象（第四十二条）",
        HardshipExemption.VulnerableWithoutIncome => "无固定生活来源的未成年人、老年人、残疾人等（第四十二条）",
        _ => exemption.ToString(),
    };

    public static string TimeLimitSource(TimeLimitSource source) => source switch
    {
        Domain.TimeLimitSource.InspectionComplaint => "劳动保障监察投诉（中断时效）",
        Domain.TimeLimitSource.Reviewer => "审查人员登记",
        Domain.TimeLimitSource.Referral => "转介机构载明",
        _ => source.ToString(),
    };

    public static string Stage(RepresentationStage stage) => stage switch
    {
        RepresentationStage.Mediation => "调解",
        RepresentationStage.Arbitration => "仲裁",
        RepresentationStage.Court => "诉讼",
        _ => stage.ToString(),
    };

    public static string RequestKind(OutgoingRequestKind kind) => kind switch
    {
        OutgoingRequestKind.SupportOfProsecution => "申请检察机关支持起诉",
        OutgoingRequestKind.EvidenceAssistance => "调查取证协助",
        OutgoingRequestKind.ViolationLead => "移交案件线索",
        _ => kind.ToString(),
    };
}
