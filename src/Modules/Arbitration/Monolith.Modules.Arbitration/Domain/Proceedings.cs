namespace Monolith.Modules.Arbitration.Domain;

internal enum HearingStatus
{
    /// <summary>已排期并通知.</summary>
    Scheduled = 1,

    /// <summary>延期开庭.</summary>
    Postponed = 2,
}

internal enum PartySide
{
    Applicant = 1,
    Respondent = 2,
}

/// <summary>
/// 开庭: one hearing in a tribunal room. The 开庭通知书 is issued when it is scheduled (<see cref="NotifiedAt"/>) and must
/// reach the parties at least five days before it (调解仲裁法 第三十五条): the day it was served (送达回证) is recorded
/// separately, which completes the tracked <c>arbitration.hearing-notice</c> deadline (ADR 0073).
/// </summary>
internal sealed class Hearing
{
    private Hearing()
    {
    }

    public Hearing(Guid id, int ordinal, DateTimeOffset startsAt, string room, DateTimeOffset notifiedAt)
    {
        Id = id;
        Ordinal = ordinal;
        StartsAt = startsAt;
        Room = room;
        NotifiedAt = notifiedAt;
        Status = HearingStatus.Scheduled;
    }

    public Guid Id { get; private set; }

    public int Ordinal { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>The tribunal room (仲裁庭): the hearing calendar is kept per room.</summary>
    public string Room { get; private set; } = string.Empty;

    /// <summary>When the hearing was scheduled and its notice issued.</summary>
    public DateTimeOffset NotifiedAt { get; private set; }

    /// <summary>The day the hearing notice reached the parties (送达回证); null until served.</summary>
    public DateOnly? NoticeServedOn { get; private set; }

    public HearingStatus Status { get; private set; }

    public PartySide? PostponementRequestedBy { get; private set; }

    public string? PostponementReason { get; private set; }

    public DateOnly? PostponementRequestedOn { get; private set; }

    internal void RecordNoticeServed(DateOnly servedOn) => NoticeServedOn = servedOn;

    internal void Postpone(PartySide requestedBy, string reason, DateOnly requestedOn)
    {
        Status = HearingStatus.Postponed;
        PostponementRequestedBy = requestedBy;
        PostponementReason = reason;
        PostponementRequestedOn = requestedOn;
    }
}

internal enum EvidenceCollectionStatus
{
    Requested = 1,
    Collected = 2,
    NotCollected = 3,
}

/// <summary>
/// 依申请调取证据: evidence the worker cannot collect for objective reasons, which the commission collects on the worker's
/// application (南昌方案 三(四); 调解仲裁法 第三十九条第二款).
/// </summary>
internal sealed class EvidenceCollection
{
    private EvidenceCollection()
    {
    }

    public EvidenceCollection(Guid id, int ordinal, string evidence, string whyWorkerCannotCollect, DateTimeOffset requestedAt, string recordedBy)
    {
        Id = id;
        Ordinal = ordinal;
        Evidence = evidence;
        WhyWorkerCannotCollect = whyWorkerCannotCollect;
        RequestedAt = requestedAt;
        RecordedBy = recordedBy;
        Status = EvidenceCollectionStatus.Requested;
    }

    public Guid Id { get; private set; }

    public int Ordinal { get; private set; }

    public string Evidence { get; private set; } = string.Empty;

    public string WhyWorkerCannotCollect { get; private set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public EvidenceCollectionStatus Status { get; private set; }

    public string? Result { get; private set; }

    public DateTimeOffset? ResultAt { get; private set; }

    internal void Record(bool collected, string result, DateTimeOffset at)
    {
        if (Status != EvidenceCollectionStatus.Requested)
        {
            throw new Monolith.BuildingBlocks.Domain.BusinessRuleViolationException("arbitration.evidence-recorded", "该证据调取结果已记录。");
        }

        Status = collected ? EvidenceCollectionStatus.Collected : EvidenceCollectionStatus.NotCollected;
        Result = result;
        ResultAt = at;
    }
}

/// <summary>仲裁建议书 and the other letters to an employer (Arbitration.Contracts <c>ArbitrationLetterKind</c>).</summary>
internal sealed class ArbitrationLetter
{
    private ArbitrationLetter()
    {
    }

    public ArbitrationLetter(Guid id, int ordinal, Contracts.ArbitrationLetterKind kind, string number, string findings, string legalBasis, string requests, DateTimeOffset issuedAt, string issuedBy)
    {
        Id = id;
        Ordinal = ordinal;
        Kind = kind;
        Number = number;
        Findings = findings;
        LegalBasis = legalBasis;
        Requests = requests;
        IssuedAt = issuedAt;
        IssuedBy = issuedBy;
    }

    public Guid Id { get; private set; }

