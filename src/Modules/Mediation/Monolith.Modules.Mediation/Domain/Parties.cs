using Monolith.Modules.Mediation.Contracts;

namespace Monolith.Modules.Mediation.Domain;

/// <summary>The worker (申请人 or 被申请人): personal data in the case's own columns.</summary>
internal sealed record Worker(string Name, string ResidentIdNumber, string Phone);

/// <summary>The employer, identified by its unified social credit code.</summary>
internal sealed record Employer(string Name, string CreditCode);

/// <summary>One matter in dispute (调解请求事项).</summary>
internal sealed class CaseClaim
{
    private CaseClaim()
    {
    }

    public CaseClaim(Guid id, MediationClaimKind kind, decimal? amount, string? description)
    {
        Id = id;
        Kind = kind;
        Amount = amount;
        Description = description;
    }

    public Guid Id { get; private set; }

    public MediationClaimKind Kind { get; private set; }

    public decimal? Amount { get; private set; }

    public string? Description { get; private set; }
}

internal static class ClaimKinds
{
    public static string ChineseName(MediationClaimKind kind) => kind switch
    {
        MediationClaimKind.Wages => "劳动报酬",
        MediationClaimKind.WorkInjuryMedicalExpenses => "工伤医疗费",
        MediationClaimKind.EconomicCompensation => "经济补偿",
        MediationClaimKind.Damages => "赔偿金",
        MediationClaimKind.LabourRelationConfirmation => "确认劳动关系",
        MediationClaimKind.SocialInsurance => "社会保险",
        MediationClaimKind.Other => "其他",
        _ => kind.ToString(),
    };

    /// <summary>《劳动争议调解仲裁法》第十六条: an unperformed agreement on these items lets the worker apply for a 支付令.</summary>
    public static bool AllowsPaymentOrder(MediationClaimKind kind) => kind is MediationClaimKind.Wages
        or MediationClaimKind.WorkInjuryMedicalExpenses or MediationClaimKind.EconomicCompensation or MediationClaimKind.Damages;

    public static bool RequiresAmount(MediationClaimKind kind) => AllowsPaymentOrder(kind);
}
