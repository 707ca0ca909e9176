using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Arbitration.Domain;

internal enum ApplicationStatus
{
    /// <summary>登记: received, acceptance not yet decided.</summary>
    Registered = 1,

    /// <summary>受理并立案.</summary>
    Filed = 2,

    /// <summary>不予受理, with written reasons.</summary>
    Rejected = 3,

    /// <summary>
    /// 联动转来待确认: another agency of the linkage mechanism sent the worker's dispute here (e.g. labour inspection after
    /// the employer refused to negotiate). Not yet an application in law: the worker confirms it at the commission, and
    /// only then is it received and the acceptance period running.
    /// </summary>
    Draft = 4,

    /// <summary>结案（裁决）: the final award is made.</summary>
    Awarded = 5,

    /// <summary>结案（调解）: the parties settled before the tribunal; 仲裁调解书.</summary>
    Mediated = 6,
}

/// <summary>Where a draft of the linkage channel came from (<see cref="ApplicationStatus.Draft"/>).</summary>
/// <param name="ReliefFirstSoughtOn">When the worker first asked a competent department for relief: the date that interrupted the limitation period.</param>
internal sealed record LinkageReferral(
    Guid ReferralId, string AgencyName, string CaseReference, string Reason, DateOnly? ReliefFirstSoughtOn, DateTimeOffset ReferredAt, string ReferredBy);

/// <summary>How the application reached the commission (洪司发〔2022〕32号 三(五) binds linkage cases only).</summary>
internal enum ApplicationChannel
{
    /// <summary>直接申请: the worker applied to the commission directly.</summary>
    Direct = 0,

    /// <summary>
    /// 联动机制转来: through the linkage mechanism, e.g. referred by the joint window (劳动者联动维权服务窗口), by labour
    /// inspection after the employer refused to negotiate, or by the union's or legal aid's platform.
    /// </summary>
    Linkage = 1,
}

/// <summary>仲裁申请: a worker's application against an employer, with its claims and any referral to legal aid.</summary>
internal sealed partial class ArbitrationApplication : ILinkedMatter
{
    private readonly List<Claim> claims = [];
    private readonly List<LegalAidReferral> referrals = [];

