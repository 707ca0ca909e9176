using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Union.Domain;

/// <summary>Where the worker reached the union (seed 004 二(二), seed 003 12-13, seed 000 第十二条).</summary>
internal enum ServiceChannel
{
    /// <summary>“三师一室”工会服务点.</summary>
    ServicePoint = 1,

    /// <summary>职工服务（帮扶）中心.</summary>
    StaffServiceCentre = 2,

    /// <summary>12351 职工服务热线.</summary>
    Hotline12351 = 3,

    /// <summary>新就业形态劳动者服务站点（驿站、司机之家）.</summary>
    PlatformWorkerStation = 4,
}

internal enum ConsultationStatus
{
    /// <summary>Received; followed up until closed.</summary>
    Open = 1,

    Closed = 2,
}

internal enum UnionReferralStatus
{
    AwaitingDecision = 1,
    Granted = 2,
    Refused = 3,
}

/// <summary>The worker who asked; the identity number only when the worker gave it (a referral needs it).</summary>
internal sealed record ConsultingWorker(string Name, string? ResidentIdNumber, string Phone, bool IsPlatformWorker, bool IsMigrantWorker);

/// <summary>One follow-up (回访/跟进) of the matter.</summary>
internal sealed record FollowUp(DateTimeOffset At, string By, string Note);

/// <summary>引导申请法律援助 with the worker's consent; legal aid's decision comes back addressed to the union.</summary>
internal sealed class UnionLegalAidReferral
{
    private UnionLegalAidReferral()
    {
    }

