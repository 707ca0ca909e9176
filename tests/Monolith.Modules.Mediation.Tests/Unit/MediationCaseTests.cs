using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;

namespace Monolith.Modules.Mediation.Tests.Unit;

/// <summary>The case's own rules, without a database: acceptance, the agreement, performance paths and confirmation.</summary>
public sealed class MediationCaseTests
{
    private static readonly DateTimeOffset Now = TestKit.Monday;
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void A_direct_application_needs_an_organisation_that_can_receive_it()
    {
        Assert.Equal("mediation.organisation-required", Assert.Throws<BusinessRuleViolationException>(() => Register(null)).Code);
        var unfiled = MediationOrganisation.Register(Guid.NewGuid(), "未备案调解室", OrganisationKind.TownshipStreet, "360113", null, null, null, false, Now);
        Assert.Equal("mediation.organisation-cannot-receive", Assert.Throws<BusinessRuleViolationException>(() => Register(unfiled)).Code);
    }

    [Fact]
    public void An_enterprise_committee_case_knows_it_is_one()
    {
        Assert.True(Register(Organisation(OrganisationKind.EnterpriseCommittee)).ByEnterpriseCommittee);
        Assert.False(Register(Organisation()).ByEnterpriseCommittee);
    }

    [Fact]
    public void Only_an_available_mediator_of_the_cases_organisation_is_assigned()
    {
        var organisation = Organisation();
        var mediationCase = Register(organisation);
        var stranger = Mediator.Add(Guid.NewGuid(), Guid.NewGuid(), "外组织调解员", "17012345678", MediatorQualifications.Lawyer, Now);
        Assert.Equal("mediation.mediator-of-other-organisation", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.Accept(null, stranger, Now)).Code);

