namespace Monolith.Modules.Arbitration.Domain;

/// <summary>仲裁请求的类型.</summary>
internal enum ClaimType
{
    UnpaidWages = 1,
    OvertimePay = 2,
    EconomicCompensation = 3,
    UnlawfulTerminationDamages = 4,
    DoubleWagesWithoutContract = 5,
    LabourRelationConfirmation = 6,
    SocialInsurance = 7,
    WorkInjuryBenefits = 8,
    Other = 9,
}

internal static class ClaimTypes
{
    public static string ChineseName(ClaimType type) => type switch
    {
        ClaimType.UnpaidWages => "劳动报酬（拖欠工资）",
        ClaimType.OvertimePay => "加班费",
        ClaimType.EconomicCompensation => "经济补偿",
        ClaimType.UnlawfulTerminationDamages => "违法解除劳动合同赔偿金",
        ClaimType.DoubleWagesWithoutContract => "未订立书面劳动合同二倍工资",
        ClaimType.LabourRelationConfirmation => "确认劳动关系",
        ClaimType.SocialInsurance => "社会保险",
        ClaimType.WorkInjuryBenefits => "工伤保险待遇",
        ClaimType.Other => "其他",
        _ => type.ToString(),
    };

    /// <summary>Claims for money must state an amount; a confirmation of the labour relation or social insurance need not.</summary>
    public static bool RequiresAmount(ClaimType type) => type is ClaimType.UnpaidWages or ClaimType.OvertimePay
        or ClaimType.EconomicCompensation or ClaimType.UnlawfulTerminationDamages or ClaimType.DoubleWagesWithoutContract;
}
