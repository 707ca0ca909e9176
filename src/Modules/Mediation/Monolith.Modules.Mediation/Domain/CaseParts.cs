using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Mediation.Contracts;

namespace Monolith.Modules.Mediation.Domain;

/// <summary>How the application reached the organisation.</summary>
internal enum CaseChannel
{
    /// <summary>直接申请: the worker (or both parties) applied to the organisation.</summary>
    Direct = 1,

    /// <summary>窗口引导: guided from the joint service window.</summary>
    Window = 2,

    /// <summary>委托调解 / 建议调解: entrusted by the arbitration institution or a court.</summary>
    Entrusted = 3,

    /// <summary>和解协议未履行（或协商不成）转调解 (任务分工方案 第23项).</summary>
    FromNegotiation = 4,
}

internal enum CaseStatus
{
    /// <summary>待受理.</summary>
    Received = 1,

    /// <summary>调解中 (accepted).</summary>
    InMediation = 2,

    /// <summary>不予受理.</summary>
    NotAccepted = 3,

    /// <summary>已达成调解协议, awaiting performance.</summary>
    Agreed = 4,

    /// <summary>协议已履行.</summary>
    Performed = 5,

    /// <summary>协议未履行.</summary>
    NotPerformed = 6,

    /// <summary>调解终结 without an agreement.</summary>
    Failed = 7,
}

/// <summary>Where an entrusted case came from; its result goes back there.</summary>
/// <summary>
/// Who entrusted the case: a module of the platform (its code name; the result is reported to it by an event), or a
/// court (<see cref="Entrustments.ByCourt"/>: no module; the organisation answers the court by letter).
/// </summary>
internal sealed record Entrustment(
    Guid EntrustmentId, EntrustmentKind Kind, string EntrustingModule, string EntrustingAgencyName, string CaseReference, DateTimeOffset EntrustedAt, string EntrustedBy);

internal static class Entrustments
{
    /// <summary>The entrusting module of a case a court assigned (委派调解): none.</summary>
    public const string ByCourt = "";

    public static bool IsByCourt(this Entrustment entrustment) => entrustment.EntrustingModule.Length == 0;
}

/// <summary>调解记录: one mediation session.</summary>
internal sealed class MediationSession
{
    private MediationSession()
    {
    }

