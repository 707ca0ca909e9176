using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;

namespace Monolith.Modules.LegalAid.Tests.Unit;

public sealed class LegalAidApplicationTests
{
    private static readonly DateTimeOffset Received = TestKit.Monday;
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly FakeIdentity Fake = new(11);

    [Theory]
    [InlineData(true, LabourClaimKind.LabourRemuneration, true)]
    [InlineData(true, LabourClaimKind.WorkInjury, true)]
    [InlineData(true, LabourClaimKind.SocialInsuranceBenefits, false)]
    [InlineData(true, LabourClaimKind.LabourRelationConfirmation, false)]
    [InlineData(true, LabourClaimKind.CompensationAndOther, false)]
    [InlineData(false, LabourClaimKind.LabourRemuneration, false)]
    [InlineData(false, LabourClaimKind.WorkInjury, false)]
    public void The_hardship_check_is_waived_for_a_migrant_worker_claiming_wages_or_work_injury(bool isMigrantWorker, LabourClaimKind kind, bool waived)
    {
        var application = Referred(isMigrantWorker, kind);

        Assert.Equal(waived, application.HardshipCheckWaived);
        Assert.Equal(LegalAidApplicationStatus.PendingReview, application.Status);
    }

    [Fact]
    public void Granting_records_the_reasons_and_assigning_an_active_lawyer_copies_the_lawyer()
    {
        var application = Referred();
        var lawyer = Lawyer();

        application.Grant("符合条件", Received.AddHours(1), "reviewer");
        application.Assign(lawyer, actsForEmployer: false, Received.AddHours(2));

        Assert.Equal(LegalAidApplicationStatus.Granted, application.Status);
        Assert.Equal("符合条件", application.GrantReasons);
        Assert.Equal(lawyer.Id, application.LawyerId);
        Assert.Equal(lawyer.Name, application.LawyerName);
        Assert.Equal(lawyer.Firm, application.LawFirm);
        Assert.Equal(lawyer.Phone, application.LawyerPhone);
        Assert.Equal(Received.AddHours(1), application.DecidedAt);
        Assert.Equal(Received.AddHours(2), application.AssignedAt);
        Assert.Equal("reviewer", application.DecidedBy);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Refusing_needs_a_reason(string reason)
    {
        var application = Referred();

        var error = Assert.Throws<BusinessRuleViolationException>(() => application.Refuse(reason, Received, "reviewer"));

        Assert.Equal("legalaid.refusal-needs-reason", error.Code);
        Assert.Equal(LegalAidApplicationStatus.PendingReview, application.Status);
    }

    [Fact]
    public void Granting_needs_reasons()
    {
        var error = Assert.Throws<BusinessRuleViolationException>(() => Referred().Grant(" ", Received, "reviewer"));

        Assert.Equal("legalaid.decision-needs-reasons", error.Code);
    }

    [Fact]
    public void A_decided_application_is_not_decided_again()
    {
        var application = Referred();
        application.Refuse("经济状况不符合条件", Received, "reviewer");

        var error = Assert.Throws<BusinessRuleViolationException>(() => application.Grant("符合条件", Received, "reviewer"));

        Assert.Equal("legalaid.already-decided", error.Code);
        Assert.Equal(LegalAidApplicationStatus.Refused, application.Status);
    }

    [Fact]
    public void A_direct_application_needs_a_claim_and_cannot_claim_to_be_referred()
    {
        Assert.Equal("legalaid.no-claims", Assert.Throws<BusinessRuleViolationException>(() => Direct(claims: [])).Code);
        Assert.Throws<ArgumentException>(() => Direct(channel: ApplicationChannel.Referred));
        Assert.Equal(ApplicationChannel.Online, Direct(channel: ApplicationChannel.Online).Channel);
    }

    [Fact]
    public void The_materials_notice_is_given_once_and_stops_the_decision_until_supplemented()
    {
        var application = Direct();
        application.RequestMaterials("劳动合同\n工资流水", new DateOnly(2026, 3, 9), Today, Received);

        Assert.Equal(LegalAidApplicationStatus.AwaitingMaterials, application.Status);
        Assert.Equal("legalaid.materials-notice-once",
            Assert.Throws<BusinessRuleViolationException>(() => application.RequestMaterials("身份证", new DateOnly(2026, 3, 10), Today, Received)).Code);
        Assert.Equal("legalaid.awaiting-materials", Assert.Throws<BusinessRuleViolationException>(() => application.Grant("符合条件", Received, "r")).Code);

        application.SupplementMaterials(new DateOnly(2026, 3, 9), Received.AddDays(7));

        Assert.Equal(LegalAidApplicationStatus.PendingReview, application.Status);
        Assert.Equal("legalaid.materials-notice-once",
            Assert.Throws<BusinessRuleViolationException>(() => application.RequestMaterials("身份证", new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 9), Received)).Code);
    }

