using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.LegalAid.Contracts;

namespace Monolith.Modules.LegalAid.Domain;

internal enum LegalAidApplicationStatus
{
    PendingReview = 1,
    Granted = 2,
    Refused = 3,
}

internal sealed record Applicant(string Name, string ResidentIdNumber, string Phone, bool IsMigrantWorker);

/// <summary>Where a referred application came from, so the decision can be reported back (南昌方案 三(二)).</summary>
internal sealed record Referral(
    Guid ReferralId, string ReferringModule, string ReferringAgencyName, string CaseReference, string ReferredBy, DateTimeOffset ConsentRecordedAt);

internal sealed class MatterClaim
{
    private MatterClaim()
    {
    }

    public MatterClaim(Guid id, LabourClaimKind kind, decimal? amount, string? description)
    {
        Id = id;
        Kind = kind;
        Amount = amount;
        Description = description;
    }

    public Guid Id { get; private set; }

    public LabourClaimKind Kind { get; private set; }

    public decimal? Amount { get; private set; }

    public string? Description { get; private set; }
}

/// <summary>法律援助申请: reviewed and decided, granting with an assigned lawyer or refusing with written reasons.</summary>
internal sealed class LegalAidApplication : ILinkedMatter
{
    private readonly List<MatterClaim> claims = [];

    private LegalAidApplication()
    {
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public Applicant Applicant { get; private set; } = null!;

    public string EmployerName { get; private set; } = string.Empty;

    public string? EmployerCreditCode { get; private set; }

    public IReadOnlyList<MatterClaim> Claims => claims;

    /// <summary>Null for a direct application.</summary>
    public Referral? Referral { get; private set; }

    public bool EconomicHardshipStated { get; private set; }

    /// <summary>
    /// 免予核查经济困难状况: a migrant worker claiming wages or work-injury damages need not have hardship verified
    /// (法律援助法 第四十二条).
    /// </summary>
    public bool HardshipCheckWaived { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public LegalAidApplicationStatus Status { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? RefusalReason { get; private set; }

    public Guid? LawyerId { get; private set; }

    public string? LawyerName { get; private set; }

    public string? LawFirm { get; private set; }

    public string? LawyerPhone { get; private set; }

    /// <summary>Optimistic-concurrency token: every change bumps it, so two concurrent changes cannot both win.</summary>
    public int Version { get; private set; }

    public static LegalAidApplication FromReferral(
        Guid id, string linkageNumber, Applicant applicant, string employerName, string? employerCreditCode,
        IEnumerable<MatterClaim> claims, Referral referral, bool economicHardshipStated, DateTimeOffset receivedAt)
    {
        var application = new LegalAidApplication
        {
            Id = id,
            LinkageNumber = linkageNumber,
            Applicant = applicant,
            EmployerName = employerName,
            EmployerCreditCode = employerCreditCode,
            Referral = referral,
            EconomicHardshipStated = economicHardshipStated,
            ReceivedAt = receivedAt,
            Status = LegalAidApplicationStatus.PendingReview,
        };
        application.claims.AddRange(claims);
        application.HardshipCheckWaived = applicant.IsMigrantWorker
            && application.claims.Any(c => c.Kind is LabourClaimKind.LabourRemuneration or LabourClaimKind.WorkInjury);
        return application;
    }

    /// <summary>决定给予法律援助 and 指派: the lawyer is assigned with the decision.</summary>
    public void Grant(Lawyer lawyer, DateTimeOffset decidedAt, string decidedBy)
    {
        EnsurePending();
        if (!lawyer.IsActive)
        {
            throw new BusinessRuleViolationException("legalaid.lawyer-inactive", $"{lawyer.Name} 已不在法律援助人员名册中，不能指派。");
        }

        Status = LegalAidApplicationStatus.Granted;
        Version++;
        DecidedAt = decidedAt;
        DecidedBy = decidedBy;
        LawyerId = lawyer.Id;
        LawyerName = lawyer.Name;
        LawFirm = lawyer.Firm;
        LawyerPhone = lawyer.Phone;
    }

    /// <summary>决定不予法律援助: in writing, with reasons (法律援助法 第四十三条第一款).</summary>
    public void Refuse(string reason, DateTimeOffset decidedAt, string decidedBy)
    {
        EnsurePending();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleViolationException("legalaid.refusal-needs-reason", "决定不予法律援助的，应当书面说明理由。");
        }

        Status = LegalAidApplicationStatus.Refused;
        Version++;
        RefusalReason = reason;
        DecidedAt = decidedAt;
        DecidedBy = decidedBy;
    }

    private void EnsurePending()
    {
        if (Status != LegalAidApplicationStatus.PendingReview)
        {
            throw new BusinessRuleViolationException("legalaid.already-decided", "该申请已作出决定。");
        }
    }
}
