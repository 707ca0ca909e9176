namespace Monolith.Modules.Arbitration.Domain;

internal enum ReferralStatus
{
    AwaitingDecision = 1,
    Granted = 2,
    Refused = 3,
}

/// <summary>
/// 引导申请法律援助: the clerk found the worker eligible and without an agent and, with the worker's consent, referred
/// the worker to legal aid (南昌方案 三(二)). Legal aid's decision comes back as an integration event.
/// </summary>
internal sealed class LegalAidReferral
{
    private LegalAidReferral()
    {
    }

    public LegalAidReferral(Guid id, DateTimeOffset consentRecordedAt, string consentRecordedBy, bool economicHardshipStated)
    {
        Id = id;
        ConsentRecordedAt = consentRecordedAt;
        ConsentRecordedBy = consentRecordedBy;
        EconomicHardshipStated = economicHardshipStated;
        Status = ReferralStatus.AwaitingDecision;
    }

    public Guid Id { get; private set; }

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

    /// <summary>When the lawyer named above was assigned: the grant's time, or a later assignment's.</summary>
    public DateTimeOffset? LawyerAssignedAt { get; private set; }

    /// <summary>The current lawyer replaced an earlier one (e.g. a conflict of interest found after the grant).</summary>
    public bool LawyerReplaced { get; private set; }

    /// <summary>Records legal aid's decision; a repeated report of the same decision changes nothing.</summary>
    public void RecordDecision(bool granted, string? refusalReason, string? lawyerName, string? lawFirm, string? lawyerPhone, DateTimeOffset decidedAt, bool decidedInTime)
    {
        if (Status != ReferralStatus.AwaitingDecision)
        {
            return;
        }

        Status = granted ? ReferralStatus.Granted : ReferralStatus.Refused;
        DecidedAt = decidedAt;
        DecidedInTime = decidedInTime;
        RefusalReason = granted ? null : refusalReason;
        if (lawyerName is not null && LawyerAssignedAt is null)
        {
            LawyerName = lawyerName;
            LawFirm = lawFirm;
            LawyerPhone = lawyerPhone;
            LawyerAssignedAt = decidedAt;
        }
    }

    /// <summary>
    /// Legal aid assigned (or replaced) the lawyer after the grant (法律援助法 第四十四条). The latest assignment wins; a
    /// repeated or older report changes nothing. Returns whether it changed the record.
    /// </summary>
    public bool RecordLawyerAssignment(string lawyerName, string lawFirm, string lawyerPhone, DateTimeOffset assignedAt, bool replaced)
    {
        if (Status == ReferralStatus.Refused || (LawyerAssignedAt is { } last && assignedAt <= last))
        {
            return false;
        }

        LawyerName = lawyerName;
        LawFirm = lawFirm;
        LawyerPhone = lawyerPhone;
        LawyerAssignedAt = assignedAt;
        LawyerReplaced = replaced;
        return true;
    }
}