    private ArbitrationApplication()
    {
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public Worker Applicant { get; private set; } = null!;

    public Employer Respondent { get; private set; } = null!;

    public IReadOnlyList<Claim> Claims => claims;

    public IReadOnlyList<LegalAidReferral> Referrals => referrals;

    public DateTimeOffset ReceivedAt { get; private set; }

    public ApplicationChannel Channel { get; private set; }

    public string RegisteredBy { get; private set; } = string.Empty;

    public ApplicationStatus Status { get; private set; }

    public DateTimeOffset? AcceptanceDecidedAt { get; private set; }

    public string? AcceptanceDecidedBy { get; private set; }

    public string? RejectionReason { get; private set; }

    public OneTimeNotice? Notice { get; private set; }

    /// <summary>The referral a draft of the linkage channel came from; null for an application registered here.</summary>
    public LinkageReferral? LinkedFrom { get; private set; }

    /// <summary>Optimistic-concurrency token: every change bumps it, so two concurrent changes cannot both win.</summary>
    public int Version { get; private set; }

    public static ArbitrationApplication Register(
        Guid id,
        string linkageNumber,
        Worker applicant,
        Employer respondent,
        IEnumerable<Claim> claims,
        DateTimeOffset receivedAt,
        string registeredBy,
        ApplicationChannel channel = ApplicationChannel.Direct)
    {
        var application = new ArbitrationApplication
        {
            Id = id,
            LinkageNumber = linkageNumber,
            Applicant = applicant,
            Respondent = respondent,
            ReceivedAt = receivedAt,
            Channel = channel,
            RegisteredBy = registeredBy,
            Status = ApplicationStatus.Registered,
        };
        application.claims.AddRange(claims);
        for (var i = 0; i < application.claims.Count; i++)
        {
            application.claims[i].Number(i + 1);
        }

        if (application.claims.Count == 0)
        {
            throw new BusinessRuleViolationException("arbitration.no-claims", "仲裁申请至少应有一项仲裁请求。");
        }

        return application;
    }

    /// <summary>
    /// A draft of the linkage channel, under the linkage number the referring agency gave the matter. It becomes an
    /// application when the worker confirms it (<see cref="ConfirmDraft"/>).
    /// </summary>
    public static ArbitrationApplication DraftFromLinkage(
        Guid id, string linkageNumber, Worker applicant, Employer respondent, IEnumerable<Claim> claims, LinkageReferral linkedFrom)
    {
        var draft = Register(id, linkageNumber, applicant, respondent, claims, linkedFrom.ReferredAt, linkedFrom.AgencyName, ApplicationChannel.Linkage);
        draft.Status = ApplicationStatus.Draft;
        draft.LinkedFrom = linkedFrom;
        return draft;
    }

    /// <summary>The worker confirmed the draft at the commission: from now on it is an application received, awaiting acceptance.</summary>
    public void ConfirmDraft(DateTimeOffset receivedAt, string confirmedBy)
    {
        if (Status != ApplicationStatus.Draft)
        {
            throw new BusinessRuleViolationException("arbitration.not-a-draft", "该申请不是待确认的联动转来申请。");
        }

        Status = ApplicationStatus.Registered;
        ReceivedAt = receivedAt;
        RegisteredBy = confirmedBy;
        Version++;
    }

    /// <summary>
    /// Refers the worker to legal aid. Only with the worker's consent (checked by the caller's validation), only when
    /// the worker has no agent, and only once while a referral is pending or granted.
    /// </summary>
    public LegalAidReferral ReferToLegalAid(Guid referralId, bool workerHasNoAgent, bool economicHardshipStated, DateTimeOffset consentRecordedAt, string recordedBy)
    {
        if (!workerHasNoAgent)
        {
            throw new BusinessRuleViolationException("arbitration.worker-has-agent", "劳动者已委托代理人，不符合引导申请法律援助的条件。");
        }

        if (referrals.Any(r => r.Status == ReferralStatus.AwaitingDecision))
        {
            throw new BusinessRuleViolationException("arbitration.referral-pending", "已转介法律援助机构，正在等待审查结果。");
        }

        if (referrals.Any(r => r.Status == ReferralStatus.Granted))
        {
            throw new BusinessRuleViolationException("arbitration.legal-aid-granted", "法律援助机构已决定给予法律援助，无需再次转介。");
        }

        var referral = new LegalAidReferral(referralId, consentRecordedAt, recordedBy, economicHardshipStated);
        referrals.Add(referral);
        Version++;
        return referral;
    }

    /// <summary>受理并立案.</summary>
    public void File(DateTimeOffset decidedAt, string decidedBy, string caseNumber, DateOnly acceptedOn)
    {
        EnsureAwaitingAcceptance();
        EnsureNoSupplementPending();
        Status = ApplicationStatus.Filed;
        CaseNumber = caseNumber;
        AcceptedOn = acceptedOn;
        AwardClockStart = acceptedOn;
        AwardClockStartReason = "受理之日";
        Version++;
        AcceptanceDecidedAt = decidedAt;
        AcceptanceDecidedBy = decidedBy;
    }

    /// <summary>不予受理: the decision must state its reasons in writing (调解仲裁法 第二十九条).</summary>
    public void Reject(string reason, DateTimeOffset decidedAt, string decidedBy)
    {
        EnsureAwaitingAcceptance();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleViolationException("arbitration.rejection-needs-reason", "不予受理应当书面说明理由。");
        }

        EnsureNoSupplementPending();
        Status = ApplicationStatus.Rejected;
        Version++;
        RejectionReason = reason;
        AcceptanceDecidedAt = decidedAt;
        AcceptanceDecidedBy = decidedBy;
    }

    /// <summary>Issues the one-time notice; only for a filed case, and only once.</summary>
    public void IssueOneTimeNotice(OneTimeNotice notice)
    {
        if (Status != ApplicationStatus.Filed)
        {
            throw new BusinessRuleViolationException("arbitration.not-filed", "案件尚未立案，不能发出一次性告知。");
        }

        if (Notice is not null)
        {
            throw new BusinessRuleViolationException("arbitration.notice-issued", "一次性告知已发出。");
        }

        Notice = notice;
        Version++;
    }

    /// <summary>Legal aid's decision on one of this application's referrals; false if the referral is not ours.</summary>
    public bool RecordLegalAidDecision(
        Guid referralId, bool granted, string? refusalReason, string? lawyerName, string? lawFirm, string? lawyerPhone, DateTimeOffset decidedAt, bool decidedInTime)
    {
        var referral = referrals.SingleOrDefault(r => r.Id == referralId);
        if (referral is null)
        {
            return false;
        }

        if (referral.Status == ReferralStatus.AwaitingDecision)
        {
            referral.RecordDecision(granted, refusalReason, lawyerName, lawFirm, lawyerPhone, decidedAt, decidedInTime);
            Version++;
        }

        return true;
    }

    /// <summary>Legal aid assigned a lawyer on one of the application's referrals: the worker's agent from then on.</summary>
    public bool RecordLegalAidLawyer(Guid referralId, string lawyerName, string lawFirm, string lawyerPhone, DateTimeOffset assignedAt, bool replaced)
    {
        var referral = referrals.SingleOrDefault(r => r.Id == referralId);
        if (referral is null || !referral.RecordLawyerAssignment(lawyerName, lawFirm, lawyerPhone, assignedAt, replaced))
        {
            return false;
        }

        Version++;
        return true;
    }

    private void EnsureAwaitingAcceptance()
    {
        if (Status != ApplicationStatus.Registered)
        {
            throw new BusinessRuleViolationException("arbitration.acceptance-decided", "该申请已作出受理决定。");
        }
    }
}
