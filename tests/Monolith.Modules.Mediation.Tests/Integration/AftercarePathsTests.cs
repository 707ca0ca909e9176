using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Aftercare;
using Monolith.Modules.Mediation.Features.Cases;
using Monolith.Modules.Mediation.Features.Confirmation;
using Monolith.Modules.Mediation.Features.NonPerformance;
using static Monolith.Modules.Mediation.MediationDeadlineRules;

namespace Monolith.Modules.Mediation.Tests.Integration;

/// <summary>
/// After the agreement: on non-performance, arbitration, a payment order (with the court's and the debtor's periods) or
/// legal aid; and the confirmation routes, judicial (with the court's periods) or arbitration review (through events).
/// </summary>
public sealed class AftercarePathsTests
{
    [Fact]
    public async Task Non_performance_before_the_agreed_date_is_refused_and_afterwards_the_worker_is_guided_to_arbitration()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var registered = await platform.AgreedCaseAsync(organisation, mediator);

        var early = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new RecordPerformanceCommand(registered.Id, false, null, "未付款")));
        Assert.Equal("mediation.performance-period-running", early.Code);
        var noNote = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new RecordPerformanceCommand(registered.Id, false, null, null)));
        Assert.Equal(["note"], noNote.Errors.Keys);

        platform.Clock.SetUtcNow(TestKit.Local(3, 21, 10));
        await platform.SendAsync(new RecordPerformanceCommand(registered.Id, false, null, "被申请人未按期支付"));
        await platform.SendAsync(new GuideToArbitrationCommand(registered.Id));

        var failed = Assert.Single(await platform.PublishedAsync<MediationFailedIntegrationEvent>());
        Assert.Equal((MediationFailureReason.AgreementNotPerformed, registered.LinkageNumber), (failed.Reason, failed.LinkageNumber));
        var details = await platform.SendAsync(new GetCaseQuery(registered.Id));
        Assert.Equal(CaseStatus.NotPerformed, details.Status);
        Assert.NotNull(details.GuidedToArbitrationAt);
        Assert.Contains(details.Timeline, t => t.What == "引导劳动者申请仲裁");
    }

    [Fact]
    public async Task A_payment_order_follows_the_courts_five_and_fifteen_days_and_the_employers_fifteen()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var registered = await platform.AgreedCaseAsync(organisation, mediator);
        platform.Clock.SetUtcNow(TestKit.Local(3, 23, 10));
        await platform.SendAsync(new RecordPerformanceCommand(registered.Id, false, null, "未付款"));

        await platform.SendAsync(new ApplyForPaymentOrderCommand(registered.Id, "南昌市红谷滩区人民法院", new DateOnly(2026, 3, 23)));
        Assert.Equal(new DateOnly(2026, 3, 30), Due(await platform.CaseDeadlinesAsync(registered.Id), PaymentOrderAcceptance)); // 3-28 is a Saturday → Monday 3-30
        var unordered = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(
            new RecordPaymentOrderStepCommand(registered.Id, PaymentOrderStage.Paid, new DateOnly(2026, 3, 23))));
        Assert.Equal("mediation.payment-order-step", unordered.Code);

        await platform.SendAsync(new RecordPaymentOrderStepCommand(registered.Id, PaymentOrderStage.Accepted, new DateOnly(2026, 3, 23)));
        await platform.SendAsync(new RecordPaymentOrderStepCommand(registered.Id, PaymentOrderStage.Issued, new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 23)));
        var deadlines = await platform.CaseDeadlinesAsync(registered.Id);
        Assert.Equal(DeadlineState.Completed, deadlines.Single(d => d.RuleId == PaymentOrderAcceptance).State);
        Assert.Equal(DeadlineState.Completed, deadlines.Single(d => d.RuleId == PaymentOrderIssue).State);
        var objection = deadlines.Single(d => d.RuleId == PaymentOrderObjection);
        Assert.Equal((DeadlineState.Open, new DateOnly(2026, 4, 7)), (objection.State, objection.DueDate));

        await platform.SendAsync(new RecordPaymentOrderStepCommand(registered.Id, PaymentOrderStage.Paid, new DateOnly(2026, 3, 23)));
        Assert.All(
            (await platform.CaseDeadlinesAsync(registered.Id)).Where(d => d.RuleId.StartsWith("mediation.payment-order", StringComparison.Ordinal)),
            d => Assert.Equal(DeadlineState.Completed, d.State));
        Assert.Equal(PaymentOrderStage.Paid, (await platform.CaseAsync(registered.Id)).PaymentOrder!.Stage);
    }

    [Fact]
    public async Task No_payment_order_for_an_agreement_on_social_insurance()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var registered = await platform.AgreedCaseAsync(organisation, mediator, 1, new Features.ClaimInput(MediationClaimKind.SocialInsurance, null, "补缴社会保险"));
        platform.Clock.SetUtcNow(TestKit.Local(3, 23, 10));
        await platform.SendAsync(new RecordPerformanceCommand(registered.Id, false, null, "未补缴"));

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new ApplyForPaymentOrderCommand(registered.Id, "某法院", new DateOnly(2026, 3, 23))));

        Assert.Equal("mediation.payment-order-not-available", refused.Code);
        Assert.DoesNotContain(await platform.CaseDeadlinesAsync(registered.Id), d => d.RuleId == PaymentOrderAcceptance);
    }

    [Fact]
    public async Task A_legal_aid_referral_goes_in_legal_aids_form_with_mediation_as_referrer_and_the_decision_comes_back_to_the_case()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var registered = await platform.AgreedCaseAsync(organisation, mediator);
        platform.Clock.SetUtcNow(TestKit.Local(3, 23, 10));
        await platform.SendAsync(new RecordPerformanceCommand(registered.Id, false, null, "未付款"));

        var noConsent = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new ReferToLegalAidCommand(registered.Id, false, true, true, true)));
        Assert.Equal(["consentGiven"], noConsent.Errors.Keys);
        var referralId = await platform.SendAsync(new ReferToLegalAidCommand(registered.Id, true, true, true, true));

        var referral = Assert.Single(await platform.PublishedAsync<LegalAidReferralRequestedIntegrationEvent>());
        Assert.Equal((referralId, "Mediation", registered.LinkageNumber), (referral.ReferralId, referral.ReferringModule, referral.LinkageNumber));
        Assert.Equal("调协〔2026〕TJ000001号", referral.ReferringCaseReference);
        Assert.True(referral.Worker.IsMigrantWorker);
        Assert.Equal(LabourClaimKind.LabourRemuneration, Assert.Single(referral.Claims).Kind);

        await platform.PublishAsync(new LegalAidDecisionMadeIntegrationEvent(
            Guid.NewGuid(), TestKit.Local(3, 23, 15), registered.LinkageNumber, Guid.NewGuid(), referralId, "Mediation", LegalAidDecision.Granted, null,
            new AssignedLawyer("李娜", "江西明衡律师事务所（演示）", "17098765432"), TestKit.Local(3, 23, 15), true));
        await platform.DeliverMessagesAsync();

        var decided = (await platform.CaseAsync(registered.Id)).LegalAidReferral!;
        Assert.Equal((true, "李娜"), (decided.Granted, decided.LawyerName));
        Assert.Empty((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
    }

    [Fact]
    public async Task Judicial_confirmation_closes_its_30_day_window_and_follows_the_courts_3_and_15_days()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var registered = await platform.AgreedCaseAsync(organisation, mediator);

        platform.Clock.SetUtcNow(TestKit.Local(3, 10, 10));
        await platform.SendAsync(new ApplyForJudicialConfirmationCommand(registered.Id, "南昌市红谷滩区人民法院", new DateOnly(2026, 3, 10)));
        var deadlines = await platform.CaseDeadlinesAsync(registered.Id);
        Assert.True(deadlines.Single(d => d.RuleId == JudicialConfirmationApplication).State == DeadlineState.Completed);
        Assert.Equal(new DateOnly(2026, 3, 13), Due(deadlines, CourtConfirmationAcceptance));

        await platform.SendAsync(new RecordCourtAcceptanceCommand(registered.Id, true, new DateOnly(2026, 3, 10)));
        Assert.Equal(new DateOnly(2026, 3, 25), Due(await platform.CaseDeadlinesAsync(registered.Id), CourtConfirmationDecision));
        var noReason = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new RecordConfirmationRulingCommand(registered.Id, false, new DateOnly(2026, 3, 10), null)));
        Assert.Equal(["note"], noReason.Errors.Keys);
        await platform.SendAsync(new RecordConfirmationRulingCommand(registered.Id, true, new DateOnly(2026, 3, 10), null));

        var confirmed = await platform.CaseAsync(registered.Id);
        Assert.Equal((ConfirmationRoute.JudicialConfirmation, true), (confirmed.ConfirmationRoute, confirmed.JudicialConfirmation!.Confirmed));
        Assert.All(await platform.CaseDeadlinesAsync(registered.Id), d => Assert.NotEqual(DeadlineState.Open, d.State));
    }

    [Fact]
    public async Task Arbitration_review_is_applied_for_through_an_event_and_the_institutions_decision_is_recorded()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var registered = await platform.AgreedCaseAsync(organisation, mediator);

        var notJoint = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new RequestArbitrationReviewCommand(registered.Id, false)));
        Assert.Equal(["partiesApplyJointly"], notJoint.Errors.Keys);
        var requestId = await platform.SendAsync(new RequestArbitrationReviewCommand(registered.Id, true));

        var request = Assert.Single(await platform.PublishedAsync<ArbitrationReviewRequestedIntegrationEvent>());
        Assert.Equal((requestId, "Mediation", registered.LinkageNumber), (request.ReviewRequestId, request.RequestingModule, request.LinkageNumber));
        Assert.Equal(TestKit.Monday, request.AgreementEffectiveAt);
        Assert.Equal("调协〔2026〕TJ000001号", request.AgreementNumber);
        Assert.Equal(DeadlineState.Cancelled, (await platform.CaseDeadlinesAsync(registered.Id)).Single(d => d.RuleId == JudicialConfirmationApplication).State);
        var twice = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new ApplyForJudicialConfirmationCommand(registered.Id, "某法院", new DateOnly(2026, 3, 2))));
        Assert.Equal("mediation.confirmation-chosen", twice.Code);

        await platform.PublishAsync(new ArbitrationReviewDecidedIntegrationEvent(
            Guid.NewGuid(), TestKit.Local(3, 5), registered.LinkageNumber, requestId, "Mediation", ArbitrationReviewDecision.Confirmed, true, null, "洪劳人仲审〔2026〕1号", TestKit.Local(3, 5)));
        await platform.DeliverMessagesAsync();

        var review = (await platform.CaseAsync(registered.Id)).ArbitrationReview!;
        Assert.Equal((ArbitrationReviewDecision.Confirmed, "洪劳人仲审〔2026〕1号"), (review.Decision, review.DocumentNumber));
    }

    private static DateOnly Due(IEnumerable<DeadlineView> deadlines, string ruleId) => deadlines.Single(d => d.RuleId == ruleId).DueDate;
}
