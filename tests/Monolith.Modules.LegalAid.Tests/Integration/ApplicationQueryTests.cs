using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Features.ListApplications;
using Monolith.Testing;

namespace Monolith.Modules.LegalAid.Tests.Integration;

public sealed class ApplicationQueryTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Pending_applications_come_first_oldest_first_then_decided_ones_newest_first()
    {
        var a = await platform.ReceiveAsync(TestKit.Referral(TestKit.Monday, seed: 1));
        var b = await platform.ReceiveAsync(TestKit.Referral(TestKit.Monday.AddMinutes(10), seed: 2));
        var c = await platform.ReceiveAsync(TestKit.Referral(TestKit.Monday.AddMinutes(20), seed: 3));
        var d = await platform.ReceiveAsync(TestKit.Referral(TestKit.Monday.AddMinutes(30), seed: 4));
        var lawyer = await platform.AddLawyerAsync(1);
        platform.Clock.Advance(TimeSpan.FromHours(1));
        await platform.SendAsync(new GrantLegalAidCommand(a.Id, lawyer));
        await platform.SendAsync(new RefuseLegalAidCommand(c.Id, "经济状况不符合条件"));

        var list = (await platform.SendAsync(new ListApplicationsQuery())).Items;

        Assert.Equal([b.Id, d.Id, c.Id, a.Id], list.Select(x => x.Id));
        Assert.Equal(
            [LegalAidApplicationStatus.PendingReview, LegalAidApplicationStatus.PendingReview, LegalAidApplicationStatus.Refused, LegalAidApplicationStatus.Granted],
            list.Select(x => x.Status));
        Assert.Equal("待审查", list[0].StatusName);
    }

    [Fact]
    public async Task The_list_masks_identity_numbers_names_the_source_and_shows_when_the_review_is_due()
    {
        var referral = TestKit.Referral(TestKit.Monday, seed: 5);
        await platform.ReceiveAsync(referral);

        var item = Assert.Single((await platform.SendAsync(new ListApplicationsQuery())).Items);

        var id = referral.Worker.ResidentIdNumber;
        Assert.Equal(id[..6] + "********" + id[14..], item.ApplicantIdNumber);
        Assert.Equal(referral.Worker.Name, item.ApplicantName);
        Assert.Equal(referral.EmployerName, item.EmployerName);
        Assert.Equal("劳动人事争议仲裁院转介", item.Source);
        Assert.Equal(referral.LinkageNumber, item.LinkageNumber);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.FromHours(8)), item.ReviewDueAt);
    }

    [Fact]
    public async Task The_list_can_be_filtered_by_status()
    {
        var pending = await platform.ReceiveAsync(TestKit.Referral(TestKit.Monday, seed: 1));
        var refused = await platform.ReceiveAsync(TestKit.Referral(TestKit.Monday, seed: 2));
        await platform.SendAsync(new RefuseLegalAidCommand(refused.Id, "经济状况不符合条件"));

        Assert.Equal([pending.Id], ((await platform.SendAsync(new ListApplicationsQuery(LegalAidApplicationStatus.PendingReview))).Items).Select(x => x.Id));
        Assert.Equal([refused.Id], ((await platform.SendAsync(new ListApplicationsQuery(LegalAidApplicationStatus.Refused))).Items).Select(x => x.Id));
        Assert.Empty((await platform.SendAsync(new ListApplicationsQuery(LegalAidApplicationStatus.Granted))).Items);
    }

    [Fact]
    public async Task One_application_shows_the_eligibility_note_and_its_deadline_and_the_read_is_audited()
    {
        var referral = TestKit.Referral(TestKit.Monday, seed: 6, isMigrantWorker: true, LabourClaimKind.LabourRemuneration);
        var application = await platform.ReceiveAsync(referral);

        var details = await platform.SendAsync(new GetApplicationQuery(application.Id));

        Assert.Equal(referral.Worker.ResidentIdNumber, details.Applicant.ResidentIdNumber);
        Assert.True(details.HardshipCheckWaived);
        Assert.Contains("免予核查经济困难状况", details.EligibilityNote, StringComparison.Ordinal);
        Assert.Equal("劳动人事争议仲裁院", details.Referral!.ReferringAgencyName);
        Assert.Equal("劳动报酬", Assert.Single(details.Claims).KindName);
        var deadline = Assert.Single(details.Deadlines);
        Assert.Equal("legalaid.review-application", deadline.RuleId);
        Assert.Equal(DeadlineState.Open, deadline.State);

        // One entry for the page's read, although its deadlines are a nested read of their own.
        var read = Assert.Single(await platform.AuditAsync(referral.LinkageNumber), e => e.Kind == AuditKind.PersonalDataRead);
        Assert.Equal("LegalAid.GetApplication", read.Action);
        Assert.Equal("LegalAidReviewer", read.Role);
    }
}
