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
}