    public int Ordinal { get; private set; }

    public Contracts.ArbitrationLetterKind Kind { get; private set; }

    public string Number { get; private set; } = string.Empty;

    public string Findings { get; private set; } = string.Empty;

    public string LegalBasis { get; private set; } = string.Empty;

    public string Requests { get; private set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = string.Empty;
}

/// <summary>仲裁裁决书: a partial (先行裁决) or the final award of the case.</summary>
internal sealed class Award
{
    private Award()
    {
    }

    public Award(Guid id, int ordinal, string number, bool isPartial, DateOnly decidedOn, string reasoning, FinalAwardClassification classification, DateTimeOffset recordedAt, string recordedBy)
    {
        Id = id;
        Ordinal = ordinal;
        Number = number;
        IsPartial = isPartial;
        DecidedOn = decidedOn;
        Reasoning = reasoning;
        IsFinalAward = classification.IsFinal;
        Threshold = classification.Threshold;
        ClassificationSummary = classification.Summary;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public int Ordinal { get; private set; }

    public string Number { get; private set; } = string.Empty;

    /// <summary>先行裁决 (调解仲裁法 第四十三条第二款): part of the claims decided; the case goes on.</summary>
    public bool IsPartial { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    /// <summary>The facts found and reasons, as the tribunal wrote them.</summary>
    public string Reasoning { get; private set; } = string.Empty;

    /// <summary>终局裁决 (第四十七条) or not.</summary>
    public bool IsFinalAward { get; private set; }

    /// <summary>12 × the local monthly minimum wage at the time of the award.</summary>
    public decimal Threshold { get; private set; }

    public string ClassificationSummary { get; private set; } = string.Empty;

    /// <summary>The day the worker received the award (送达回证): the worker's window counts from it.</summary>
    public DateOnly? WorkerReceivedOn { get; private set; }

    /// <summary>The day the employer received the award.</summary>
    public DateOnly? EmployerReceivedOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    internal void RecordService(DateOnly? workerReceivedOn, DateOnly? employerReceivedOn)
    {
        if (workerReceivedOn < DecidedOn || employerReceivedOn < DecidedOn)
        {
            throw new Monolith.BuildingBlocks.Domain.BusinessRuleViolationException("arbitration.received-before-award", "签收日期不能早于裁决日期。");
        }

        WorkerReceivedOn = workerReceivedOn ?? WorkerReceivedOn;
        EmployerReceivedOn = employerReceivedOn ?? EmployerReceivedOn;
    }
}

/// <summary>The chair's written approval of the 15-day extension (办案规则 第四十五条), as stored.</summary>
internal sealed record AwardExtensionApproval(string ApprovedBy, string ApprovalNumber, DateOnly ApprovedOn, string Reason, string RecordedBy);

/// <summary>
/// A chair's approval that applied to an award period which later restarted (办案规则 第四十六条): the record of the
/// approval, the period it extended (from <see cref="PeriodStart"/>) and when and why that period ended (ADR 0074).
/// </summary>
internal sealed class LapsedExtension
{
    private LapsedExtension()
    {
    }

    public LapsedExtension(Guid id, AwardExtensionApproval approval, DateOnly periodStart, DateOnly lapsedOn, string restartReason)
    {
        Id = id;
        ApprovedBy = approval.ApprovedBy;
        ApprovalNumber = approval.ApprovalNumber;
        ApprovedOn = approval.ApprovedOn;
        Reason = approval.Reason;
        RecordedBy = approval.RecordedBy;
        PeriodStart = periodStart;
        LapsedOn = lapsedOn;
        RestartReason = restartReason;
    }

    public Guid Id { get; private set; }

    public string ApprovedBy { get; private set; } = string.Empty;

    public string ApprovalNumber { get; private set; } = string.Empty;

    public DateOnly ApprovedOn { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public string RecordedBy { get; private set; } = string.Empty;

    /// <summary>The start of the award period the approval extended.</summary>
    public DateOnly PeriodStart { get; private set; }

    /// <summary>The day the period restarted, ending the approval's effect.</summary>
    public DateOnly LapsedOn { get; private set; }

    public string RestartReason { get; private set; } = string.Empty;
}

/// <summary>仲裁调解书: the parties settled before the tribunal (调解仲裁法 第四十二条).</summary>
internal sealed record MediationStatement(string Number, string Terms, decimal? Amount, DateOnly MadeOn, string RecordedBy);

internal enum SimplifiedBasis
{
    /// <summary>事实清楚、权利义务关系明确、争议不大.</summary>
    ClearFacts = 1,

    /// <summary>标的额不超过本省上年度职工年平均工资.</summary>
    SmallAmount = 2,

    /// <summary>双方当事人同意.</summary>
    PartiesAgree = 3,
}
