using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;

namespace Monolith.Modules.LegalAid.Tests.Unit;

public sealed class LegalAidApplicationTests
{
    private static readonly DateTimeOffset Received = TestKit.Monday;
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
    public void Granting_assigns_an_active_lawyer()
    {
        var application = Referred();
        var lawyer = Lawyer();

        application.Grant(lawyer, Received.AddHours(1), "reviewer");

        Assert.Equal(LegalAidApplicationStatus.Granted, application.Status);
        Assert.Equal(lawyer.Id, application.LawyerId);
        Assert.Equal(lawyer.Name, application.LawyerName);
        Assert.Equal(lawyer.Firm, application.LawFirm);
        Assert.Equal(lawyer.Phone, application.LawyerPhone);
        Assert.Equal(Received.AddHours(1), application.DecidedAt);
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
    public void A_decided_application_is_not_decided_again()
    {
        var application = Referred();
        application.Refuse("经济状况不符合条件", Received, "reviewer");

        var error = Assert.Throws<BusinessRuleViolationException>(() => application.Grant(Lawyer(), Received, "reviewer"));

        Assert.Equal("legalaid.already-decided", error.Code);
        Assert.Equal(LegalAidApplicationStatus.Refused, application.Status);
        Assert.Null(application.LawyerId);
    }

    private static LegalAidApplication Referred(bool isMigrantWorker = true, LabourClaimKind kind = LabourClaimKind.LabourRemuneration) =>
        LegalAidApplication.FromReferral(
            Guid.NewGuid(),
            "360100-ZC-2026-000001",
            new Applicant(Fake.PersonName(), Fake.ResidentIdNumber(), Fake.MobileNumber(), isMigrantWorker),
            Fake.EmployerName(),
            Fake.CreditCode(),
            [new MatterClaim(Guid.NewGuid(), kind, null, null)],
            new Referral(Guid.NewGuid(), "Arbitration", "劳动人事争议仲裁院", "360100-ZC-2026-000001", "arbitration", Received),
            economicHardshipStated: false,
            Received);

    private static Lawyer Lawyer() => new(Guid.NewGuid(), Fake.PersonName(), "江西正源律师事务所（演示）", Fake.MobileNumber());
}
