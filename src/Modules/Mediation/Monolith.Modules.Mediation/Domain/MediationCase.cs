using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Mediation.Contracts;

namespace Monolith.Modules.Mediation.Domain;

/// <summary>
/// 调解案件: an application to a mediation organisation, from registration through acceptance, sessions, the agreement
/// and its aftercare (fulfilment notice, follow-up visits, performance, confirmation), or its end without agreement.
/// Keeps its rules; the handlers start and end the deadlines that go with each step.
/// </summary>
internal sealed class MediationCase : ILinkedMatter
{
    private readonly List<CaseClaim> claims = [];
    private readonly List<MediationSession> sessions = [];
    private readonly List<CaseExpert> experts = [];
    private readonly List<FollowUpVisit> followUps = [];

    private MediationCase()
    {
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    /// <summary>1 for the first mediation case of the matter, 2 for a second, …: keeps document numbers unique.</summary>
    public int Sequence { get; private set; }

    public CaseChannel Channel { get; private set; }

    public Worker Applicant { get; private set; } = null!;

    public Employer Respondent { get; private set; } = null!;

    public IReadOnlyList<CaseClaim> Claims => claims;

    public Entrustment? Entrustment { get; private set; }

    /// <summary>The negotiation this case came from, if any.</summary>
    public Guid? NegotiationId { get; private set; }

    /// <summary>Null only for an entrusted case not yet accepted by an organisation.</summary>
    public Guid? OrganisationId { get; private set; }

    public string? OrganisationName { get; private set; }

    /// <summary>Handled by an enterprise committee: 3 working days to accept, 15 days from acceptance to conclude.</summary>
    public bool ByEnterpriseCommittee { get; private set; }

    public Guid? MediatorId { get; private set; }

    public string? MediatorName { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string RegisteredBy { get; private set; } = string.Empty;

    public CaseStatus Status { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public string? NotAcceptedReason { get; private set; }

    public DateTimeOffset? NotAcceptedAt { get; private set; }

    public IReadOnlyList<MediationSession> Sessions => sessions;

    public IReadOnlyList<CaseExpert> Experts => experts;

    public Agreement? Agreement { get; private set; }

    public IReadOnlyList<FollowUpVisit> FollowUps => followUps;

    /// <summary>Set when the performance date passed with no performance recorded: the queue shows the case as due for a visit.</summary>
    public DateTimeOffset? FollowUpDueSince { get; private set; }

    public DateOnly? PerformedOn { get; private set; }

    public DateOnly? NotPerformedOn { get; private set; }

    public string? NonPerformanceNote { get; private set; }

    public DateTimeOffset? GuidedToArbitrationAt { get; private set; }

    public PaymentOrder? PaymentOrder { get; private set; }

    public CaseLegalAidReferral? LegalAidReferral { get; private set; }

    public ConfirmationRoute? ConfirmationRoute { get; private set; }

    public JudicialConfirmation? JudicialConfirmation { get; private set; }

    public ArbitrationReview? ArbitrationReview { get; private set; }

    public MediationFailureReason? FailureReason { get; private set; }

    public string? EndNote { get; private set; }

    /// <summary>When mediation ended: the agreement took effect, or it ended without one.</summary>
    public DateTimeOffset? ConcludedAt { get; private set; }

    public string? ConcludedBy { get; private set; }

    /// <summary>When the entrusting agency was told the result.</summary>
    public DateTimeOffset? ResultReportedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => Status is CaseStatus.Received or CaseStatus.InMediation;

    public bool AllowsPaymentOrder => claims.Any(c => ClaimKinds.AllowsPaymentOrder(c.Kind));

    public string FailureText => FailureReason switch
    {
        MediationFailureReason.PeriodExpired when ByEnterpriseCommittee => "企业劳动争议调解委员会自受理调解申请之日起十五日内未能结束调解，视为调解不成",
        { } reason => FailureReasons.ChineseName(reason),
        null => string.Empty,
    };

    /// <summary>
    /// Registers an application: to a chosen organisation, or (entrusted) to be accepted by one that takes entrusted cases.
    /// </summary>
    public static MediationCase Register(
        Guid id,
        string linkageNumber,
        int sequence,
        CaseChannel channel,
        Worker applicant,
        Employer respondent,
        IEnumerable<CaseClaim> claims,
        MediationOrganisation? organisation,
        DateTimeOffset receivedAt,
        string registeredBy,
        Entrustment? entrustment = null,
        Guid? negotiationId = null)
    {
        if ((channel == CaseChannel.Entrusted) != (entrustment is not null))
        {
            throw new ArgumentException("An entrusted case, and only one, carries its entrustment.", nameof(entrustment));
        }

        if (organisation is null && channel != CaseChannel.Entrusted)
        {
            throw new BusinessRuleViolationException("mediation.organisation-required", "请选择受理调解申请的调解组织。");
        }

        if (organisation?.WhyCannotReceive(channel == CaseChannel.Entrusted) is { } refused)
        {
            throw new BusinessRuleViolationException("mediation.organisation-cannot-receive", refused);
        }

        var mediationCase = new MediationCase
        {
            Id = id,
            LinkageNumber = linkageNumber,
            Sequence = sequence,
            Channel = channel,
            Applicant = applicant,
            Respondent = respondent,
            Entrustment = entrustment,
            NegotiationId = negotiationId,
            ReceivedAt = receivedAt,
            RegisteredBy = registeredBy,
            Status = CaseStatus.Received,
        };
        mediationCase.claims.AddRange(claims);
        if (mediationCase.claims.Count == 0)
        {
            throw new BusinessRuleViolationException("mediation.no-claims", "调解申请至少应有一项请求事项。");
        }

        if (organisation is not null)
        {
            mediationCase.AssignOrganisation(organisation);
        }

        return mediationCase;
    }

    /// <summary>受理: the organisation (for an entrusted case, one that takes entrusted cases) takes the case on, with an available mediator of its own.</summary>
    public void Accept(MediationOrganisation? organisation, Mediator mediator, DateTimeOffset now)
    {
        EnsureStatus(CaseStatus.Received, "mediation.not-awaiting-acceptance", "该申请已作出受理决定。");
        if (OrganisationId is null)
        {
            if (organisation is null)
            {
                throw new BusinessRuleViolationException("mediation.organisation-required", "委托调解案件须指定承接的调解组织。");
            }

            if (organisation.WhyCannotReceive(entrusted: true) is { } refused)
            {
                throw new BusinessRuleViolationException("mediation.organisation-cannot-receive", refused);
            }

            AssignOrganisation(organisation);
        }
        else if (organisation is not null && organisation.Id != OrganisationId)
        {
            throw new BusinessRuleViolationException("mediation.other-organisation", $"该申请由{OrganisationName}受理，不能改由其他组织受理。");
        }

        if (mediator.OrganisationId != OrganisationId)
        {
            throw new BusinessRuleViolationException("mediation.mediator-of-other-organisation", $"调解员{mediator.Name}不在{OrganisationName}的名册中。");
        }

        if (!mediator.Available)
        {
            throw new BusinessRuleViolationException("mediation.mediator-unavailable", $"调解员{mediator.Name}暂停接案：{mediator.AvailabilityNote}");
        }

        Status = CaseStatus.InMediation;
        AcceptedAt = now;
        MediatorId = mediator.Id;
        MediatorName = mediator.Name;
        Version++;
    }

    /// <summary>不予受理, with the reason (e.g. not a labour dispute, the other party refuses mediation).</summary>
    public void Decline(string reason, DateTimeOffset now, string by)
    {
        EnsureStatus(CaseStatus.Received, "mediation.not-awaiting-acceptance", "该申请已作出受理决定。");
        Status = CaseStatus.NotAccepted;
        NotAcceptedReason = reason;
        NotAcceptedAt = now;
        ConcludedAt = now;
        ConcludedBy = by;
        Version++;
    }

    public void RecordSession(MediationSession session, DateTimeOffset now)
    {
        EnsureStatus(CaseStatus.InMediation, "mediation.not-in-mediation", "案件不在调解中，不能记录调解过程。");
        if (session.HeldAt > now)
        {
            throw new BusinessRuleViolationException("mediation.session-in-future", "调解时间不能晚于现在。");
        }

        if (AcceptedAt is { } accepted && session.HeldAt < accepted.AddDays(-1))
        {
            throw new BusinessRuleViolationException("mediation.session-before-acceptance", "调解时间不能早于受理时间。");
        }

        sessions.Add(session);
        Version++;
    }

    public void InviteExpert(Expert expert, Guid id, DateTimeOffset now, string by)
    {
        EnsureStatus(CaseStatus.InMediation, "mediation.not-in-mediation", "案件不在调解中，不能邀请专家。");
        if (!expert.Available)
        {
            throw new BusinessRuleViolationException("mediation.expert-unavailable", $"专家{expert.Name}暂不参与调解。");
        }

        if (experts.Any(e => e.ExpertId == expert.Id))
        {
            throw new BusinessRuleViolationException("mediation.expert-invited", $"已邀请专家{expert.Name}参与本案。");
        }

        experts.Add(new CaseExpert(id, expert.Id, expert.Name, expert.Field, now, by));
        Version++;
    }

    /// <summary>Drafts (or redrafts, while unsigned) the agreement; the performance date may not be in the past.</summary>
    public void DraftAgreement(Agreement draft, DateOnly today)
    {
        EnsureStatus(CaseStatus.InMediation, "mediation.not-in-mediation", "案件不在调解中，不能拟定调解协议。");
        if (draft.PerformanceDueDate < today)
        {
            throw new BusinessRuleViolationException("mediation.performance-date-past", "履行期限不能早于今天。");
        }

        Agreement = draft;
        Version++;
    }

    /// <summary>
    /// The parties signed (the mediator signs and the organisation seals as this is recorded): the agreement takes effect
    /// and mediation concludes with it.
    /// </summary>
    public void ConfirmAgreement(DateOnly workerSignedOn, DateOnly employerSignedOn, DateOnly today, DateTimeOffset now, string by)
    {
        EnsureStatus(CaseStatus.InMediation, "mediation.not-in-mediation", "案件不在调解中。");
        if (Agreement is null)
        {
            throw new BusinessRuleViolationException("mediation.no-agreement-draft", "请先拟定调解协议书。");
        }

        var drafted = Agreement.DraftedOn;
        foreach (var signed in new[] { workerSignedOn, employerSignedOn })
        {
            if (signed > today || signed < drafted)
            {
                throw new BusinessRuleViolationException("mediation.signature-date", $"签字日期应在协议拟定之日（{drafted:yyyy-MM-dd}）至今天之间。");
            }
        }

        Agreement = Agreement with { WorkerSignedOn = workerSignedOn, EmployerSignedOn = employerSignedOn, EffectiveAt = now, EffectiveOn = today };
        Status = CaseStatus.Agreed;
        ConcludedAt = now;
        ConcludedBy = by;
        Version++;
    }

    /// <summary>履行告知书 (任务分工方案 第31项): once, after the agreement took effect.</summary>
    public void IssueFulfilmentNotice(DateTimeOffset now, string by)
    {
        if (Agreement?.EffectiveAt is null)
        {
            throw new BusinessRuleViolationException("mediation.agreement-not-effective", "调解协议生效后方可发放履行告知书。");
        }

        if (Agreement.NoticeIssuedAt is not null)
        {
            throw new BusinessRuleViolationException("mediation.notice-issued", "履行告知书已发放。");
        }

        Agreement = Agreement with { NoticeIssuedAt = now, NoticeIssuedBy = by };
        Version++;
    }

    /// <summary>The performance date passed without performance recorded; true if this changed the case.</summary>
    public bool MarkFollowUpDue(DateTimeOffset now)
    {
        if (Status != CaseStatus.Agreed || FollowUpDueSince is not null)
        {
            return false;
        }

        FollowUpDueSince = now;
        Version++;
        return true;
    }

    /// <summary>回访, after the agreement took effect.</summary>
    public void RecordFollowUp(FollowUpVisit visit, DateOnly today)
    {
        if (Agreement?.EffectiveAt is null)
        {
            throw new BusinessRuleViolationException("mediation.agreement-not-effective", "调解协议生效后方可回访。");
        }

        if (visit.VisitedOn > today)
        {
            throw new BusinessRuleViolationException("mediation.visit-in-future", "回访日期不能晚于今天。");
        }

        followUps.Add(visit);
        FollowUpDueSince = null;
        Version++;
    }

    /// <summary>协议已履行.</summary>
    public void RecordPerformed(DateOnly performedOn, DateOnly today)
    {
        EnsureStatus(CaseStatus.Agreed, "mediation.not-awaiting-performance", "调解协议不在待履行状态。");
        var effective = Agreement!.EffectiveOn!.Value;
        if (performedOn > today || performedOn < effective)
        {
            throw new BusinessRuleViolationException("mediation.performance-date", $"履行日期应在协议生效之日（{effective:yyyy-MM-dd}）至今天之间。");
        }

        Status = CaseStatus.Performed;
        PerformedOn = performedOn;
        FollowUpDueSince = null;
        Version++;
    }

    /// <summary>
    /// 协议未履行: only once the agreed performance date has passed (《劳动争议调解仲裁法》第十五条: "在协议约定期限内不履行").
    /// </summary>
    public void RecordNotPerformed(string note, DateOnly today)
    {
        EnsureStatus(CaseStatus.Agreed, "mediation.not-awaiting-performance", "调解协议不在待履行状态。");
        if (today <= Agreement!.PerformanceDueDate)
        {
            throw new BusinessRuleViolationException(
                "mediation.performance-period-running", $"协议约定的履行期限（{Agreement.PerformanceDueDate:yyyy-MM-dd}）尚未届满，不能认定为不履行。");
        }

        Status = CaseStatus.NotPerformed;
        NotPerformedOn = today;
        NonPerformanceNote = note;
        FollowUpDueSince = null;
        Version++;
    }

    /// <summary>Path 1 on non-performance: the worker is guided to apply for arbitration (第十五条).</summary>
    public void GuideToArbitration(DateTimeOffset now)
    {
        EnsureStatus(CaseStatus.NotPerformed, "mediation.not-unperformed", "仅调解协议未履行的，方可引导申请仲裁。");
        if (GuidedToArbitrationAt is not null)
        {
            throw new BusinessRuleViolationException("mediation.guided-to-arbitration", "已引导劳动者申请仲裁。");
        }

        GuidedToArbitrationAt = now;
        Version++;
    }

    /// <summary>Path 2: a payment order, for an agreement on wages, medical expenses, compensation or damages (第十六条).</summary>
    public void ApplyForPaymentOrder(string court, DateOnly appliedOn, DateOnly today)
    {
        EnsureStatus(CaseStatus.NotPerformed, "mediation.not-unperformed", "仅调解协议未履行的，方可申请支付令。");
        if (!AllowsPaymentOrder)
        {
            throw new BusinessRuleViolationException(
                "mediation.payment-order-not-available", "仅就支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成调解协议的，方可申请支付令。");
        }

        if (PaymentOrder is not null)
        {
            throw new BusinessRuleViolationException("mediation.payment-order-applied", "已申请支付令。");
        }

        EnsureDateBetween(appliedOn, NotPerformedOn!.Value, today, "申请日期");
        PaymentOrder = new PaymentOrder(court, appliedOn);
        Version++;
    }

    /// <summary>The court's and the debtor's steps on the payment order, in order.</summary>
    public void RecordPaymentOrderStep(PaymentOrderStage stage, DateOnly on, DateOnly? debtorServedOn, DateOnly today)
    {
        var order = PaymentOrder ?? throw new BusinessRuleViolationException("mediation.no-payment-order", "尚未申请支付令。");
        var expected = order.Stage switch
        {
            PaymentOrderStage.Applied => new[] { PaymentOrderStage.Accepted, PaymentOrderStage.NotAccepted },
            PaymentOrderStage.Accepted => [PaymentOrderStage.Issued],
            PaymentOrderStage.Issued => [PaymentOrderStage.Paid, PaymentOrderStage.Objected],
            _ => [],
        };
        if (!expected.Contains(stage))
        {
            throw new BusinessRuleViolationException("mediation.payment-order-step", $"支付令当前状态为“{MediationNamesForDomain.PaymentOrderStage(order.Stage)}”，不能记录“{MediationNamesForDomain.PaymentOrderStage(stage)}”。");
        }

        var previous = order.ResultOn ?? order.IssuedOn ?? order.AcceptanceOn ?? order.AppliedOn;
        EnsureDateBetween(on, previous, today, "日期");
        order = stage switch
        {
            PaymentOrderStage.Accepted or PaymentOrderStage.NotAccepted => order with { Stage = stage, AcceptanceOn = on },
            PaymentOrderStage.Issued => order with
            {
                Stage = stage,
                IssuedOn = on,
                DebtorServedOn = debtorServedOn is { } served && served >= on && served <= today
                    ? served
                    : throw new BusinessRuleViolationException("mediation.debtor-served", "请填写支付令送达债务人的日期（不早于发出之日，不晚于今天）。"),
            },
            _ => order with { Stage = stage, ResultOn = on },
        };
        PaymentOrder = order;
        Version++;
    }

    /// <summary>Path 3: a referral to legal aid, with the worker's consent; once while one is pending or granted.</summary>
    public void ReferToLegalAid(Guid referralId, DateTimeOffset now, string by)
    {
        EnsureStatus(CaseStatus.NotPerformed, "mediation.not-unperformed", "仅调解协议未履行的，方可转介法律援助。");
        if (LegalAidReferral is { Granted: null or true })
        {
            throw new BusinessRuleViolationException("mediation.referral-exists", LegalAidReferral.Granted is null ? "已转介法律援助机构，正在等待审查结果。" : "法律援助机构已决定给予法律援助。");
        }

        LegalAidReferral = new CaseLegalAidReferral(referralId, now, by);
        Version++;
    }

    /// <summary>Legal aid's decision; false if the referral is not this case's. A repeated report changes nothing.</summary>
    public bool RecordLegalAidDecision(Guid referralId, bool granted, string? lawyerName, string? lawFirm, string? lawyerPhone, string? refusalReason, DateTimeOffset decidedAt, bool decidedInTime)
    {
        if (LegalAidReferral?.ReferralId != referralId)
        {
            return false;
        }

        if (LegalAidReferral.Granted is null)
        {
            LegalAidReferral = LegalAidReferral with
            {
                Granted = granted,
                LawyerName = lawyerName,
                LawFirm = lawFirm,
                LawyerPhone = lawyerPhone,
                RefusalReason = granted ? null : refusalReason,
                DecidedAt = decidedAt,
                DecidedInTime = decidedInTime,
                LawyerAssignedAt = lawyerName is null ? null : decidedAt,
            };
            Version++;
        }

        return true;
    }

    /// <summary>
    /// Legal aid assigned or replaced the lawyer after the grant; false if the referral is not this case's. Applied only
    /// when newer than the lawyer shown (a repeated report changes nothing); it implies the aid is granted.
    /// </summary>
    public bool RecordLegalAidLawyer(Guid referralId, string lawyerName, string lawFirm, string lawyerPhone, DateTimeOffset assignedAt)
    {
        if (LegalAidReferral?.ReferralId != referralId)
        {
            return false;
        }

        if (LegalAidReferral.LawyerAssignedAt is not { } known || known < assignedAt)
        {
            LegalAidReferral = LegalAidReferral with
            {
                Granted = true,
                RefusalReason = null,
                LawyerName = lawyerName,
                LawFirm = lawFirm,
                LawyerPhone = lawyerPhone,
                LawyerAssignedAt = assignedAt,
            };
            Version++;
        }

        return true;
    }

    /// <summary>The parties apply to the court for judicial confirmation (after the agreement took effect).</summary>
    public void ApplyForJudicialConfirmation(string court, DateOnly appliedOn, DateOnly today)
    {
        EnsureConfirmationOpen();
        var effective = Agreement!.EffectiveOn!.Value;
        EnsureDateBetween(appliedOn, effective, today, "申请日期");
        ConfirmationRoute = Domain.ConfirmationRoute.JudicialConfirmation;
        JudicialConfirmation = new JudicialConfirmation(court, appliedOn);
        Version++;
    }

    /// <summary>The court accepted the application or declined it.</summary>
    public void RecordCourtAcceptance(bool accepted, DateOnly on, DateOnly today)
    {
        var confirmation = JudicialConfirmation is { Accepted: null } pending
            ? pending
            : throw new BusinessRuleViolationException("mediation.no-pending-confirmation", "没有等待法院受理的司法确认申请。");
        EnsureDateBetween(on, confirmation.AppliedOn, today, "受理日期");
        JudicialConfirmation = confirmation with { Accepted = accepted, AcceptanceOn = on };
        Version++;
    }

    /// <summary>The court's ruling: the agreement confirmed, or not (with the court's reason).</summary>
    public void RecordConfirmationRuling(bool confirmed, DateOnly on, string? note, DateOnly today)
    {
        var confirmation = JudicialConfirmation is { Accepted: true, Confirmed: null } accepted
            ? accepted
            : throw new BusinessRuleViolationException("mediation.no-accepted-confirmation", "法院尚未受理司法确认申请，或已作出裁定。");
        EnsureDateBetween(on, confirmation.AcceptanceOn!.Value, today, "裁定日期");
        JudicialConfirmation = confirmation with { Confirmed = confirmed, RuledOn = on, Note = note };
        Version++;
    }

    /// <summary>The parties apply for arbitration review; the application goes to the arbitration institution.</summary>
    public void RequestArbitrationReview(Guid requestId, DateTimeOffset now, string by)
    {
        EnsureConfirmationOpen();
        ConfirmationRoute = Domain.ConfirmationRoute.ArbitrationReview;
        ArbitrationReview = new ArbitrationReview(requestId, now, by);
        Version++;
    }

    /// <summary>The arbitration institution's decision; false if it is not about this case's application.</summary>
    public bool RecordArbitrationReviewDecision(Guid requestId, ArbitrationReviewDecision decision, bool appliedInTime, string? reason, string? documentNumber, DateTimeOffset decidedAt)
    {
        if (ArbitrationReview?.RequestId != requestId)
        {
            return false;
        }

        if (ArbitrationReview.Decision is null)
        {
            ArbitrationReview = ArbitrationReview with
            {
                Decision = decision,
                AppliedInTime = appliedInTime,
                Reason = reason,
                DocumentNumber = documentNumber,
                DecidedAt = decidedAt,
            };
            Version++;
        }

        return true;
    }

    /// <summary>The parties do not seek confirmation.</summary>
    public void DeclineConfirmation()
    {
        EnsureConfirmationOpen();
        ConfirmationRoute = Domain.ConfirmationRoute.NotSought;
        Version++;
    }

    /// <summary>调解终结 without an agreement, recorded by the mediator (not for the period's expiry: see <see cref="Expire"/>).</summary>
    public void EndWithoutAgreement(MediationFailureReason reason, string? note, DateTimeOffset now, string by)
    {
        if (reason is not (MediationFailureReason.NoAgreement or MediationFailureReason.Withdrawn))
        {
            throw new BusinessRuleViolationException("mediation.end-reason", "请选择终结调解的原因：调解不成，或申请人撤回申请。");
        }

        if (!IsOpen)
        {
            throw new BusinessRuleViolationException("mediation.not-open", "案件已结束，不能再终结调解。");
        }

        Fail(reason, note, now, by);
    }

    /// <summary>The mediation period ran out without an agreement (第十四条第三款; for a committee, 逾期视为调解不成).</summary>
    public bool Expire(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return false;
        }

        Fail(MediationFailureReason.PeriodExpired, null, now, "system");
        return true;
    }

    public void MarkResultReported(DateTimeOffset now) => ResultReportedAt ??= now;

    private void Fail(MediationFailureReason reason, string? note, DateTimeOffset now, string by)
    {
        Status = CaseStatus.Failed;
        FailureReason = reason;
        EndNote = note;
        ConcludedAt = now;
        ConcludedBy = by;
        Version++;
    }

    private void AssignOrganisation(MediationOrganisation organisation)
    {
        OrganisationId = organisation.Id;
        OrganisationName = organisation.Name;
        ByEnterpriseCommittee = organisation.IsEnterpriseCommittee;
    }

    private void EnsureConfirmationOpen()
    {
        if (Agreement?.EffectiveAt is null)
        {
            throw new BusinessRuleViolationException("mediation.agreement-not-effective", "调解协议生效后方可申请确认。");
        }

        if (ConfirmationRoute is not null)
        {
            throw new BusinessRuleViolationException("mediation.confirmation-chosen", "已选择确认途径，不能重复申请。");
        }
    }

    private void EnsureStatus(CaseStatus status, string code, string message)
    {
        if (Status != status)
        {
            throw new BusinessRuleViolationException(code, message);
        }
    }

    private static void EnsureDateBetween(DateOnly date, DateOnly earliest, DateOnly today, string what)
    {
        if (date < earliest || date > today)
        {
            throw new BusinessRuleViolationException("mediation.date-out-of-range", $"{what}应在{earliest:yyyy-MM-dd}至今天之间。");
        }
    }
}

/// <summary>Names the domain's messages need.</summary>
internal static class MediationNamesForDomain
{
    public static string PaymentOrderStage(PaymentOrderStage stage) => stage switch
    {
        Domain.PaymentOrderStage.Applied => "已申请",
        Domain.PaymentOrderStage.NotAccepted => "法院不予受理",
        Domain.PaymentOrderStage.Accepted => "法院已受理",
        Domain.PaymentOrderStage.Issued => "已发出支付令",
        Domain.PaymentOrderStage.Paid => "债务人已清偿",
        Domain.PaymentOrderStage.Objected => "债务人提出异议",
        _ => stage.ToString(),
    };
}