    [Fact]
    public void The_supplement_day_must_be_after_today()
    {
        Assert.Equal("legalaid.supplement-date-past",
            Assert.Throws<BusinessRuleViolationException>(() => Direct().RequestMaterials("劳动合同", Today, Today, Received)).Code);
    }

    [Fact]
    public void Not_supplemented_by_the_last_day_means_withdrawn_the_day_after_and_not_before()
    {
        var application = Direct();
        var due = new DateOnly(2026, 3, 31);
        application.RequestMaterials("劳动合同", due, Today, Received);

        Assert.False(application.DeemWithdrawn(due, Received.AddDays(29)));
        Assert.Equal(LegalAidApplicationStatus.AwaitingMaterials, application.Status);
        Assert.Equal("legalaid.supplement-too-late",
            Assert.Throws<BusinessRuleViolationException>(() => application.SupplementMaterials(due.AddDays(1), Received.AddDays(30))).Code);

        Assert.True(application.DeemWithdrawn(due.AddDays(1), Received.AddDays(30)));
        Assert.Equal(LegalAidApplicationStatus.Withdrawn, application.Status);
        Assert.Equal("legalaid.already-decided", Assert.Throws<BusinessRuleViolationException>(() => application.Refuse("x", Received, "r")).Code);
    }

    [Fact]
    public void Supplemented_in_time_is_never_withdrawn()
    {
        var application = Direct();
        application.RequestMaterials("劳动合同", new DateOnly(2026, 3, 5), Today, Received);
        application.SupplementMaterials(new DateOnly(2026, 3, 5), Received.AddDays(3));

        Assert.False(application.DeemWithdrawn(new DateOnly(2026, 3, 6), Received.AddDays(4)));
        Assert.Equal(LegalAidApplicationStatus.PendingReview, application.Status);
    }

    [Fact]
    public void A_provider_is_assigned_only_after_a_grant_or_advance_aid()
    {
        var application = Direct();

        Assert.Equal("legalaid.assign-needs-grant", Assert.Throws<BusinessRuleViolationException>(() => application.Assign(Lawyer(), false, Received)).Code);

        application.ProvideAdvanceAid("仲裁时效将届满", Received);
        application.Assign(Lawyer(), false, Received);

        Assert.NotNull(application.LawyerId);
        Assert.Equal(LegalAidApplicationStatus.PendingReview, application.Status);
        Assert.Equal("legalaid.advance-aid-already", Assert.Throws<BusinessRuleViolationException>(() => application.ProvideAdvanceAid("x", Received)).Code);
    }

    [Fact]
    public void A_lawyer_who_acts_for_the_employer_is_not_assigned()
    {
        var application = Direct();
        application.Grant("符合条件", Received, "r");
        var lawyer = Lawyer();

        var error = Assert.Throws<BusinessRuleViolationException>(() => application.Assign(lawyer, actsForEmployer: true, Received));

        Assert.Equal("legalaid.conflict-of-interest", error.Code);
        Assert.Contains(lawyer.Name, error.Message, StringComparison.Ordinal);
        Assert.Null(application.LawyerId);
    }

    [Fact]
    public void An_inactive_lawyer_is_not_assigned_and_an_assigned_case_is_not_assigned_twice()
    {
        var application = Direct();
        application.Grant("符合条件", Received, "r");
        application.Assign(Lawyer(), false, Received);

        Assert.Equal("legalaid.already-assigned", Assert.Throws<BusinessRuleViolationException>(() => application.Assign(Lawyer(), false, Received)).Code);
    }

    [Fact]
    public void An_objection_lies_only_against_a_refusal_once_and_upheld_it_grants_aid()
    {
        var application = Direct();
        Assert.Equal("legalaid.objection-needs-refusal", Assert.Throws<BusinessRuleViolationException>(() => application.LodgeObjection("不服", Received)).Code);
        Assert.Equal("legalaid.no-pending-objection", Assert.Throws<BusinessRuleViolationException>(() => application.DecideObjection(true, "x", Received, "j")).Code);

        application.Refuse("收入超过标准", Received, "r");
        application.LodgeObjection("收入计算有误", Received.AddDays(1));
        Assert.Equal("legalaid.objection-already", Assert.Throws<BusinessRuleViolationException>(() => application.LodgeObjection("再次", Received)).Code);

        application.DecideObjection(true, "家庭人数应为4人，人均收入低于标准", Received.AddDays(2), "justice");

        Assert.Equal(LegalAidApplicationStatus.Granted, application.Status);
        Assert.True(application.ObjectionUpheld);
        Assert.Contains("家庭人数应为4人", application.GrantReasons, StringComparison.Ordinal);
        Assert.Equal("legalaid.no-pending-objection", Assert.Throws<BusinessRuleViolationException>(() => application.DecideObjection(false, "x", Received, "j")).Code);
    }

