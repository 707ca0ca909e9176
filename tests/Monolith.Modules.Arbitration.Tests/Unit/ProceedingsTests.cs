using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Tests.Unit;

/// <summary>The case from acceptance to award, on the aggregate alone.</summary>
public sealed class ProceedingsTests
{
    private static readonly DateTimeOffset Received = TestKit.Monday;
    private static readonly DateOnly Accepted = new(2026, 3, 2);
    private static readonly FakeIdentity Fake = new(11);

    [Fact]
    public void Claims_are_numbered_in_the_order_stated()
    {
        var application = Filed();

        Assert.Equal([1, 2, 3], application.Claims.Select(c => c.Ordinal));
        Assert.Equal([ClaimType.UnpaidWages, ClaimType.LabourRelationConfirmation, ClaimType.EconomicCompensation], application.Claims.Select(c => c.Type));
    }

    [Fact]
    public void Acceptance_waits_for_the_supplement_and_the_supplement_is_recorded_once()
    {
        var application = Registered();
        application.RequestSupplement("劳动合同复印件", Received);

        Assert.Equal("arbitration.supplement-pending", Assert.Throws<BusinessRuleViolationException>(() => application.File(Received, "c", "N1", Accepted)).Code);
        Assert.Equal("arbitration.supplement-pending", Assert.Throws<BusinessRuleViolationException>(() => application.RequestSupplement("x", Received)).Code);

        application.RecordSupplement(Received.AddDays(2));

        Assert.False(application.SupplementPending);
        Assert.Equal(Received.AddDays(2), application.SupplementedAt);
        Assert.Equal("arbitration.no-supplement-pending", Assert.Throws<BusinessRuleViolationException>(() => application.RecordSupplement(Received)).Code);
        application.File(Received.AddDays(2), "c", "N1", Accepted.AddDays(2));
        Assert.Equal(ApplicationStatus.Filed, application.Status);
    }

    [Fact]
    public void Service_defence_and_its_copy_go_in_order()
    {
        var application = Filed();

        Assert.Equal("arbitration.copy-not-served", Assert.Throws<BusinessRuleViolationException>(() => application.RecordDefence(Accepted.AddDays(3))).Code);
        Assert.Equal("arbitration.served-before-acceptance", Assert.Throws<BusinessRuleViolationException>(() => application.RecordApplicationCopyServed(Accepted.AddDays(-1))).Code);
        application.RecordApplicationCopyServed(Accepted.AddDays(2));
        Assert.Equal("arbitration.no-defence", Assert.Throws<BusinessRuleViolationException>(() => application.RecordDefenceCopyServed(Accepted.AddDays(3))).Code);
        Assert.Equal("arbitration.defence-before-service", Assert.Throws<BusinessRuleViolationException>(() => application.RecordDefence(Accepted.AddDays(1))).Code);
        application.RecordDefence(Accepted.AddDays(9));
        application.RecordDefenceCopyServed(Accepted.AddDays(10));

        Assert.Equal(Accepted.AddDays(10), application.DefenceCopyServedOn);
        Assert.Equal("arbitration.defence-copy-served", Assert.Throws<BusinessRuleViolationException>(() => application.RecordDefenceCopyServed(Accepted.AddDays(10))).Code);
    }

    [Fact]
    public void A_collective_dispute_has_ten_workers_or_more_and_is_not_handled_simply()
    {
        var nine = Filed(workers: 9);
        var ten = Filed(workers: 10);

        Assert.False(nine.IsCollective);
        Assert.True(ten.IsCollective);
        Assert.Equal("arbitration.collective-not-simplified", Assert.Throws<BusinessRuleViolationException>(() => ten.DecideProcedure(SimplifiedBasis.PartiesAgree, 90_000m)).Code);
        nine.DecideProcedure(SimplifiedBasis.PartiesAgree, 90_000m);
        Assert.Equal(SimplifiedBasis.PartiesAgree, nine.SimplifiedBasis);
    }

    [Fact]
    public void The_small_amount_basis_needs_the_total_within_the_average_annual_wage()
    {
        var application = Filed(); // 18,600 + 3,000 claimed

        Assert.Equal("arbitration.amount-too-large", Assert.Throws<BusinessRuleViolationException>(() => application.DecideProcedure(SimplifiedBasis.SmallAmount, 21_599.99m)).Code);
        application.DecideProcedure(SimplifiedBasis.SmallAmount, 21_600m);
        application.DecideProcedure(null, 21_600m);
        Assert.Null(application.SimplifiedBasis);
    }

