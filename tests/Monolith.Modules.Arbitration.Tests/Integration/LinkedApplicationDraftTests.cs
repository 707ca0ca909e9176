using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.ConfirmLinkedApplication;
using Monolith.Modules.Arbitration.Features.DecideAcceptance;
using Monolith.Modules.Arbitration.Features.GetApplication;
using Monolith.Modules.Arbitration.Features.ListApplications;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

/// <summary>
/// Another agency sends a worker's dispute as <see cref="LinkedApplicationRequestedIntegrationEvent"/>. The referring
/// module is not composed: the test publishes the request as it would, and Arbitration's inbox delivers it.
/// </summary>
public sealed class LinkedApplicationDraftTests : IAsyncLifetime
{
    private const string LinkageNumber = "360100-JC-2026-000007";
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task The_referral_becomes_a_draft_of_the_linkage_channel_under_the_same_linkage_number_with_no_deadline_yet()
    {
        var referral = Referral(new FakeIdentity(31));

        await DeliverAsync(referral);

        var listed = Assert.Single(await platform.SendAsync(new ListApplicationsQuery(ApplicationStatus.Draft)));
        Assert.Equal(LinkageNumber, listed.LinkageNumber);
        Assert.Equal("联动转来待确认", listed.StatusName);
        var details = await platform.SendAsync(new GetApplicationQuery(listed.Id));
        Assert.Equal(ApplicationChannel.Linkage, details.Channel);
        Assert.Equal(referral.Applicant.Name, details.Applicant.Name);
        Assert.Equal(referral.EmployerCreditCode, details.Respondent.CreditCode);
        Assert.Equivalent(new[] { (ClaimType.UnpaidWages, (decimal?)23_400m), (ClaimType.Other, (decimal?)null) }, details.Claims.Select(c => (c.Type, c.Amount)), strict: true);
        Assert.Equal("劳动保障监察机构", details.LinkedFrom!.AgencyName);
        Assert.Equal(new DateOnly(2026, 2, 27), details.LinkedFrom.ReliefFirstSoughtOn);
        Assert.Equal("用人单位拒不协商", details.LinkedFrom.Reason);
        Assert.Empty(details.Deadlines);
        Assert.Empty(await platform.SendAsync(new ListMessageProblemsQuery()));
    }

    [Fact]
    public async Task A_second_referral_of_the_same_matter_changes_nothing()
    {
        await DeliverAsync(Referral(new FakeIdentity(32)));
        await DeliverAsync(Referral(new FakeIdentity(33)));

        var only = Assert.Single(await platform.SendAsync(new ListApplicationsQuery()));
        Assert.Equal(LinkageNumber, only.LinkageNumber);
        Assert.Empty(await platform.SendAsync(new ListMessageProblemsQuery()));
    }

    [Fact]
    public async Task Confirming_the_draft_receives_the_application_now_and_starts_the_same_day_filing_of_a_linkage_case()
    {
        await DeliverAsync(Referral(new FakeIdentity(34)));
        var draft = Assert.Single(await platform.SendAsync(new ListApplicationsQuery()));
        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new DecideAcceptanceCommand(draft.Id, true, null)));

        platform.Clock.Advance(TimeSpan.FromHours(2));
        await platform.SendAsync(new ConfirmLinkedApplicationCommand(draft.Id));

        var application = await platform.ApplicationAsync(draft.Id);
        Assert.Equal(ApplicationStatus.Registered, application.Status);
        Assert.Equal(TestKit.Monday.AddHours(2), application.ReceivedAt);
        var acceptance = Assert.Single(await platform.DeadlinesAsync<ArbitrationDbContext>());
        Assert.Equal(ArbitrationDeadlineRules.DecideAcceptance, acceptance.RuleId);
        Assert.Equal(LinkageNumber, acceptance.LinkageNumber);
        Assert.Equal(new DateOnly(2026, 3, 2), acceptance.Policy!.DueDate);

        var again = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new ConfirmLinkedApplicationCommand(draft.Id)));
        Assert.Equal("arbitration.not-a-draft", again.Code);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new ConfirmLinkedApplicationCommand(Guid.NewGuid())));
    }

    private static LinkedApplicationRequestedIntegrationEvent Referral(FakeIdentity fake) => new(
        Guid.NewGuid(),
        TestKit.Monday,
        LinkageNumber,
        Guid.NewGuid(),
        "Inspection",
        "劳动保障监察机构",
        LinkageNumber,
        new LinkedApplicant(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber(), IsMigrantWorker: true),
        fake.EmployerName(),
        fake.CreditCode(),
        [new LinkedClaim(LinkedClaimKind.UnpaidWages, 23_400m, "2025年10月至12月工资"), new LinkedClaim(LinkedClaimKind.Other, null, "其他违法事项")],
        "用人单位拒不协商",
        new DateOnly(2026, 2, 27),
        "inspection");

    private async Task DeliverAsync(LinkedApplicationRequestedIntegrationEvent referral)
    {
        await platform.PublishAsync(referral);
        await platform.DeliverMessagesAsync();
    }
}
