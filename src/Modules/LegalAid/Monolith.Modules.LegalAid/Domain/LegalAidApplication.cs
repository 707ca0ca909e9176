using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.LegalAid.Contracts;

namespace Monolith.Modules.LegalAid.Domain;

internal enum LegalAidApplicationStatus
{
    PendingReview = 1,
    Granted = 2,
    Refused = 3,

    /// <summary>补充材料: the one-time notice was given and the applicant has not supplemented yet.</summary>
    AwaitingMaterials = 4,

    /// <summary>视为撤回: materials not supplemented by the date in the notice (法律援助法 第四十三条第二款).</summary>
    Withdrawn = 5,

    /// <summary>结案: the aid was provided and the case is closed (then archived and followed up).</summary>
    Closed = 6,
}

/// <summary>How the application reached legal aid.</summary>
internal enum ApplicationChannel
{
    /// <summary>Referred by a linkage agency or platform (南昌方案 三(二)).</summary>
    Referred = 1,

    /// <summary>At the legal-aid window (窗口申请).</summary>
    Window = 2,

    /// <summary>Through the public online form (网上申请, /LegalAid/Apply), or entered by staff from one.</summary>
    Online = 3,
}

/// <summary>Where the applicant's economic hardship need not be shown or verified (法律援助法 第三十二条、第四十二条).</summary>
internal enum HardshipExemption
{
    None = 0,

    /// <summary>第三十二条: 英烈近亲属, 见义勇为, victims of abuse, abandonment or domestic violence etc. — no hardship condition.</summary>
    NoHardshipCondition = 1,

    /// <summary>第四十二条(三): 社会救助、司法救助或者优抚对象 — verification waived.</summary>
    AssistanceRecipient = 2,

    /// <summary>第四十二条(二): 无固定生活来源的未成年人、老年人、残疾人等特定群体 — verification waived.</summary>
    VulnerableWithoutIncome = 3,
}

/// <summary>The stage of proceedings the provider represented the recipient in.</summary>
internal enum RepresentationStage
{
    /// <summary>调解.</summary>
    Mediation = 1,

    /// <summary>劳动人事争议仲裁.</summary>
    Arbitration = 2,

    /// <summary>诉讼（一审、二审、执行）.</summary>
    Court = 3,
}

/// <summary>What the applicant wrote on the public online form, and the consent given there.</summary>
internal sealed record OnlineStatement(string? HardshipStatement, string? MatterDescription, DateTimeOffset? PersonalDataConsentAt);

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

/// <summary>代理记录: the provider represented the recipient in mediation, arbitration or court.</summary>
internal sealed class Representation
{
    private Representation()
    {
    }