        var ours = Mediator.Add(Guid.NewGuid(), organisation.Id, "本组织调解员", "17012345678", MediatorQualifications.Lawyer, Now);
        ours.SetAvailability(false, "休假");
        Assert.Equal("mediation.mediator-unavailable", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.Accept(null, ours, Now)).Code);

        ours.SetAvailability(true, null);
        mediationCase.Accept(null, ours, Now);
        Assert.Equal(CaseStatus.InMediation, mediationCase.Status);
        Assert.Equal("本组织调解员", mediationCase.MediatorName);
        Assert.Equal("mediation.not-awaiting-acceptance", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.Decline("x", Now, "m")).Code);
    }

    [Fact]
    public void An_entrusted_case_is_accepted_only_by_an_organisation_that_takes_entrusted_cases()
    {
        var mediationCase = Entrusted();
        var township = Organisation();
        var townshipMediator = Mediator.Add(Guid.NewGuid(), township.Id, "甲", "17012345678", MediatorQualifications.Lawyer, Now);
        Assert.Equal("mediation.organisation-cannot-receive", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.Accept(township, townshipMediator, Now)).Code);
        Assert.Equal("mediation.organisation-required", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.Accept(null, townshipMediator, Now)).Code);

        var centre = Organisation(OrganisationKind.ArbitrationCentre, entrusted: true);
        mediationCase.Accept(centre, Mediator.Add(Guid.NewGuid(), centre.Id, "乙", "17012345678", MediatorQualifications.Arbitrator, Now), Now);

        Assert.Equal(centre.Id, mediationCase.OrganisationId);
        Assert.Equal(CaseStatus.InMediation, mediationCase.Status);
    }

    [Fact]
    public void The_agreement_takes_effect_only_once_drafted_and_signed_on_plausible_days()
    {
        var mediationCase = Accepted();
        Assert.Equal("mediation.no-agreement-draft", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.ConfirmAgreement(Today, Today, Today, Now, "m")).Code);
        Assert.Equal("mediation.performance-date-past", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.DraftAgreement(Draft(Today.AddDays(-1)), Today)).Code);

        mediationCase.DraftAgreement(Draft(new DateOnly(2026, 3, 20)), Today);
        Assert.Equal("mediation.signature-date", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.ConfirmAgreement(Today.AddDays(1), Today, Today, Now, "m")).Code);
        Assert.Equal("mediation.signature-date", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.ConfirmAgreement(Today, Today.AddDays(-1), Today, Now, "m")).Code);

        mediationCase.ConfirmAgreement(Today, Today, Today, Now, "m");
        Assert.Equal(CaseStatus.Agreed, mediationCase.Status);
        Assert.Equal(Now, mediationCase.Agreement!.EffectiveAt);
        Assert.Equal(Now, mediationCase.ConcludedAt);
        Assert.Equal("mediation.not-in-mediation", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.DraftAgreement(Draft(Today), Today)).Code);
    }

    [Fact]
    public void The_fulfilment_notice_is_issued_once_after_the_agreement_took_effect()
    {
        var mediationCase = Accepted();
        Assert.Equal("mediation.agreement-not-effective", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.IssueFulfilmentNotice(Now, "m")).Code);
        Agree(mediationCase);

        mediationCase.IssueFulfilmentNotice(Now, "m");

        Assert.Equal(Now, mediationCase.Agreement!.NoticeIssuedAt);
        Assert.Equal("mediation.notice-issued", Assert.Throws<BusinessRuleViolationException>(() => mediationCase.IssueFulfilmentNotice(Now, "m")).Code);
    }

    [Fact]
    public void Non_performance_is_recorded_only_after_the_agreed_date_has_passed()
    {
        var mediationCase = Agree(Accepted()); // performance due 2026-03-20

        var refused = Assert.Throws<BusinessRuleViolationException>(() => mediationCase.RecordNotPerformed("未付款", new DateOnly(2026, 3, 20)));
        Assert.Equal("mediation.performance-period-running", refused.Code);
        Assert.Equal(CaseStatus.Agreed, mediationCase.Status);

        mediationCase.RecordNotPerformed("未付款", new DateOnly(2026, 3, 21));
        Assert.Equal(CaseStatus.NotPerformed, mediationCase.Status);
    }

    [Fact]
    public void A_follow_up_clears_the_due_mark_and_performance_closes_the_case()
    {
        var mediationCase = Agree(Accepted());
        Assert.True(mediationCase.MarkFollowUpDue(Now));
        Assert.False(mediationCase.MarkFollowUpDue(Now));

        mediationCase.RecordFollowUp(new FollowUpVisit(Guid.NewGuid(), Today, FollowUpMethod.Phone, PerformanceFinding.Performed, null, "m", Now), Today);
        Assert.Null(mediationCase.FollowUpDueSince);
        Assert.Throws<BusinessRuleViolationException>(() => mediationCase.RecordPerformed(Today.AddDays(1), Today));

        mediationCase.RecordPerformed(Today, Today);
        Assert.Equal(CaseStatus.Performed, mediationCase.Status);
        Assert.False(mediationCase.MarkFollowUpDue(Now));
    }

    [Fact]
    public void A_payment_order_is_only_for_wage_medical_compensation_or_damages_agreements_and_follows_the_courts_steps_in_order()
    {
        var social = NotPerformed(Accepted(claims: new CaseClaim(Guid.NewGuid(), MediationClaimKind.SocialInsurance, null, "补缴社保")));
        Assert.Equal("mediation.payment-order-not-available", Assert.Throws<BusinessRuleViolationException>(() => social.ApplyForPaymentOrder("某区法院", Later, Later)).Code);

        var wages = NotPerformed(Accepted());
        Assert.Equal("mediation.no-payment-order", Assert.Throws<BusinessRuleViolationException>(() => wages.RecordPaymentOrderStep(PaymentOrderStage.Accepted, Later, null, Later)).Code);
        wages.ApplyForPaymentOrder("南昌市红谷滩区人民法院", Later, Later);
        Assert.Equal("mediation.payment-order-step", Assert.Throws<BusinessRuleViolationException>(() => wages.RecordPaymentOrderStep(PaymentOrderStage.Paid, Later, null, Later)).Code);

        wages.RecordPaymentOrderStep(PaymentOrderStage.Accepted, Later, null, Later);
        Assert.Equal("mediation.debtor-served", Assert.Throws<BusinessRuleViolationException>(() => wages.RecordPaymentOrderStep(PaymentOrderStage.Issued, Later, null, Later)).Code);
        wages.RecordPaymentOrderStep(PaymentOrderStage.Issued, Later, Later, Later);
        wages.RecordPaymentOrderStep(PaymentOrderStage.Paid, Later, null, Later);

        Assert.Equal(PaymentOrderStage.Paid, wages.PaymentOrder!.Stage);
        Assert.Equal("mediation.payment-order-applied", Assert.Throws<BusinessRuleViolationException>(() => wages.ApplyForPaymentOrder("x", Later, Later)).Code);
    }

    [Fact]
    public void Paths_on_non_performance_need_the_agreement_to_be_unperformed_and_a_refused_referral_may_be_made_again()
    {
        var agreed = Agree(Accepted());
        Assert.Equal("mediation.not-unperformed", Assert.Throws<BusinessRuleViolationException>(() => agreed.GuideToArbitration(Now)).Code);
        Assert.Equal("mediation.not-unperformed", Assert.Throws<BusinessRuleViolationException>(() => agreed.ReferToLegalAid(Guid.NewGuid(), Now, "m")).Code);

        var unperformed = NotPerformed(Accepted());
        unperformed.GuideToArbitration(Now);
        Assert.Throws<BusinessRuleViolationException>(() => unperformed.GuideToArbitration(Now));

        var first = Guid.NewGuid();
        unperformed.ReferToLegalAid(first, Now, "m");
        Assert.Equal("mediation.referral-exists", Assert.Throws<BusinessRuleViolationException>(() => unperformed.ReferToLegalAid(Guid.NewGuid(), Now, "m")).Code);
        Assert.False(unperformed.RecordLegalAidDecision(Guid.NewGuid(), true, "x", "y", "z", null, Now, true));
        Assert.True(unperformed.RecordLegalAidDecision(first, false, null, null, null, "不符合条件", Now, true));
        unperformed.ReferToLegalAid(Guid.NewGuid(), Now, "m");
    }

    [Fact]
    public void One_confirmation_route_after_the_agreement_took_effect_and_the_courts_steps_in_order()
    {
        var inMediation = Accepted();
        Assert.Equal("mediation.agreement-not-effective", Assert.Throws<BusinessRuleViolationException>(() => inMediation.DeclineConfirmation()).Code);

        var agreed = Agree(Accepted());
        Assert.Throws<BusinessRuleViolationException>(() => agreed.ApplyForJudicialConfirmation("某法院", Today.AddDays(-1), Today));
        agreed.ApplyForJudicialConfirmation("南昌市红谷滩区人民法院", Today, Today);
        Assert.Equal("mediation.confirmation-chosen", Assert.Throws<BusinessRuleViolationException>(() => agreed.RequestArbitrationReview(Guid.NewGuid(), Now, "m")).Code);
        Assert.Equal("mediation.no-accepted-confirmation", Assert.Throws<BusinessRuleViolationException>(() => agreed.RecordConfirmationRuling(true, Today, null, Today)).Code);

        agreed.RecordCourtAcceptance(true, Today, Today);
        agreed.RecordConfirmationRuling(true, Today, null, Today);
        Assert.True(agreed.JudicialConfirmation!.Confirmed);
    }

    [Fact]
    public void Mediators_end_a_mediation_for_no_agreement_or_withdrawal_and_only_the_clock_expires_it()
    {
        var mediationCase = Accepted();
        Assert.Equal("mediation.end-reason", Assert.Throws<BusinessRuleViolationException>(() =>
            mediationCase.EndWithoutAgreement(MediationFailureReason.PeriodExpired, null, Now, "m")).Code);

        mediationCase.EndWithoutAgreement(MediationFailureReason.NoAgreement, "被申请人拒绝支付", Now, "m");
        Assert.Equal(CaseStatus.Failed, mediationCase.Status);
        Assert.Equal("经调解，双方未能达成调解协议", mediationCase.FailureText);
        Assert.False(mediationCase.Expire(Now));

        var committee = Register(Organisation(OrganisationKind.EnterpriseCommittee));
        Assert.True(committee.Expire(Now));
        Assert.Contains("视为调解不成", committee.FailureText, StringComparison.Ordinal);
    }

    private static DateOnly Later => new(2026, 3, 25);

    private static MediationOrganisation Organisation(OrganisationKind kind = OrganisationKind.TownshipStreet, bool entrusted = false)
    {
        var enterprise = kind is OrganisationKind.EnterpriseCommittee;
        var organisation = MediationOrganisation.Register(Guid.NewGuid(), kind.ToString(), kind, "360113", null, enterprise ? "x" : null, enterprise ? 300 : null, entrusted, Now);
        organisation.File(new Filing("区人社局", "调备1号", Today), Today);
        return organisation;
    }

    private static MediationCase Register(MediationOrganisation? organisation, params CaseClaim[] claims) => MediationCase.Register(
        Guid.NewGuid(), "360100-TJ-2026-000001", 1, CaseChannel.Direct, new Worker("王芳", "360102199001011234", "17012345678"),
        new Employer("南昌某公司", "91360113MA35XXXX0X"), claims.Length == 0 ? [new CaseClaim(Guid.NewGuid(), MediationClaimKind.Wages, 8400m, null)] : claims,
        organisation, Now, "m");

    private static MediationCase Entrusted() => MediationCase.Register(
        Guid.NewGuid(), "360100-ZC-2026-000001", 1, CaseChannel.Entrusted, new Worker("王芳", "360102199001011234", "17012345678"),
        new Employer("南昌某公司", "91360113MA35XXXX0X"), [new CaseClaim(Guid.NewGuid(), MediationClaimKind.Wages, 8400m, null)], null, Now, "clerk",
        new Entrustment(Guid.NewGuid(), EntrustmentKind.Entrusted, "Arbitration", "劳动人事争议仲裁院", "360100-ZC-2026-000001", Now, "clerk"));

    private static MediationCase Accepted(params CaseClaim[] claims)
    {
        var organisation = Organisation();
        var mediationCase = Register(organisation, claims);
        mediationCase.Accept(null, Mediator.Add(Guid.NewGuid(), organisation.Id, "周敏", "17012345678", MediatorQualifications.Lawyer, Now), Now);
        return mediationCase;
    }

    private static Agreement Draft(DateOnly due) => new("支付工资", 8000m, due, "银行转账", "可以履行", Today, Now, "m");

    private static MediationCase Agree(MediationCase mediationCase)
    {
        mediationCase.DraftAgreement(Draft(new DateOnly(2026, 3, 20)), Today);
        mediationCase.ConfirmAgreement(Today, Today, Today, Now, "m");
        return mediationCase;
    }

    private static MediationCase NotPerformed(MediationCase mediationCase)
    {
        Agree(mediationCase).RecordNotPerformed("未付款", new DateOnly(2026, 3, 21));
        return mediationCase;
    }
}