    public UnionLegalAidReferral(Guid id, DateTimeOffset consentRecordedAt, string consentRecordedBy)
    {
        Id = id;
        ConsentRecordedAt = consentRecordedAt;
        ConsentRecordedBy = consentRecordedBy;
        Status = UnionReferralStatus.AwaitingDecision;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset ConsentRecordedAt { get; private set; }

    public string ConsentRecordedBy { get; private set; } = string.Empty;

    public UnionReferralStatus Status { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? LawyerName { get; private set; }

    public string? LawFirm { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>When the lawyer shown was assigned (the decision's time when the decision named the lawyer).</summary>
    public DateTimeOffset? LawyerAssignedAt { get; private set; }

    /// <summary>
    /// Legal aid assigned or replaced the lawyer after the grant: applied only when newer than the lawyer shown (a
    /// repeated report changes nothing); it implies the aid is granted.
    /// </summary>
    public bool RecordLawyer(string lawyerName, string lawFirm, DateTimeOffset assignedAt)
    {
        if (LawyerAssignedAt is { } known && known >= assignedAt)
        {
            return false;
        }

        Status = UnionReferralStatus.Granted;
        RefusalReason = null;
        LawyerName = lawyerName;
        LawFirm = lawFirm;
        LawyerAssignedAt = assignedAt;
        return true;
    }

    public void RecordDecision(bool granted, string? refusalReason, string? lawyerName, string? lawFirm, DateTimeOffset decidedAt)
    {
        if (Status != UnionReferralStatus.AwaitingDecision)
        {
            return;
        }

        Status = granted ? UnionReferralStatus.Granted : UnionReferralStatus.Refused;
        DecidedAt = decidedAt;
        RefusalReason = granted ? null : refusalReason;
        LawyerName = lawyerName;
        LawFirm = lawFirm;
        LawyerAssignedAt = lawyerName is null ? null : decidedAt;
    }
}

/// <summary>
/// 咨询/诉求: a worker's consultation or rights request received at a union service point, with the question, the answer
/// and its follow-ups until it is closed ("every call followed up"); the union's own legal help by a union lawyer, or
/// a referral to legal aid with the worker's consent. It opens a matter with a linkage number.
/// </summary>
internal sealed class Consultation : ILinkedMatter
{
    private readonly List<FollowUp> followUps = [];
    private readonly List<UnionLegalAidReferral> referrals = [];

    private Consultation()
    {
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public ServiceChannel Channel { get; private set; }

    public ConsultingWorker Worker { get; private set; } = null!;

    /// <summary>The employer or, for a platform worker, the platform company.</summary>
    public string? EmployerName { get; private set; }

    public string? EmployerCreditCode { get; private set; }

    public string Question { get; private set; } = string.Empty;

    public string? Answer { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string ReceivedBy { get; private set; } = string.Empty;

    public ConsultationStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>工会法律援助: the union lawyer who takes the matter on.</summary>
    public string? UnionLawyerName { get; private set; }

    public string? UnionLawFirm { get; private set; }

    public IReadOnlyList<FollowUp> FollowUps => followUps;

    public IReadOnlyList<UnionLegalAidReferral> Referrals => referrals;

    public int Version { get; private set; }

    public static Consultation Receive(
        Guid id, string linkageNumber, ServiceChannel channel, ConsultingWorker worker, string? employerName, string? employerCreditCode, string question,
        string? answer, DateTimeOffset receivedAt, string receivedBy) => new()
        {
            Id = id,
            LinkageNumber = linkageNumber,
            Channel = channel,
            Worker = worker,
            EmployerName = employerName,
            EmployerCreditCode = employerCreditCode,
            Question = question,
            Answer = answer,
            ReceivedAt = receivedAt,
            ReceivedBy = receivedBy,
            Status = ConsultationStatus.Open,
        };

    /// <summary>A follow-up, with the answer given if any; closing needs an answer (given now or before).</summary>
    public void FollowUp(string note, string? answer, bool close, DateTimeOffset at, string by)
    {
        EnsureOpen();
        if (!string.IsNullOrWhiteSpace(answer))
        {
            Answer = answer;
        }

        if (close && Answer is null)
        {
            throw new BusinessRuleViolationException("union.close-without-answer", "尚未答复劳动者，不能办结。");
        }

        if (close && referrals.Any(r => r.Status == UnionReferralStatus.AwaitingDecision))
        {
            throw new BusinessRuleViolationException("union.referral-pending", "已转介法律援助机构，待其作出决定后再办结。");
        }

        followUps.Add(new FollowUp(at, by, note));
        if (close)
        {
            Status = ConsultationStatus.Closed;
            ClosedAt = at;
        }

        Version++;
    }

    public void AssignUnionLawyer(string lawyerName, string lawFirm)
    {
        EnsureOpen();
        UnionLawyerName = lawyerName;
        UnionLawFirm = lawFirm;
        Version++;
    }

    public UnionLegalAidReferral ReferToLegalAid(Guid referralId, DateTimeOffset consentRecordedAt, string recordedBy)
    {
        EnsureOpen();
        if (Worker.ResidentIdNumber is null)
        {
            throw new BusinessRuleViolationException("union.referral-needs-id", "转介法律援助机构需要劳动者的居民身份证号，请先补录。");
        }

        if (referrals.Any(r => r.Status is UnionReferralStatus.AwaitingDecision or UnionReferralStatus.Granted))
        {
            throw new BusinessRuleViolationException("union.referral-exists", "已转介法律援助机构，正在审查或已给予法律援助。");
        }

        var referral = new UnionLegalAidReferral(referralId, consentRecordedAt, recordedBy);
        referrals.Add(referral);
        Version++;
        return referral;
    }

    public void RecordLegalAidDecision(Guid referralId, bool granted, string? refusalReason, string? lawyerName, string? lawFirm, DateTimeOffset decidedAt)
    {
        var referral = referrals.SingleOrDefault(r => r.Id == referralId);
        if (referral is { Status: UnionReferralStatus.AwaitingDecision })
        {
            referral.RecordDecision(granted, refusalReason, lawyerName, lawFirm, decidedAt);
            Version++;
        }
    }

    /// <summary>Legal aid assigned or replaced the lawyer on one of the union's referrals after the grant.</summary>
    public void RecordLegalAidLawyer(Guid referralId, string lawyerName, string lawFirm, DateTimeOffset assignedAt)
    {
        var referral = referrals.SingleOrDefault(r => r.Id == referralId);
        if (referral is not null && referral.RecordLawyer(lawyerName, lawFirm, assignedAt))
        {
            Version++;
        }
    }

    private void EnsureOpen()
    {
        if (Status == ConsultationStatus.Closed)
        {
            throw new BusinessRuleViolationException("union.consultation-closed", "该咨询已办结。");
        }
    }
}