    public Representation(Guid id, RepresentationStage stage, string forum, string? caseReference, DateOnly on, string account, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        Stage = stage;
        Forum = forum;
        CaseReference = caseReference;
        On = on;
        Account = account;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public RepresentationStage Stage { get; private set; }

    /// <summary>The body, e.g. "南昌市劳动人事争议仲裁院".</summary>
    public string Forum { get; private set; } = string.Empty;

    public string? CaseReference { get; private set; }

    public DateOnly On { get; private set; }

    /// <summary>What was done (appeared at the hearing, agreement reached, award …).</summary>
    public string Account { get; private set; } = string.Empty;

    public string RecordedBy { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>
/// 法律援助申请, direct (window, online) or referred: one-time notice of missing materials, deemed withdrawal, review and
/// decision with reasons, advance aid, objection decided by the justice bureau, assignment with a conflict check,
/// representation, closure, archive and a satisfaction follow-up.
/// </summary>
internal sealed class LegalAidApplication : ILinkedMatter
{
    private readonly List<MatterClaim> claims = [];
    private readonly List<Representation> representations = [];

    private LegalAidApplication()
    {
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public ApplicationChannel Channel { get; private set; }

    public Applicant Applicant { get; private set; } = null!;

    public string EmployerName { get; private set; } = string.Empty;

    public string? EmployerCreditCode { get; private set; }

    public IReadOnlyList<MatterClaim> Claims => claims;

    /// <summary>Null for a direct application.</summary>
    public Referral? Referral { get; private set; }

    public bool EconomicHardshipStated { get; private set; }

    /// <summary>经济困难状况说明 in the applicant's words (online form); null when not given.</summary>
    public string? HardshipStatement { get; private set; }

    /// <summary>案情简述: what happened and what the applicant asks for, in the applicant's words; null when not given.</summary>
    public string? MatterDescription { get; private set; }

    /// <summary>When the applicant consented to the processing of the personal data in the application (online form).</summary>
    public DateTimeOffset? PersonalDataConsentAt { get; private set; }

    /// <summary>家庭人均月收入 as the applicant declared it; null when not given (e.g. a referral).</summary>
    public decimal? DeclaredMonthlyIncomePerCapita { get; private set; }

    public HardshipExemption Exemption { get; private set; }

    /// <summary>
    /// 免予核查经济困难状况: a migrant worker claiming wages or work-injury damages need not have hardship verified
    /// (法律援助法 第四十二条). Set at intake from the province's policy.
    /// </summary>
    public bool HardshipCheckWaived { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string? ReceivedBy { get; private set; }

    public LegalAidApplicationStatus Status { get; private set; }

    /// <summary>补充材料一次性告知: what is missing, one item per line; null until the notice is given.</summary>
    public string? MissingMaterials { get; private set; }

    public DateTimeOffset? MaterialsNoticeAt { get; private set; }

    /// <summary>The last day to supplement; after it the application is deemed withdrawn.</summary>
    public DateOnly? SupplementDueOn { get; private set; }

    public DateTimeOffset? MaterialsSupplementedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>先行提供法律援助 (第四十四条): when, and the time limit that justified it.</summary>
    public DateTimeOffset? AdvanceAidAt { get; private set; }

    public string? AdvanceAidBasis { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    /// <summary>The reasons for granting (the facts found against the eligibility conditions).</summary>
    public string? GrantReasons { get; private set; }

    public string? RefusalReason { get; private set; }

    public DateTimeOffset? ObjectionReceivedAt { get; private set; }

    public string? ObjectionText { get; private set; }

    /// <summary>The justice bureau's decision: true = the objection is upheld and aid is ordered; false = the refusal stands.</summary>
    public bool? ObjectionUpheld { get; private set; }

    public string? ObjectionDecisionReasons { get; private set; }

    public DateTimeOffset? ObjectionDecidedAt { get; private set; }

    public string? ObjectionDecidedBy { get; private set; }

    public Guid? LawyerId { get; private set; }

    public string? LawyerName { get; private set; }

    public string? LawFirm { get; private set; }

    public string? LawyerPhone { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    /// <summary>更换法律援助人员: the provider replaced last, when, and why; null when never replaced.</summary>
    public string? ReplacedLawyerName { get; private set; }

    public string? ReplacementReason { get; private set; }

    public DateTimeOffset? ReplacedAt { get; private set; }

    public IReadOnlyList<Representation> Representations => representations;

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosureSummary { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    public string? ArchiveNumber { get; private set; }

    /// <summary>满意度回访: 1 (very dissatisfied) to 5 (very satisfied).</summary>
    public int? SatisfactionScore { get; private set; }

    public string? SatisfactionComment { get; private set; }

    public DateTimeOffset? SatisfactionRecordedAt { get; private set; }

    /// <summary>Optimistic-concurrency token: every change bumps it, so two concurrent changes cannot both win.</summary>
    public int Version { get; private set; }

    public bool IsDecided => DecidedAt is not null;

    /// <summary>Who "received" an application the worker sent through the public form: nobody signed in.</summary>
    public const string OnlineApplicant = "网上申请（申请人本人提交）";

    public static LegalAidApplication FromReferral(
        Guid id, string linkageNumber, Applicant applicant, string employerName, string? employerCreditCode,
        IEnumerable<MatterClaim> claims, Referral referral, bool economicHardshipStated, bool hardshipCheckWaived, DateTimeOffset receivedAt)
    {
        var application = new LegalAidApplication
        {
            Id = id,
            LinkageNumber = linkageNumber,
            Channel = ApplicationChannel.Referred,
            Applicant = applicant,
            EmployerName = employerName,
            EmployerCreditCode = employerCreditCode,
            Referral = referral,
            EconomicHardshipStated = economicHardshipStated,
            ReceivedAt = receivedAt,
            Status = LegalAidApplicationStatus.PendingReview,
        };
        application.claims.AddRange(claims);
        application.HardshipCheckWaived = hardshipCheckWaived;
        return application;
    }

    /// <summary>A direct application at the window or through the online form; <paramref name="hardshipCheckWaived"/> comes from the province's policy.</summary>
    public static LegalAidApplication Direct(
        Guid id, string linkageNumber, ApplicationChannel channel, Applicant applicant, string employerName, string? employerCreditCode,
        IEnumerable<MatterClaim> claims, bool economicHardshipStated, decimal? declaredMonthlyIncomePerCapita, HardshipExemption exemption,
        bool hardshipCheckWaived, DateTimeOffset receivedAt, string receivedBy, OnlineStatement? statement = null)
    {
        if (channel == ApplicationChannel.Referred)
        {
            throw new ArgumentException("A referred application arrives as a referral.", nameof(channel));
        }

        var application = new LegalAidApplication
        {
            Id = id,
            LinkageNumber = linkageNumber,
            Channel = channel,
            Applicant = applicant,
            EmployerName = employerName,
            EmployerCreditCode = employerCreditCode,
            EconomicHardshipStated = economicHardshipStated,
            DeclaredMonthlyIncomePerCapita = declaredMonthlyIncomePerCapita,
            Exemption = exemption,
            HardshipCheckWaived = hardshipCheckWaived,
            ReceivedAt = receivedAt,
            ReceivedBy = receivedBy,
            Status = LegalAidApplicationStatus.PendingReview,
            HardshipStatement = statement?.HardshipStatement,
            MatterDescription = statement?.MatterDescription,
            PersonalDataConsentAt = statement?.PersonalDataConsentAt,
        };
        application.claims.AddRange(claims);
        if (receivedBy == OnlineApplicant && (channel != ApplicationChannel.Online || statement?.PersonalDataConsentAt is null))
        {
            throw new BusinessRuleViolationException("legalaid.consent-required", "网上申请须同意处理申请中的个人信息。");
        }

        if (application.claims.Count == 0)
        {
            throw new BusinessRuleViolationException("legalaid.no-claims", "申请至少应列明一项请求事项。");
        }

        return application;
    }

    /// <summary>
    /// 补充材料一次性告知 (第四十三条第二款): once only, while under review, naming every missing item and the last day to
    /// supplement; the review period stops until the materials come in.
    /// </summary>
    public void RequestMaterials(string missingMaterials, DateOnly supplementDueOn, DateOnly today, DateTimeOffset now)
    {
        if (MaterialsNoticeAt is not null)
        {
            throw new BusinessRuleViolationException("legalaid.materials-notice-once", "补充材料应当一次性告知，本申请已告知过。");
        }

        if (Status != LegalAidApplicationStatus.PendingReview)
        {
            throw new BusinessRuleViolationException("legalaid.not-under-review", "只有待审查的申请才能告知补充材料。");
        }

        if (supplementDueOn <= today)
        {
            throw new BusinessRuleViolationException("legalaid.supplement-date-past", "补充材料的期限应当在今天之后。");
        }

        MissingMaterials = missingMaterials;
        SupplementDueOn = supplementDueOn;
        MaterialsNoticeAt = now;
        Status = LegalAidApplicationStatus.AwaitingMaterials;
        Version++;
    }

    /// <summary>The applicant supplemented the materials in time: back to review.</summary>
    public void SupplementMaterials(DateOnly today, DateTimeOffset now)
    {
        if (Status != LegalAidApplicationStatus.AwaitingMaterials)
        {
            throw new BusinessRuleViolationException("legalaid.not-awaiting-materials", "该申请未处于补充材料状态。");
        }

        if (today > SupplementDueOn)
        {
            throw new BusinessRuleViolationException("legalaid.supplement-too-late", $"补充材料期限已于{SupplementDueOn:yyyy-MM-dd}届满，申请视为撤回。");
        }

        MaterialsSupplementedAt = now;
        Status = LegalAidApplicationStatus.PendingReview;
        Version++;
    }

    /// <summary>视为撤回: run after the supplement day; false (nothing changed) when the materials came in or the matter moved on.</summary>
    public bool DeemWithdrawn(DateOnly today, DateTimeOffset now)
    {
        if (Status != LegalAidApplicationStatus.AwaitingMaterials || today <= SupplementDueOn)
        {
            return false;
        }

        WithdrawnAt = now;
        Status = LegalAidApplicationStatus.Withdrawn;
        Version++;
        return true;
    }

    /// <summary>
    /// 先行提供法律援助 (第四十四条): before the review is finished, when the time limit <paramref name="basis"/> describes
    /// leaves fewer than 7 days (the caller checks it with <see cref="AdvanceAid"/>). The provider is assigned next; the
    /// applicant completes the formalities later and the decision still follows.
    /// </summary>
    public void ProvideAdvanceAid(string basis, DateTimeOffset now)
    {
        if (Status is not (LegalAidApplicationStatus.PendingReview or LegalAidApplicationStatus.AwaitingMaterials))
        {
            throw new BusinessRuleViolationException("legalaid.advance-aid-after-decision", "已作出决定的申请不适用先行提供法律援助。");
        }

        if (AdvanceAidAt is not null)
        {
            throw new BusinessRuleViolationException("legalaid.advance-aid-already", "已先行提供法律援助。");
        }

        AdvanceAidAt = now;
        AdvanceAidBasis = basis;
        Version++;
    }

    /// <summary>决定给予法律援助, with the reasons; a referral's materials notice must be answered first.</summary>
    public void Grant(string reasons, DateTimeOffset decidedAt, string decidedBy)
    {
        EnsureReviewable();
        if (string.IsNullOrWhiteSpace(reasons))
        {
            throw new BusinessRuleViolationException("legalaid.decision-needs-reasons", "给予法律援助决定应当写明理由。");
        }

        Status = LegalAidApplicationStatus.Granted;
        Version++;
        GrantReasons = reasons;
        DecidedAt = decidedAt;
        DecidedBy = decidedBy;
    }

    /// <summary>决定不予法律援助: in writing, with reasons (法律援助法 第四十三条第一款).</summary>
    public void Refuse(string reason, DateTimeOffset decidedAt, string decidedBy)
    {
        EnsureReviewable();
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

    /// <summary>指派: after a grant (or with advance aid), once, to an active provider without a conflict of interest.</summary>
    public void Assign(Lawyer lawyer, bool actsForEmployer, DateTimeOffset now)
    {
        if (Status != LegalAidApplicationStatus.Granted && AdvanceAidAt is null)
        {
            throw new BusinessRuleViolationException("legalaid.assign-needs-grant", "给予法律援助或者先行提供法律援助后才能指派。");
        }

        if (Status is LegalAidApplicationStatus.Refused or LegalAidApplicationStatus.Withdrawn or LegalAidApplicationStatus.Closed)
        {
            throw new BusinessRuleViolationException("legalaid.assign-not-open", "该申请已不能指派。");
        }

        if (LawyerId is not null)
        {
            throw new BusinessRuleViolationException("legalaid.already-assigned", $"已指派{LawyerName}。");
        }

        if (!lawyer.IsActive)
        {
            throw new BusinessRuleViolationException("legalaid.lawyer-inactive", $"{lawyer.Name} 已不在法律援助人员名册中，不能指派。");
        }

        if (actsForEmployer)
        {
            throw new BusinessRuleViolationException(
                "legalaid.conflict-of-interest", $"利益冲突：{lawyer.Name}正在代理用人单位（{EmployerName}）的事务，不能指派为本案受援人的法律援助人员。");
        }

        LawyerId = lawyer.Id;
        LawyerName = lawyer.Name;
        LawFirm = lawyer.Firm;
        LawyerPhone = lawyer.Phone;
        AssignedAt = now;
        Version++;
    }

    /// <summary>
    /// 更换法律援助人员: the assigned provider is replaced (a conflict of interest found later, the provider cannot continue,
    /// the recipient's justified request), with the reason, by another active provider without a conflict.
    /// </summary>
    public void ReplaceProvider(Lawyer lawyer, bool actsForEmployer, string reason, DateTimeOffset now)
    {
        if (LawyerId is null)
        {
            throw new BusinessRuleViolationException("legalaid.not-assigned", "尚未指派法律援助人员，无需更换。");
        }

        if (Status is LegalAidApplicationStatus.Closed or LegalAidApplicationStatus.Refused or LegalAidApplicationStatus.Withdrawn)
        {
            throw new BusinessRuleViolationException("legalaid.assign-not-open", "该申请已不能更换法律援助人员。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleViolationException("legalaid.replacement-needs-reason", "更换法律援助人员应当说明理由。");
        }

        if (lawyer.Id == LawyerId)
        {
            throw new BusinessRuleViolationException("legalaid.replacement-same", $"{lawyer.Name}已是本案的法律援助人员。");
        }

        if (!lawyer.IsActive)
        {
            throw new BusinessRuleViolationException("legalaid.lawyer-inactive", $"{lawyer.Name} 已不在法律援助人员名册中，不能指派。");
        }

        if (actsForEmployer)
        {
            throw new BusinessRuleViolationException(
                "legalaid.conflict-of-interest", $"利益冲突：{lawyer.Name}正在代理用人单位（{EmployerName}）的事务，不能指派为本案受援人的法律援助人员。");
        }

        ReplacedLawyerName = LawyerName;
        ReplacementReason = reason.Trim();
        ReplacedAt = now;
        LawyerId = lawyer.Id;
        LawyerName = lawyer.Name;
        LawFirm = lawyer.Firm;
        LawyerPhone = lawyer.Phone;
        AssignedAt = now;
        Version++;
    }

    /// <summary>异议 (第四十九条) to a refusal, lodged with the justice bureau; one per decision.</summary>
    public void LodgeObjection(string text, DateTimeOffset now)
    {
        if (Status != LegalAidApplicationStatus.Refused)
        {
            throw new BusinessRuleViolationException("legalaid.objection-needs-refusal", "只能对不予法律援助的决定提出异议。");
        }

        if (ObjectionReceivedAt is not null)
        {
            throw new BusinessRuleViolationException("legalaid.objection-already", "已对该决定提出异议。");
        }

        ObjectionText = text;
        ObjectionReceivedAt = now;
        Version++;
    }

    /// <summary>
    /// The justice bureau decides the objection: upheld orders aid (第四十九条第二款: 责令法律援助机构及时提供), so the
    /// application becomes granted with the bureau's reasons and a provider is to be assigned; otherwise the refusal stands.
    /// </summary>
    public void DecideObjection(bool upheld, string reasons, DateTimeOffset now, string decidedBy)
    {
        if (ObjectionReceivedAt is null || ObjectionDecidedAt is not null)
        {
            throw new BusinessRuleViolationException("legalaid.no-pending-objection", "没有待决定的异议。");
        }

        ObjectionUpheld = upheld;
        ObjectionDecisionReasons = reasons;
        ObjectionDecidedAt = now;
        ObjectionDecidedBy = decidedBy;
        if (upheld)
        {
            Status = LegalAidApplicationStatus.Granted;
            GrantReasons = $"司法行政部门审查异议后责令给予法律援助：{reasons}";
        }

        Version++;
    }

    public void RecordRepresentation(Representation representation)
    {
        EnsureAssignedAndOpen();
        representations.Add(representation);
        Version++;
    }

    /// <summary>结案: the provider's work is done (the summary says how the matter ended).</summary>
    public void Close(string summary, DateTimeOffset now)
    {
        EnsureAssignedAndOpen();
        if (Status != LegalAidApplicationStatus.Granted)
        {
            throw new BusinessRuleViolationException("legalaid.close-needs-grant", "只有给予法律援助的案件才能结案。");
        }

        Status = LegalAidApplicationStatus.Closed;
        ClosureSummary = summary;
        ClosedAt = now;
        Version++;
    }

    /// <summary>归档, once, after closure.</summary>
    public void Archive(string archiveNumber, DateTimeOffset now)
    {
        if (Status != LegalAidApplicationStatus.Closed)
        {
            throw new BusinessRuleViolationException("legalaid.archive-needs-closure", "结案后才能归档。");
        }

        if (ArchivedAt is not null)
        {
            throw new BusinessRuleViolationException("legalaid.already-archived", $"已归档（{ArchiveNumber}）。");
        }

        ArchiveNumber = archiveNumber;
        ArchivedAt = now;
        Version++;
    }

    /// <summary>满意度回访 after closure, once.</summary>
    public void RecordSatisfaction(int score, string? comment, DateTimeOffset now)
    {
        if (Status != LegalAidApplicationStatus.Closed)
        {
            throw new BusinessRuleViolationException("legalaid.follow-up-needs-closure", "结案后才能回访。");
        }

        if (score is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "1–5");
        }

        if (SatisfactionRecordedAt is not null)
        {
            throw new BusinessRuleViolationException("legalaid.follow-up-already", "已记录回访结果。");
        }

        SatisfactionScore = score;
        SatisfactionComment = comment;
        SatisfactionRecordedAt = now;
        Version++;
    }

    private void EnsureAssignedAndOpen()
    {
        if (LawyerId is null)
        {
            throw new BusinessRuleViolationException("legalaid.not-assigned", "尚未指派法律援助人员。");
        }

        if (Status == LegalAidApplicationStatus.Closed)
        {
            throw new BusinessRuleViolationException("legalaid.closed", "案件已结案。");
        }
    }

    private void EnsureReviewable()
    {
        if (IsDecided || Status is LegalAidApplicationStatus.Withdrawn or LegalAidApplicationStatus.Closed)
        {
            throw new BusinessRuleViolationException("legalaid.already-decided", "该申请已作出决定。");
        }

        if (Status == LegalAidApplicationStatus.AwaitingMaterials)
        {
            throw new BusinessRuleViolationException("legalaid.awaiting-materials", "申请人尚未补充材料，补充后再作决定。");
        }
    }
}
