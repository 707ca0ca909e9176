using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Tests.Unit;

public sealed class ArbitrationApplicationTests
{
    private static readonly DateTimeOffset Received = TestKit.Monday;
    private static readonly FakeIdentity Fake = new(7);

    [Fact]
    public void Registering_keeps_the_parties_and_claims_and_awaits_the_acceptance_decision()
    {
        var application = Registered();

        Assert.Equal(ApplicationStatus.Registered, application.Status);
        Assert.Equal("360100-ZC-2026-000001", application.LinkageNumber);
        Assert.Equal("王伟", application.Applicant.Name);
        Assert.Equal(ClaimType.UnpaidWages, Assert.Single(application.Claims).Type);
        Assert.Equal(Received, application.ReceivedAt);
        Assert.Equal("clerk", application.RegisteredBy);
        Assert.Empty(application.Referrals);
        Assert.Null(application.Notice);
    }

    [Fact]
    public void An_application_without_a_claim_cannot_be_registered()
    {
        var error = Assert.Throws<BusinessRuleViolationException>(() => ArbitrationApplication.Register(
            Guid.NewGuid(), "360100-ZC-2026-000001", Worker(), Employer(), [], Received, "clerk"));

        Assert.Equal("arbitration.no-claims", error.Code);
    }

    [Fact]
    public void A_worker_with_an_agent_is_not_referred_to_legal_aid()
    {
        var application = Registered();

        var error = Assert.Throws<BusinessRuleViolationException>(() => Refer(application, workerHasNoAgent: false));

        Assert.Equal("arbitration.worker-has-agent", error.Code);
        Assert.Empty(application.Referrals);
    }

    [Fact]
    public void A_referral_awaiting_legal_aids_decision_blocks_another_one()
    {
        var application = Registered();
        Refer(application);

        var error = Assert.Throws<BusinessRuleViolationException>(() => Refer(application));

        Assert.Equal("arbitration.referral-pending", error.Code);
        Assert.Single(application.Referrals);
    }

    [Fact]
    public void After_legal_aid_was_granted_the_worker_is_not_referred_again()
    {
        var application = Registered();
        Refer(application).RecordDecision(true, null, "李律师", "江西正源律师事务所（演示）", Fake.MobileNumber(), Received.AddHours(2), true);

        var error = Assert.Throws<BusinessRuleViolationException>(() => Refer(application));

        Assert.Equal("arbitration.legal-aid-granted", error.Code);
        Assert.Single(application.Referrals);
    }

    [Fact]
    public void After_legal_aid_was_refused_the_worker_may_be_referred_again()
    {
        var application = Registered();
        var first = Refer(application);
        first.RecordDecision(false, "不符合经济困难标准", null, null, null, Received.AddHours(2), true);

        var second = Refer(application);

        Assert.Equal(2, application.Referrals.Count);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(ReferralStatus.Refused, first.Status);
        Assert.Equal(ReferralStatus.AwaitingDecision, second.Status);
    }

    [Fact]
    public void A_referral_records_the_consent_and_the_stated_hardship()
    {
        var application = Registered();
        var id = Guid.NewGuid();

        var referral = application.ReferToLegalAid(id, workerHasNoAgent: true, economicHardshipStated: true, Received.AddMinutes(5), "clerk");

        Assert.Equal(id, referral.Id);
        Assert.Equal(Received.AddMinutes(5), referral.ConsentRecordedAt);
        Assert.Equal("clerk", referral.ConsentRecordedBy);
        Assert.True(referral.EconomicHardshipStated);
        Assert.Equal(ReferralStatus.AwaitingDecision, referral.Status);
        Assert.Null(referral.DecidedAt);
    }

    [Fact]
    public void Filing_a_registered_application_records_who_decided_and_when()
    {
        var application = Registered();

        application.File(Received.AddHours(1), "clerk2", "洪劳人仲案字〔2026〕1号", new DateOnly(2026, 3, 2));

        Assert.Equal(ApplicationStatus.Filed, application.Status);
        Assert.Equal(Received.AddHours(1), application.AcceptanceDecidedAt);
        Assert.Equal("clerk2", application.AcceptanceDecidedBy);
        Assert.Null(application.RejectionReason);
    }

