using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Features.Materials;
using Monolith.Modules.LegalAid.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.LegalAid.Tests.Integration;

/// <summary>Direct applications: intake with a linkage number and the statutory 7 days (also under the Nanchang profile), the one-time materials notice and deemed withdrawal.</summary>
public sealed class DirectApplicationTests : IAsyncLifetime
{
    private const string Review = "legalaid.review-application";
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_window_application_gets_a_linkage_number_and_7_days_even_under_the_nanchang_profile()
    {
        var submitted = await platform.SubmitAsync(TestKit.Direct());

        var application = await platform.ApplicationAsync(submitted.Id);
        Assert.Matches(@"^360100-FY-2026-\d{6}$", submitted.LinkageNumber);
        Assert.Equal(ApplicationChannel.Window, application.Channel);
        Assert.Null(application.Referral);
        Assert.True(application.HardshipCheckWaived);
        Assert.Equal("legalaid", application.ReceivedBy);
        var review = Assert.Single(await platform.DeadlinesOfAsync(submitted.Id, Review));
        Assert.Equal(new DateOnly(2026, 3, 9), review.DueDate);
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, review.PolicyProfile);
        Assert.NotEmpty(await platform.AuditAsync(submitted.LinkageNumber));
    }

    [Theory]
    [InlineData("residentIdNumber")]
    [InlineData("phone")]
    [InlineData("claims")]
    [InlineData("channel")]
    [InlineData("employerCreditCode")]
    public async Task An_invalid_application_is_refused_on_its_field_and_nothing_is_written(string field)
    {
        var command = TestKit.Direct();
        command = field switch
        {
            "residentIdNumber" => command with { ResidentIdNumber = "360102199001011234" },
            "phone" => command with { Phone = "123" },
            "claims" => command with { Claims = [] },
            "channel" => command with { Channel = ApplicationChannel.Referred },
            _ => command with { EmployerCreditCode = "91360100MA35XXXX0" },
        };

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SubmitAsync(command));

        Assert.Equal([field], error.Errors.Keys);
        Assert.Equal(0, await platform.QueryAsync<LegalAidDbContext, int>(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task The_materials_notice_stops_the_review_and_after_the_last_day_the_application_is_deemed_withdrawn()
    {
        var submitted = await platform.SubmitAsync(TestKit.Direct());

        await platform.SendAsync(new RequestMaterialsCommand(submitted.Id, "劳动合同或者工资条\n经济困难状况说明", new DateOnly(2026, 3, 31)));

        var waiting = await platform.ApplicationAsync(submitted.Id);
        Assert.Equal(LegalAidApplicationStatus.AwaitingMaterials, waiting.Status);
        Assert.Equal(DeadlineState.Cancelled, Assert.Single(await platform.DeadlinesOfAsync(submitted.Id, Review)).State);

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 31, 23, 50, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();
        Assert.Equal(LegalAidApplicationStatus.AwaitingMaterials, (await platform.ApplicationAsync(submitted.Id)).Status);

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 1, 0, 1, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();

        var withdrawn = await platform.ApplicationAsync(submitted.Id);
        Assert.Equal(LegalAidApplicationStatus.Withdrawn, withdrawn.Status);
        Assert.NotNull(withdrawn.WithdrawnAt);
    }

    [Fact]
    public async Task Supplementing_in_time_cancels_the_withdrawal_and_restarts_the_review_from_that_day()
    {
        var submitted = await platform.SubmitAsync(TestKit.Direct());
        await platform.SendAsync(new RequestMaterialsCommand(submitted.Id, "劳动合同", new DateOnly(2026, 3, 31)));
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 27, 10, 0, 0, TimeSpan.FromHours(8)));

        await platform.SendAsync(new SupplementMaterialsCommand(submitted.Id));
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();

        var application = await platform.ApplicationAsync(submitted.Id);
        Assert.Equal(LegalAidApplicationStatus.PendingReview, application.Status);
        var reviews = await platform.DeadlinesOfAsync(submitted.Id, Review);
        var open = Assert.Single(reviews, d => d.State == DeadlineState.Open);
        Assert.Equal(new DateOnly(2026, 4, 3), open.DueDate);

        await platform.SendAsync(new RefuseLegalAidCommand(submitted.Id, "请求事项不属于法律援助范围"));
        Assert.Equal(DeadlineState.Completed, (await platform.DeadlinesOfAsync(submitted.Id, Review)).Single(d => d.Id == open.Id).State);
    }

    [Fact]
    public async Task The_notice_is_given_once_and_a_decision_waits_for_the_materials()
    {
        var submitted = await platform.SubmitAsync(TestKit.Direct());
        await platform.SendAsync(new RequestMaterialsCommand(submitted.Id, "劳动合同", new DateOnly(2026, 3, 31)));

        Assert.Equal("legalaid.materials-notice-once", (await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new RequestMaterialsCommand(submitted.Id, "身份证", new DateOnly(2026, 4, 30))))).Code);
        Assert.Equal("legalaid.awaiting-materials", (await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new GrantLegalAidCommand(submitted.Id, null, "符合条件")))).Code);
    }

    [Fact]
    public async Task A_notice_without_items_or_a_date_is_refused_on_the_fields()
    {
        var submitted = await platform.SubmitAsync(TestKit.Direct());

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new RequestMaterialsCommand(submitted.Id, " ", null)));

        Assert.Equal(["missingMaterials", "supplementDueOn"], error.Errors.Keys.Order());
    }

    [Fact]
    public async Task The_details_show_the_eligibility_assessment_by_the_province_policy()
    {
        var submitted = await platform.SubmitAsync(TestKit.Direct(seed: 3, isMigrantWorker: false, income: 2600m, LabourClaimKind.SocialInsuranceBenefits));

        var details = await platform.SendAsync(new GetApplicationQuery(submitted.Id));

        Assert.False(details.Eligibility.Eligible);
        Assert.Equal(HardshipFinding.Exceeds, details.Eligibility.Hardship);
        Assert.Contains(details.Eligibility.Reasons, r => r.Contains("2600", StringComparison.Ordinal));
        Assert.Equal("窗口申请", details.ChannelName);
    }
}
