namespace Monolith.Modules.Inspection.Domain;

/// <summary>
/// 引导申请法律援助: the worker qualifies and has no agent; with the worker's recorded consent the officer refers the
/// worker to legal aid (南昌方案 三(二)), whose decision comes back as a reply addressed to this module.
/// </summary>
internal sealed class LegalAidReferral
{
    private LegalAidReferral()
    {
    }

    public LegalAidReferral(Guid id, Guid workerId, DateTimeOffset consentRecordedAt, string consentRecordedBy, bool economicHardshipStated)
    {
        Id = id;
        WorkerId = workerId;
        ConsentRecordedAt = consentRecordedAt;
        ConsentRecordedBy = consentRecordedBy;
        EconomicHardshipStated = economicHardshipStated;
        Status = ReferralStatus.AwaitingDecision;
    }

    public Guid Id { get; private set; }

    public Guid WorkerId { get; private set; }

    public DateTimeOffset ConsentRecordedAt { get; private set; }

    public string ConsentRecordedBy { get; private set; } = string.Empty;

    public bool EconomicHardshipStated { get; private set; }

    public ReferralStatus Status { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public bool? DecidedInTime { get; private set; }

    public string? LawyerName { get; private set; }

    public string? LawFirm { get; private set; }

    public string? LawyerPhone { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>When the lawyer shown was assigned (the decision's time when the decision named the lawyer).</summary>
    public DateTimeOffset? LawyerAssignedAt { get; private set; }

    /// <summary>
    /// Legal aid assigned (or replaced) the lawyer after the grant. Applied only when newer than the lawyer shown, so a
    /// repeated or late report changes nothing; it implies the aid is granted (e.g. after the justice bureau upheld an objection).
    /// </summary>
    internal bool RecordLawyer(string lawyerName, string lawFirm, string lawyerPhone, DateTimeOffset assignedAt)
    {
        if (LawyerAssignedAt is { } known && known >= assignedAt)
        {
            return false;
        }

        Status = ReferralStatus.Granted;
        RefusalReason = null;
        LawyerName = lawyerName;
        LawFirm = lawFirm;
        LawyerPhone = lawyerPhone;
        LawyerAssignedAt = assignedAt;
        return true;
    }

    /// <summary>Records legal aid's decision once; a repeated report changes nothing.</summary>
    internal bool RecordDecision(bool granted, string? refusalReason, string? lawyerName, string? lawFirm, string? lawyerPhone, DateTimeOffset decidedAt, bool decidedInTime)
    {
        if (Status != ReferralStatus.AwaitingDecision)
        {
            return false;
        }

        Status = granted ? ReferralStatus.Granted : ReferralStatus.Refused;
        DecidedAt = decidedAt;
        DecidedInTime = decidedInTime;
        RefusalReason = granted ? null : refusalReason;
        LawyerName = lawyerName;
        LawFirm = lawFirm;
        LawyerPhone = lawyerPhone;
        LawyerAssignedAt = lawyerName is null ? null : decidedAt;
        return true;
    }
}

/// <summary>
/// The dispute sent to arbitration with the worker's consent, under the case's linkage number (南昌方案 三(五);
/// 监察条例 第二十一条). Arbitration registers it as a draft for the worker to confirm there.
/// </summary>
internal sealed class ArbitrationReferral
{
    private ArbitrationReferral()
    {
    }

    public ArbitrationReferral(Guid id, Guid workerId, ArbitrationReferralReason reason, string? note, DateTimeOffset referredAt, string referredBy)
    {
        Id = id;
        WorkerId = workerId;
        Reason = reason;
        Note = note;
        ReferredAt = referredAt;
        ReferredBy = referredBy;
    }

    public Guid Id { get; private set; }

    public Guid WorkerId { get; private set; }

    public ArbitrationReferralReason Reason { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset ReferredAt { get; private set; }

    public string ReferredBy { get; private set; } = string.Empty;
}
