using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Arbitration.Domain;

internal enum EntrustmentStatus
{
    /// <summary>已委托，等待调解结果.</summary>
    AwaitingResult = 1,

    /// <summary>调解成功.</summary>
    AgreementReached = 2,

    /// <summary>调解不成.</summary>
    Failed = 3,

    /// <summary>调解组织不予受理.</summary>
    NotAccepted = 4,
}

/// <summary>
/// 委托调解: the commission entrusted an application's wage claims to mediation first (任务分工方案 第43项; 南昌方案 三(五)),
/// with the worker's consent; the result comes back from Mediation. The commission's own copy of what it sent and heard.
/// </summary>
internal sealed class MediationEntrustment : ILinkedMatter
{
    private MediationEntrustment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public string ApplicantName { get; private set; } = string.Empty;

    public string RespondentName { get; private set; } = string.Empty;

    /// <summary>What was entrusted, e.g. "劳动报酬（拖欠工资） ¥18,600.00".</summary>
    public string ClaimsSummary { get; private set; } = string.Empty;

    public DateTimeOffset EntrustedAt { get; private set; }

    public string EntrustedBy { get; private set; } = string.Empty;

    public EntrustmentStatus Status { get; private set; }

    public string? OrganisationName { get; private set; }

    public string? AgreementSummary { get; private set; }

    public decimal? AgreedAmount { get; private set; }

    public DateOnly? PerformanceDueDate { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset? ResultAt { get; private set; }

    public int Version { get; private set; }

    public static MediationEntrustment Entrust(
        Guid id, ArbitrationApplication application, string claimsSummary, DateTimeOffset entrustedAt, string entrustedBy) => new()
    {
        Id = id,
        ApplicationId = application.Id,
        LinkageNumber = application.LinkageNumber,
        ApplicantName = application.Applicant.Name,
        RespondentName = application.Respondent.Name,
        ClaimsSummary = claimsSummary,
        EntrustedAt = entrustedAt,
        EntrustedBy = entrustedBy,
        Status = EntrustmentStatus.AwaitingResult,
    };

    /// <summary>Mediation's result; a repeated report changes nothing.</summary>
    public void RecordResult(
        EntrustmentStatus outcome, string organisationName, string? agreementSummary, decimal? agreedAmount, DateOnly? performanceDueDate, string? reason, DateTimeOffset at)
    {
        if (outcome == EntrustmentStatus.AwaitingResult)
        {
            throw new ArgumentException("A result is an outcome.", nameof(outcome));
        }

        if (Status != EntrustmentStatus.AwaitingResult)
        {
            return;
        }

        Status = outcome;
        OrganisationName = organisationName;
        AgreementSummary = agreementSummary;
        AgreedAmount = agreedAmount;
        PerformanceDueDate = performanceDueDate;
        Reason = reason;
        ResultAt = at;
        Version++;
    }
}

/// <summary>
/// 仲裁申请草稿（调解不成转来）: mediation ended without settling the dispute and the worker was guided to arbitration. The
/// facts Mediation published, kept under the same linkage number for the clerk to register with the worker.
/// </summary>
internal sealed class DraftFromMediation : ILinkedMatter
{
    private DraftFromMediation()
    {
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public Guid MediationCaseId { get; private set; }

    public string OrganisationName { get; private set; } = string.Empty;

    public string Reason { get; private set; } = string.Empty;

    public Worker Applicant { get; private set; } = null!;

    public Employer Respondent { get; private set; } = null!;

    /// <summary>The claims as mediation recorded them, e.g. "劳动报酬 ¥8,400.00；经济补偿".</summary>
    public string ClaimsSummary { get; private set; } = string.Empty;

    public decimal? ClaimedTotal { get; private set; }

    public DateTimeOffset MediationEndedAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static DraftFromMediation Create(
        Guid id, string linkageNumber, Guid mediationCaseId, string organisationName, string reason, Worker applicant, Employer respondent,
        string claimsSummary, decimal? claimedTotal, DateTimeOffset mediationEndedAt, DateTimeOffset receivedAt) => new()
    {
        Id = id,
        LinkageNumber = linkageNumber,
        MediationCaseId = mediationCaseId,
        OrganisationName = organisationName,
        Reason = reason,
        Applicant = applicant,
        Respondent = respondent,
        ClaimsSummary = claimsSummary,
        ClaimedTotal = claimedTotal,
        MediationEndedAt = mediationEndedAt,
        ReceivedAt = receivedAt,
    };
}

internal enum AgreementReviewStatus
{
    /// <summary>已收到，待审查.</summary>
    AwaitingReview = 1,

    /// <summary>超过十五日申请期限，不予确认.</summary>
    RefusedAsLate = 2,

    /// <summary>审查确认，制作仲裁调解书.</summary>
    Confirmed = 3,