    [Fact]
    public void A_postponement_request_after_the_last_day_is_refused_and_one_on_it_postpones()
    {
        var application = Filed();
        var hearing = application.ScheduleHearing(Guid.NewGuid(), Received.AddDays(14), "第一仲裁庭", Received);
        var lastDay = new DateOnly(2026, 3, 13);

        var late = Assert.Throws<BusinessRuleViolationException>(() => application.PostponeHearing(hearing.Id, PartySide.Respondent, "代理人出差", lastDay.AddDays(1), lastDay));
        Assert.Equal("arbitration.postponement-late", late.Code);
        Assert.Contains("2026-03-13", late.Message, StringComparison.Ordinal);

        application.PostponeHearing(hearing.Id, PartySide.Respondent, "代理人出差", lastDay, lastDay);
        Assert.Equal(HearingStatus.Postponed, hearing.Status);
        Assert.Equal(PartySide.Respondent, hearing.PostponementRequestedBy);
    }

    [Fact]
    public void Only_one_upcoming_hearing_at_a_time()
    {
        var application = Filed();
        application.ScheduleHearing(Guid.NewGuid(), Received.AddDays(14), "第一仲裁庭", Received);

        Assert.Equal("arbitration.hearing-pending",
            Assert.Throws<BusinessRuleViolationException>(() => application.ScheduleHearing(Guid.NewGuid(), Received.AddDays(20), "第二仲裁庭", Received)).Code);
    }

    [Fact]
    public void A_partial_award_decides_some_claims_and_the_final_award_the_rest_and_closes_the_case()
    {
        var application = Filed();

        var partial = application.IssueAward(Guid.NewGuid(), "N1", true, Accepted.AddDays(20), "工资事实清楚",
            [new ClaimDecision(1, ClaimOutcome.Granted, 18_600m, true)], 2000m, Received.AddDays(20), "c");

        Assert.True(partial.IsPartial);
        Assert.True(partial.IsFinalAward);
        Assert.Equal(ApplicationStatus.Filed, application.Status);
        Assert.True(application.Claims[0].AdvanceExecution);

        Assert.Equal("arbitration.award-incomplete", Assert.Throws<BusinessRuleViolationException>(() => application.IssueAward(Guid.NewGuid(), "N1", false, Accepted.AddDays(30), "r",
            [new ClaimDecision(2, ClaimOutcome.Granted, null, false)], 2000m, Received, "c")).Code);
        Assert.Equal("arbitration.award-items", Assert.Throws<BusinessRuleViolationException>(() => application.IssueAward(Guid.NewGuid(), "N1", false, Accepted.AddDays(30), "r",
            [new ClaimDecision(1, ClaimOutcome.Granted, null, false), new ClaimDecision(2, ClaimOutcome.Granted, null, false), new ClaimDecision(3, ClaimOutcome.Dismissed, null, false)], 2000m, Received, "c")).Code);

        var final = application.IssueAward(Guid.NewGuid(), "N1", false, Accepted.AddDays(30), "其余请求",
            [new ClaimDecision(2, ClaimOutcome.Granted, null, false), new ClaimDecision(3, ClaimOutcome.Dismissed, null, false)], 2000m, Received.AddDays(30), "c");

        Assert.False(final.IsFinalAward); // 确认劳动关系 is not a final-award matter.
        Assert.Equal(ApplicationStatus.Awarded, application.Status);
        Assert.Equal(0m, application.Claims[2].AwardedAmount);
        Assert.Equal("arbitration.closed", Assert.Throws<BusinessRuleViolationException>(() => application.RecordDefence(Accepted)).Code);
    }

    [Fact]
    public void A_partial_award_may_not_decide_everything()
    {
        var application = Filed();

        Assert.Equal("arbitration.partial-decides-all", Assert.Throws<BusinessRuleViolationException>(() => application.IssueAward(Guid.NewGuid(), "N1", true, Accepted, "r",
            [new ClaimDecision(1, ClaimOutcome.Granted, null, false), new ClaimDecision(2, ClaimOutcome.Granted, null, false), new ClaimDecision(3, ClaimOutcome.Granted, null, false)],
            2000m, Received, "c")).Code);
    }