    [Fact]
    public void An_objection_not_upheld_leaves_the_refusal()
    {
        var application = Direct();
        application.Refuse("收入超过标准", Received, "r");
        application.LodgeObjection("不服", Received);

        application.DecideObjection(false, "经核实收入确高于标准", Received, "justice");

        Assert.Equal(LegalAidApplicationStatus.Refused, application.Status);
        Assert.False(application.ObjectionUpheld);
    }

    [Fact]
    public void Closure_needs_an_assigned_provider_then_archive_and_follow_up_once_each()
    {
        var application = Direct();
        application.Grant("符合条件", Received, "r");
        Assert.Equal("legalaid.not-assigned", Assert.Throws<BusinessRuleViolationException>(() => application.Close("x", Received)).Code);
        Assert.Equal("legalaid.archive-needs-closure", Assert.Throws<BusinessRuleViolationException>(() => application.Archive("A-1", Received)).Code);
        Assert.Equal("legalaid.follow-up-needs-closure", Assert.Throws<BusinessRuleViolationException>(() => application.RecordSatisfaction(5, null, Received)).Code);
        application.Assign(Lawyer(), false, Received);
        application.RecordRepresentation(new Representation(Guid.NewGuid(), RepresentationStage.Arbitration, "南昌市劳动人事争议仲裁院", "洪劳人仲案字〔2026〕1号", Today, "出庭", "r", Received));

        application.Close("达成调解协议，已履行", Received.AddDays(30));
        application.Archive("FY-2026-001", Received.AddDays(31));
        application.RecordSatisfaction(5, "满意", Received.AddDays(32));

        Assert.Equal(LegalAidApplicationStatus.Closed, application.Status);
        Assert.Single(application.Representations);
        Assert.Equal("legalaid.closed", Assert.Throws<BusinessRuleViolationException>(() => application.RecordRepresentation(
            new Representation(Guid.NewGuid(), RepresentationStage.Court, "法院", null, Today, "x", "r", Received))).Code);
        Assert.Equal("legalaid.already-archived", Assert.Throws<BusinessRuleViolationException>(() => application.Archive("FY-2026-002", Received)).Code);
        Assert.Equal("legalaid.follow-up-already", Assert.Throws<BusinessRuleViolationException>(() => application.RecordSatisfaction(4, null, Received)).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => ClosedCase().RecordSatisfaction(6, null, Received));
    }

    [Fact]
    public void Every_change_bumps_the_version()
    {
        var application = Direct();
        var before = application.Version;
        application.Grant("符合条件", Received, "r");
        application.Assign(Lawyer(), false, Received);

        Assert.Equal(before + 2, application.Version);
    }

    internal static LegalAidApplication Referred(bool isMigrantWorker = true, LabourClaimKind kind = LabourClaimKind.LabourRemuneration) =>
        LegalAidApplication.FromReferral(
            Guid.NewGuid(),
            "360100-ZC-2026-000001",
            new Applicant(Fake.PersonName(), Fake.ResidentIdNumber(), Fake.MobileNumber(), isMigrantWorker),
            Fake.EmployerName(),
            Fake.CreditCode(),
            [new MatterClaim(Guid.NewGuid(), kind, null, null)],
            new Referral(Guid.NewGuid(), "Arbitration", "劳动人事争议仲裁院", "360100-ZC-2026-000001", "arbitration", Received),
            economicHardshipStated: false,
            EligibilityRules.VerificationWaived(new EligibilityPolicy(), isMigrantWorker, HardshipExemption.None, [kind]),
            Received);

    private static LegalAidApplication Direct(ApplicationChannel channel = ApplicationChannel.Window, MatterClaim[]? claims = null) =>
        LegalAidApplication.Direct(
            Guid.NewGuid(), "360100-FY-2026-000001", channel,
            new Applicant(Fake.PersonName(), Fake.ResidentIdNumber(), Fake.MobileNumber(), true),
            Fake.EmployerName(), Fake.CreditCode(),
            claims ?? [new MatterClaim(Guid.NewGuid(), LabourClaimKind.LabourRemuneration, 8000m, null)],
            true, null, HardshipExemption.None, true, Received, "reviewer");

    private static LegalAidApplication ClosedCase()
    {
        var application = Direct();
        application.Grant("符合条件", Received, "r");
        application.Assign(Lawyer(), false, Received);
        application.Close("结案", Received);
        return application;
    }

    private static Lawyer Lawyer() => new(Guid.NewGuid(), Fake.PersonName(), "江西正源律师事务所（演示）", Fake.MobileNumber());
}