    [Fact]
    public void Rejecting_a_registered_application_keeps_the_written_reason()
    {
        var application = Registered();

        application.Reject("不属于劳动争议受理范围", Received.AddHours(1), "clerk2");

        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Equal("不属于劳动争议受理范围", application.RejectionReason);
        Assert.Equal(Received.AddHours(1), application.AcceptanceDecidedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejecting_needs_a_reason(string reason)
    {
        var application = Registered();

        var error = Assert.Throws<BusinessRuleViolationException>(() => application.Reject(reason, Received, "clerk"));

        Assert.Equal("arbitration.rejection-needs-reason", error.Code);
        Assert.Equal(ApplicationStatus.Registered, application.Status);
        Assert.Null(application.AcceptanceDecidedAt);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void The_acceptance_is_decided_only_once(bool firstAccepts, bool thenAccepts)
    {
        var application = Registered();
        Decide(application, firstAccepts);
        var status = application.Status;

        var error = Assert.Throws<BusinessRuleViolationException>(() => Decide(application, thenAccepts));

        Assert.Equal("arbitration.acceptance-decided", error.Code);
        Assert.Equal(status, application.Status);
    }

    [Fact]
    public void The_one_time_notice_is_issued_for_a_filed_case()
    {
        var application = Registered();
        application.File(Received, "clerk", "洪劳人仲案字〔2026〕1号", new DateOnly(2026, 3, 2));
        var notice = Notice();

        application.IssueOneTimeNotice(notice);

        Assert.Same(notice, application.Notice);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void The_one_time_notice_is_refused_before_filing_and_after_rejection(bool? accepted)
    {
        var application = Registered();
        if (accepted is false)
        {
            application.Reject("超过仲裁时效", Received, "clerk");
        }

        var error = Assert.Throws<BusinessRuleViolationException>(() => application.IssueOneTimeNotice(Notice()));

        Assert.Equal("arbitration.not-filed", error.Code);
        Assert.Null(application.Notice);
    }

    [Fact]
    public void The_one_time_notice_is_issued_only_once()
    {
        var application = Registered();
        application.File(Received, "clerk", "洪劳人仲案字〔2026〕1号", new DateOnly(2026, 3, 2));
        var first = Notice();
        application.IssueOneTimeNotice(first);

        var error = Assert.Throws<BusinessRuleViolationException>(() => application.IssueOneTimeNotice(Notice() with { HearingPlace = "第二仲裁庭" }));

        Assert.Equal("arbitration.notice-issued", error.Code);
        Assert.Same(first, application.Notice);
    }

    private static ArbitrationApplication Registered() => ArbitrationApplication.Register(
        Guid.NewGuid(),
        "360100-ZC-2026-000001",
        Worker(),
        Employer(),
        [new Claim(Guid.NewGuid(), ClaimType.UnpaidWages, 12_800m, "拖欠工资")],
        Received,
        "clerk");

    private static Worker Worker() => new("王伟", Fake.ResidentIdNumber(), Fake.MobileNumber(), true);

    private static Employer Employer() => new(Fake.EmployerName(), Fake.CreditCode());

    private static LegalAidReferral Refer(ArbitrationApplication application, bool workerHasNoAgent = true) =>
        application.ReferToLegalAid(Guid.NewGuid(), workerHasNoAgent, economicHardshipStated: false, Received, "clerk");

    private static void Decide(ArbitrationApplication application, bool accept)
    {
        if (accept)
        {
            application.File(Received, "clerk", "洪劳人仲案字〔2026〕1号", new DateOnly(2026, 3, 2));
        }
        else
        {
            application.Reject("不属于受理范围", Received, "clerk");
        }
    }

    private static OneTimeNotice Notice() => new(
        "首席仲裁员 张敏", new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 12), Received.AddDays(14), "第一仲裁庭", Received, "clerk");
}