    /// <summary>经审查不予确认（不予制作调解书），书面说明理由.</summary>
    NotConfirmed = 4,
}

/// <summary>
/// Why the commission does not make a 仲裁调解书 of a mediation agreement (《劳动人事争议仲裁办案规则》第七十六条 as
/// recalled; deadlines.md marks 第七十五—七十八条 unverified): each ground names itself, and a written reason is always given.
/// </summary>
internal enum ReviewRefusalGround
{
    /// <summary>违反法律、行政法规的强制性规定.</summary>
    ViolatesMandatoryLaw = 1,

    /// <summary>损害国家利益、社会公共利益或者他人合法权益.</summary>
    HarmsOthersInterests = 2,

    /// <summary>违背当事人真实意思表示（如受胁迫、欺诈）.</summary>
    NotTrueIntention = 3,

    /// <summary>当事人提供的证据材料有弄虚作假嫌疑.</summary>
    FalsifiedMaterials = 4,

    /// <summary>其他不能制作调解书的情形（如协议内容不明确、无法执行）.</summary>
    Other = 5,
}

/// <summary>
/// 仲裁审查确认申请: the parties' joint application for review of a mediation agreement (办案规则 第七十四条). Checked
/// against the 15-day window on receipt (a late one is refused at once); one in time is received for review and decided
/// by a clerk: confirmed, with a 仲裁调解书 and its number, or not confirmed on a ground with a written reason.
/// </summary>
internal sealed class AgreementReviewApplication : ILinkedMatter
{
    private AgreementReviewApplication()
    {
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    /// <summary>The requesting module and its id of the application: the decision is addressed there.</summary>
    public string RequestingModule { get; private set; } = string.Empty;

    public Guid ReviewRequestId { get; private set; }

    public string MediatingOrganisation { get; private set; } = string.Empty;

    public string AgreementNumber { get; private set; } = string.Empty;

    public string AgreementTerms { get; private set; } = string.Empty;

    public decimal? AgreedAmount { get; private set; }

    public DateTimeOffset AgreementEffectiveAt { get; private set; }

    public string WorkerName { get; private set; } = string.Empty;

    public string EmployerName { get; private set; } = string.Empty;

    public DateTimeOffset AppliedAt { get; private set; }

    public bool AppliedInTime { get; private set; }

    public AgreementReviewStatus Status { get; private set; }

    public ReviewRefusalGround? RefusalGround { get; private set; }

    /// <summary>The written reason of a refusal (late or not confirmed).</summary>
    public string? Reason { get; private set; }

    /// <summary>The 仲裁调解书's number, when confirmed.</summary>
    public string? DocumentNumber { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public int Version { get; private set; }

    public bool IsDecided => Status != AgreementReviewStatus.AwaitingReview;

    public static AgreementReviewApplication Receive(
        Guid id, string linkageNumber, string requestingModule, Guid reviewRequestId, string mediatingOrganisation, string agreementNumber, string agreementTerms,
        decimal? agreedAmount, DateTimeOffset agreementEffectiveAt, string workerName, string employerName, DateTimeOffset appliedAt) => new()
    {
        Id = id,
        LinkageNumber = linkageNumber,
        RequestingModule = requestingModule,
        ReviewRequestId = reviewRequestId,
        MediatingOrganisation = mediatingOrganisation,
        AgreementNumber = agreementNumber,
        AgreementTerms = agreementTerms,
        AgreedAmount = agreedAmount,
        AgreementEffectiveAt = agreementEffectiveAt,
        WorkerName = workerName,
        EmployerName = employerName,
        AppliedAt = appliedAt,
        AppliedInTime = true,
        Status = AgreementReviewStatus.AwaitingReview,
    };

    /// <summary>Applied after the 15 days: not reviewed (办案规则 第七十四条).</summary>
    public void RefuseAsLate(string reason, DateTimeOffset at)
    {
        AppliedInTime = false;
        Status = AgreementReviewStatus.RefusedAsLate;
        Reason = reason;
        DecidedAt = at;
        DecidedBy = "系统（逾期申请）";
        Version++;
    }

    /// <summary>审查确认: the agreement is lawful and voluntary; the commission makes a 仲裁调解书 numbered <paramref name="documentNumber"/>.</summary>
    public void Confirm(string documentNumber, DateTimeOffset at, string by)
    {
        EnsureAwaitingReview();
        Status = AgreementReviewStatus.Confirmed;
        DocumentNumber = documentNumber;
        DecidedAt = at;
        DecidedBy = by;
        Version++;
    }

    /// <summary>不予确认: on a ground of 办案规则 第七十六条, with the written reason the parties are told.</summary>
    public void RefuseConfirmation(ReviewRefusalGround ground, string reason, DateTimeOffset at, string by)
    {
        EnsureAwaitingReview();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleViolationException("arbitration.review-reason", "不予确认的，应当书面说明理由。");
        }

        Status = AgreementReviewStatus.NotConfirmed;
        RefusalGround = ground;
        Reason = reason;
        DecidedAt = at;
        DecidedBy = by;
        Version++;
    }

    private void EnsureAwaitingReview()
    {
        if (Status != AgreementReviewStatus.AwaitingReview)
        {
            throw new BusinessRuleViolationException("arbitration.review-decided", "该仲裁审查确认申请已作出决定。");
        }
    }
}