    public MediationSession(Guid id, DateTimeOffset heldAt, string place, string participants, string summary, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        HeldAt = heldAt;
        Place = place;
        Participants = participants;
        Summary = summary;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset HeldAt { get; private set; }

    public string Place { get; private set; } = string.Empty;

    public string Participants { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public string RecordedBy { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>An expert of the shared pool taking part in the case.</summary>
internal sealed class CaseExpert
{
    private CaseExpert()
    {
    }

    public CaseExpert(Guid id, Guid expertId, string name, string field, DateTimeOffset invitedAt, string invitedBy)
    {
        Id = id;
        ExpertId = expertId;
        Name = name;
        Field = field;
        InvitedAt = invitedAt;
        InvitedBy = invitedBy;
    }

    public Guid Id { get; private set; }

    public Guid ExpertId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Field { get; private set; } = string.Empty;

    public DateTimeOffset InvitedAt { get; private set; }

    public string InvitedBy { get; private set; } = string.Empty;
}

internal enum FollowUpMethod
{
    Phone = 1,
    Visit = 2,
    Other = 3,
}

/// <summary>What the follow-up found about the agreement's performance.</summary>
internal enum PerformanceFinding
{
    /// <summary>已履行完毕.</summary>
    Performed = 1,

    /// <summary>部分履行.</summary>
    PartlyPerformed = 2,

    /// <summary>尚未履行.</summary>
    NotYetPerformed = 3,
}

/// <summary>回访 (任务分工方案 第30项: 回访反馈).</summary>
internal sealed class FollowUpVisit
{
    private FollowUpVisit()
    {
    }

    public FollowUpVisit(Guid id, DateOnly visitedOn, FollowUpMethod method, PerformanceFinding finding, string? notes, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        VisitedOn = visitedOn;
        Method = method;
        Finding = finding;
        Notes = notes;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public DateOnly VisitedOn { get; private set; }

    public FollowUpMethod Method { get; private set; }

    public PerformanceFinding Finding { get; private set; }

    public string? Notes { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>
/// 调解协议书: drafted by the mediator, effective once both parties have signed and it bears the mediator's signature
/// and the organisation's seal (《劳动争议调解仲裁法》第十四条第二款), recorded here as <see cref="EffectiveAt"/>.
/// </summary>
/// <param name="CapacityNote">履约能力评估 (任务分工方案 第31项): the mediator's note on the employer's ability to perform.</param>
internal sealed record Agreement(
    string Terms,
    decimal? AgreedAmount,
    DateOnly PerformanceDueDate,
    string PerformanceMethod,
    string CapacityNote,
    DateOnly DraftedOn,
    DateTimeOffset DraftedAt,
    string DraftedBy)
{
    public DateOnly? WorkerSignedOn { get; init; }

    public DateOnly? EmployerSignedOn { get; init; }

    public DateTimeOffset? EffectiveAt { get; init; }

    /// <summary>The day it took effect (local date of <see cref="EffectiveAt"/>): the confirmation windows run from it.</summary>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>履行告知书 issued to the parties (第31项).</summary>
    public DateTimeOffset? NoticeIssuedAt { get; init; }

    public string? NoticeIssuedBy { get; init; }
}

internal enum ConfirmationRoute
{
    /// <summary>申请司法确认 (《人民调解法》第三十三条).</summary>
    JudicialConfirmation = 1,

    /// <summary>申请仲裁审查确认 (《劳动人事争议仲裁办案规则》第七十四条).</summary>
    ArbitrationReview = 2,

    /// <summary>当事人不申请确认.</summary>
    NotSought = 3,
}

/// <summary>司法确认: the parties' application to the court and the court's steps, as the mediator records them.</summary>
internal sealed record JudicialConfirmation(string Court, DateOnly AppliedOn)
{
    public bool? Accepted { get; init; }

    public DateOnly? AcceptanceOn { get; init; }

    public bool? Confirmed { get; init; }

    public DateOnly? RuledOn { get; init; }

    public string? Note { get; init; }
}

/// <summary>仲裁审查确认: the application sent to the arbitration institution, and its decision when it comes back.</summary>
internal sealed record ArbitrationReview(Guid RequestId, DateTimeOffset AppliedAt, string AppliedBy)
{
    public ArbitrationReviewDecision? Decision { get; init; }

    public bool? AppliedInTime { get; init; }

    public string? Reason { get; init; }

    public string? DocumentNumber { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }
}

internal enum PaymentOrderStage
{
    /// <summary>已向人民法院申请支付令.</summary>
    Applied = 1,

    /// <summary>人民法院不予受理.</summary>
    NotAccepted = 2,

    /// <summary>人民法院已受理.</summary>
    Accepted = 3,

    /// <summary>人民法院已发出支付令，送达债务人.</summary>
    Issued = 4,

    /// <summary>债务人已清偿.</summary>
    Paid = 5,

    /// <summary>债务人提出书面异议 (支付令失效，可申请仲裁或起诉).</summary>
    Objected = 6,
}

/// <summary>支付令 (《劳动争议调解仲裁法》第十六条; 《民事诉讼法》第二百二十五至二百二十八条) as the mediator follows it for the worker.</summary>
internal sealed record PaymentOrder(string Court, DateOnly AppliedOn)
{
    public PaymentOrderStage Stage { get; init; } = PaymentOrderStage.Applied;

    public DateOnly? AcceptanceOn { get; init; }

    public DateOnly? IssuedOn { get; init; }

    public DateOnly? DebtorServedOn { get; init; }

    public DateOnly? ResultOn { get; init; }
}

/// <summary>转介法律援助 on non-performance, and legal aid's decision when it comes back.</summary>
internal sealed record CaseLegalAidReferral(Guid ReferralId, DateTimeOffset ReferredAt, string ReferredBy)
{
    public bool? Granted { get; init; }

    public string? LawyerName { get; init; }

    public string? LawFirm { get; init; }

    public string? LawyerPhone { get; init; }

    public string? RefusalReason { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public bool? DecidedInTime { get; init; }

    /// <summary>When the lawyer shown was assigned (the decision's time when the decision named the lawyer).</summary>
    public DateTimeOffset? LawyerAssignedAt { get; init; }
}

internal static class FailureReasons
{
    public static string ChineseName(MediationFailureReason reason) => reason switch
    {
        MediationFailureReason.NoAgreement => "经调解，双方未能达成调解协议",
        MediationFailureReason.PeriodExpired => "自调解组织收到调解申请之日起十五日内未达成调解协议",
        MediationFailureReason.Withdrawn => "申请人撤回调解申请",
        MediationFailureReason.AgreementNotPerformed => "达成调解协议后，一方当事人在协议约定期限内不履行调解协议",
        _ => reason.ToString(),
    };
}
