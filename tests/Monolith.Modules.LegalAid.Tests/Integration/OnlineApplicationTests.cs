using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.Intake;
using Monolith.Modules.LegalAid.Features.Materials;
using Monolith.Modules.LegalAid.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.LegalAid.Tests.Integration;

/// <summary>
/// The worker's own online application (the public form's command): it joins the reviewer's queue as channel Online with
/// the same 7-day review and one-time materials notice as a window application; invalid input is refused field by field
/// and writes nothing.
/// </summary>
public sealed class OnlineApplicationTests : IAsyncLifetime
{
    private const string Review = "legalaid.review-application";
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    internal static ApplyOnlineCommand Online(int seed = 1, bool consent = true, string? residentIdNumber = null, bool isMigrantWorker = true)
    {
        var fake = new FakeIdentity(800 + seed);
        return new ApplyOnlineCommand(
            fake.PersonName(), residentIdNumber ?? fake.ResidentIdNumber(), fake.MobileNumber(), isMigrantWorker, fake.EmployerName(), null,
            [new ClaimInput(LabourClaimKind.LabourRemuneration, 8_400m, "拖欠两个月工资")], EconomicHardshipStated: true, MonthlyIncomePerCapita: null,
            HardshipStatement: "家中仅本人有收入，已两个月未发工资", MatterDescription: "2025年12月至2026年1月工资未发，多次催要未果。", ConsentGiven: consent);
    }

    [Fact]
    public async Task An_online_application_joins_the_queue_as_channel_online_with_the_7_day_review_and_a_receipt()
    {
        var receipt = await platform.SendAsync(Online());

        var application = await platform.QueryAsync<LegalAidDbContext, LegalAidApplication>(db =>
            db.Applications.AsNoTracking().Include(a => a.Claims).SingleAsync(a => a.LinkageNumber == receipt.LinkageNumber));
        Assert.Matches(@"^360100-FY-2026-\d{6}$", receipt.LinkageNumber);
        Assert.Equal(ApplicationChannel.Online, application.Channel);
        Assert.Equal(LegalAidApplicationStatus.PendingReview, application.Status);
        Assert.Equal(LegalAidApplication.OnlineApplicant, application.ReceivedBy);
        Assert.Equal(TestKit.Monday, application.PersonalDataConsentAt);
        Assert.Equal("家中仅本人有收入，已两个月未发工资", application.HardshipStatement);
        Assert.StartsWith("2025年12月", application.MatterDescription, StringComparison.Ordinal);
        Assert.True(application.HardshipCheckWaived);

        // Statutory 7 days, as for a window application (the Nanchang same-day rule binds referrals only).
        var review = Assert.Single(await platform.DeadlinesOfAsync(application.Id, Review));
        Assert.Equal(new DateOnly(2026, 3, 9), review.DueDate);
        Assert.Equal(review.DueDate, receipt.ReviewDueDate);
        Assert.Equal(TestKit.Monday, receipt.ReceivedAt);
    }

    [Fact]
    public async Task The_one_time_materials_notice_applies_to_an_online_application_as_to_a_window_one()
    {
        var receipt = await platform.SendAsync(Online());
        var id = await platform.QueryAsync<LegalAidDbContext, Guid>(db => db.Applications.Where(a => a.LinkageNumber == receipt.LinkageNumber).Select(a => a.Id).SingleAsync());

        await platform.SendAsync(new RequestMaterialsCommand(id, "劳动合同或者工资条", new DateOnly(2026, 3, 13)));

        Assert.Equal(LegalAidApplicationStatus.AwaitingMaterials, (await platform.ApplicationAsync(id)).Status);
        Assert.Equal("legalaid.materials-notice-once", (await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new RequestMaterialsCommand(id, "身份证", new DateOnly(2026, 3, 20))))).Code);
    }

    [Theory]
    [InlineData("consent", "consentGiven")]
    [InlineData("id", "residentIdNumber")]
    [InlineData("claims", "claims")]
    [InlineData("description", "matterDescription")]
    [InlineData("hardship", "hardshipStatement")]
    public async Task Invalid_input_is_refused_at_its_field_and_nothing_is_written(string fault, string field)
    {
        var command = Online();
        command = fault switch
        {
            "consent" => command with { ConsentGiven = false },
            "id" => command with { ResidentIdNumber = "360102199001011234" },
            "claims" => command with { Claims = [] },
            "description" => command with { MatterDescription = " " },
            _ => command with { IsMigrantWorker = false, HardshipStatement = null },
        };

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(command));

        Assert.Equal([field], error.Errors.Keys);
        Assert.Equal(0, await platform.QueryAsync<LegalAidDbContext, int>(db => db.Applications.CountAsync()));
        Assert.Equal(0, await platform.QueryAsync<LegalAidDbContext, int>(db => db.Deadlines.CountAsync()));
    }

    [Fact]
    public void The_online_applicant_cannot_be_recorded_without_consent()
    {
        var fake = new FakeIdentity(3);
        var error = Assert.Throws<BusinessRuleViolationException>(() => LegalAidApplication.Direct(
            Guid.NewGuid(), "360100-FY-2026-000001", ApplicationChannel.Online, new Applicant(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber(), true),
            fake.EmployerName(), null, [new MatterClaim(Guid.NewGuid(), LabourClaimKind.LabourRemuneration, 1m, null)], true, null, HardshipExemption.None, true,
            TestKit.Monday, LegalAidApplication.OnlineApplicant, new OnlineStatement(null, "案情", null)));

        Assert.Equal("legalaid.consent-required", error.Code);
    }
}