    [Theory]
    [InlineData(2, (int)ClaimOutcome.Granted)] // 确认劳动关系
    [InlineData(3, (int)ClaimOutcome.Dismissed)] // dismissed
    public void Advance_execution_only_for_granted_money_claims_of_article_44(int ordinal, int outcome)
    {
        var application = Filed();

        Assert.Equal("arbitration.advance-execution-not-allowed", Assert.Throws<BusinessRuleViolationException>(() => application.IssueAward(Guid.NewGuid(), "N1", true, Accepted, "r",
            [new ClaimDecision(ordinal, (ClaimOutcome)outcome, null, true)], 2000m, Received, "c")).Code);
        Assert.All(application.Claims, c => Assert.Null(c.Outcome));
    }

    [Fact]
    public void No_award_while_the_proceedings_are_suspended_and_a_restart_ends_the_extension_but_keeps_its_record()
    {
        var application = Filed();
        application.ApproveExtension(new AwardExtensionApproval("主任", "洪劳人仲延〔2026〕1号", Accepted.AddDays(40), "案情复杂", "c"));
        application.PauseClock(Guid.NewGuid(), ClockPauseKind.Suspension, Accepted.AddDays(41), "工伤认定");

        Assert.Equal("arbitration.paused", Assert.Throws<BusinessRuleViolationException>(() => application.IssueAward(Guid.NewGuid(), "N1", true, Accepted, "r",
            [new ClaimDecision(1, ClaimOutcome.Granted, null, false)], 2000m, Received, "c")).Code);
        Assert.Equal("arbitration.paused", Assert.Throws<BusinessRuleViolationException>(() => application.RestartClock(Guid.NewGuid(), Accepted.AddDays(42), "增加请求")).Code);

        application.ResumeClock(Accepted.AddDays(50));
        Assert.Equal("arbitration.extended", Assert.Throws<BusinessRuleViolationException>(() => application.ApproveExtension(application.Extension!)).Code);
        var historyId = Guid.NewGuid();
        application.RestartClock(historyId, Accepted.AddDays(51), "增加仲裁请求");

        Assert.Null(application.Extension);
        Assert.Equal(Accepted.AddDays(51), application.AwardClockStart);
        var lapsed = Assert.Single(application.LapsedExtensions);
        Assert.Equal((historyId, "洪劳人仲延〔2026〕1号", Accepted, Accepted.AddDays(51), "增加仲裁请求"), (lapsed.Id, lapsed.ApprovalNumber, lapsed.PeriodStart, lapsed.LapsedOn, lapsed.RestartReason));

        application.RestartClock(Guid.NewGuid(), Accepted.AddDays(52), "追加当事人"); // nothing to lapse
        Assert.Single(application.LapsedExtensions);
        application.ApproveExtension(new AwardExtensionApproval("主任", "洪劳人仲延〔2026〕2号", Accepted.AddDays(53), "重新举证", "c"));
        Assert.Equal("洪劳人仲延〔2026〕2号", application.Extension!.ApprovalNumber);
    }

    [Fact]
    public void The_award_cannot_be_received_before_it_was_made()
    {
        var application = Filed();
        var award = application.IssueAward(Guid.NewGuid(), "N1", true, Accepted.AddDays(20), "r", [new ClaimDecision(1, ClaimOutcome.Granted, null, false)], 2000m, Received, "c");

        Assert.Equal("arbitration.received-before-award",
            Assert.Throws<BusinessRuleViolationException>(() => application.RecordAwardService(award.Id, Accepted.AddDays(19), null)).Code);
        application.RecordAwardService(award.Id, Accepted.AddDays(21), null);
        application.RecordAwardService(award.Id, null, Accepted.AddDays(22));
        Assert.Equal((Accepted.AddDays(21), Accepted.AddDays(22)), (award.WorkerReceivedOn, award.EmployerReceivedOn));
    }

    private static ArbitrationApplication Registered(int workers = 1)
    {
        var application = ArbitrationApplication.Register(
            Guid.NewGuid(),
            "360100-ZC-2026-000001",
            new Worker("王伟", Fake.ResidentIdNumber(), Fake.MobileNumber(), true),
            new Employer(Fake.EmployerName(), Fake.CreditCode()),
            [
                new Claim(Guid.NewGuid(), ClaimType.UnpaidWages, 18_600m, "拖欠工资"),
                new Claim(Guid.NewGuid(), ClaimType.LabourRelationConfirmation, null, null),
                new Claim(Guid.NewGuid(), ClaimType.EconomicCompensation, 3_000m, null),
            ],
            Received,
            "clerk");
        application.StateFacts(workers, null, null, []);
        return application;
    }

    private static ArbitrationApplication Filed(int workers = 1)
    {
        var application = Registered(workers);
        application.File(Received, "clerk", "洪劳人仲案字〔2026〕1号", Accepted);
        return application;
    }
}
