namespace Monolith.Modules.Mediation.Contracts;

/// <summary>The worker in a mediation matter, as Mediation's events carry it.</summary>
public sealed record MediationWorker(string Name, string ResidentIdNumber, string Phone);

/// <summary>The employer, identified by its unified social credit code.</summary>
public sealed record MediationEmployer(string Name, string CreditCode);

/// <summary>One matter in dispute, with its amount where it is a sum of money.</summary>
public sealed record MediationClaim(MediationClaimKind Kind, decimal? Amount, string? Description);

/// <summary>
/// What a claim is about. The first four are the items for which an unperformed agreement lets the worker apply to a
/// court for a payment order (支付令, 《劳动争议调解仲裁法》第十六条).
/// </summary>
public enum MediationClaimKind
{
    /// <summary>劳动报酬 (wages, overtime pay).</summary>
    Wages = 1,

    /// <summary>工伤医疗费.</summary>
    WorkInjuryMedicalExpenses = 2,

    /// <summary>经济补偿.</summary>
    EconomicCompensation = 3,

    /// <summary>赔偿金.</summary>
    Damages = 4,

    /// <summary>确认劳动关系.</summary>
    LabourRelationConfirmation = 5,

    /// <summary>社会保险.</summary>
    SocialInsurance = 6,

    /// <summary>其他.</summary>
    Other = 7,
}
