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

    /// <summary>工作时间: a labour-standards dispute (调解仲裁法 第四十七条第（二）项).</summary>
    WorkingTime = 10,

    /// <summary>休息休假: a labour-standards dispute (第四十七条第（二）项).</summary>
    RestAndLeave = 11,

    /// <summary>工伤医疗费 (第四十七条第（一）项, 第四十四条).</summary>
    WorkInjuryMedicalExpenses = 12,
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
        ClaimType.WorkingTime => "工作时间",
        ClaimType.RestAndLeave => "休息休假",
        ClaimType.WorkInjuryMedicalExpenses => "工伤医疗费",
        _ => type.ToString(),
    };

    /// <summary>Claims for money must state an amount; a confirmation of the labour relation or social insurance need not.</summary>
    public static bool RequiresAmount(ClaimType type) => type is ClaimType.UnpaidWages or ClaimType.OvertimePay
        or ClaimType.EconomicCompensation or ClaimType.UnlawfulTerminationDamages or ClaimType.DoubleWagesWithoutContract
        or ClaimType.WorkInjuryMedicalExpenses;

    /// <summary>劳动报酬: wages and overtime pay, the claims 调解仲裁法 第二十七条第四款 exempts from the limitation during employment.</summary>
    public static bool IsLabourRemuneration(ClaimType type) => type is ClaimType.UnpaidWages or ClaimType.OvertimePay;

    /// <summary>
    /// The claims 调解仲裁法 第四十四条 allows advance execution for: 劳动报酬、工伤医疗费、经济补偿或者赔偿金 (the two-fold
    /// wages for a missing written contract counted as 赔偿金, ADR 0071).
    /// </summary>
    public static bool AllowsAdvanceExecution(ClaimType type) => type is ClaimType.UnpaidWages or ClaimType.OvertimePay
        or ClaimType.WorkInjuryMedicalExpenses or ClaimType.EconomicCompensation or ClaimType.UnlawfulTerminationDamages
        or ClaimType.DoubleWagesWithoutContract;
}
