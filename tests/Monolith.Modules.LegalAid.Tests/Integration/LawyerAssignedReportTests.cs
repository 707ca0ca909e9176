using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Features.Assign;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Features.Lawyers;
using Monolith.Testing;

namespace Monolith.Modules.LegalAid.Tests.Integration;

/// <summary>
/// A lawyer assigned or replaced after the grant of a referred application is reported to the referring module
/// (LegalAidLawyerAssignedIntegrationEvent, addressed to it); a lawyer named in the grant travels in the decision instead,
/// and a direct application reports to nobody.
/// </summary>
public sealed class LawyerAssignedReportTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Assigning_after_the_grant_reports_the_lawyer_to_the_referring_module()
    {
        var referral = TestKit.Referral(TestKit.Monday);
        var application = await platform.ReceiveAsync(referral);
        var lawyerId = await platform.AddLawyerAsync(1);
        await platform.SendAsync(new GrantLegalAidCommand(application.Id, null, "符合条件"));
        platform.Clock.Advance(TimeSpan.FromHours(2));

        await platform.SendAsync(new AssignProviderCommand(application.Id, lawyerId));

        var assigned = Assert.Single(await platform.PublishedAsync<LegalAidLawyerAssignedIntegrationEvent>());
        var lawyer = await platform.ApplicationAsync(application.Id);
        Assert.Equal("Arbitration", assigned.Recipient);
        Assert.Equal(referral.ReferralId, assigned.ReferralId);
        Assert.Equal(referral.LinkageNumber, assigned.LinkageNumber);
        Assert.Equal(new AssignedLawyer(lawyer.LawyerName!, lawyer.LawFirm!, lawyer.LawyerPhone!), assigned.Lawyer);
        Assert.Equal(TestKit.Monday.AddHours(2), assigned.AssignedAt);
        Assert.False(assigned.Replaced);
        Assert.Null(Assert.Single(await platform.PublishedAsync<LegalAidDecisionMadeIntegrationEvent>()).Lawyer);
    }

    [Fact]
    public async Task A_lawyer_named_in_the_grant_travels_in_the_decision_not_in_a_second_report()
    {
        var application = await platform.ReceiveAsync(TestKit.Referral(TestKit.Monday));
        var lawyerId = await platform.AddLawyerAsync(1);

        await platform.SendAsync(new GrantLegalAidCommand(application.Id, lawyerId, "符合条件"));

        Assert.NotNull(Assert.Single(await platform.PublishedAsync<LegalAidDecisionMadeIntegrationEvent>()).Lawyer);
        Assert.Empty(await platform.PublishedAsync<LegalAidLawyerAssignedIntegrationEvent>());
    }

    [Fact]
    public async Task A_direct_application_reports_its_lawyer_to_nobody()
    {
        var submitted = await platform.SubmitAsync(TestKit.Direct());
        var lawyerId = await platform.AddLawyerAsync(1);
        await platform.SendAsync(new GrantLegalAidCommand(submitted.Id, null, "符合条件"));

        await platform.SendAsync(new AssignProviderCommand(submitted.Id, lawyerId));

        Assert.Empty(await platform.PublishedAsync<LegalAidLawyerAssignedIntegrationEvent>());
    }

    [Fact]
    public async Task Replacing_the_lawyer_reports_the_new_one_as_a_replacement_and_keeps_the_reason()
    {
        var application = await platform.ReceiveAsync(TestKit.Referral(TestKit.Monday));
        var first = await platform.AddLawyerAsync(1);
        var second = await platform.AddLawyerAsync(2);
        await platform.SendAsync(new GrantLegalAidCommand(application.Id, first, "符合条件"));
        platform.Clock.Advance(TimeSpan.FromDays(1));

        await platform.SendAsync(new ReplaceProviderCommand(application.Id, second, "原指派律师因病不能继续承办"));

        var replaced = Assert.Single(await platform.PublishedAsync<LegalAidLawyerAssignedIntegrationEvent>());
        var after = await platform.ApplicationAsync(application.Id);
        Assert.True(replaced.Replaced);
        Assert.Equal(second, after.LawyerId);
        Assert.Equal(after.LawyerName, replaced.Lawyer.Name);
        Assert.Equal(TestKit.Monday.AddDays(1), replaced.AssignedAt);
        Assert.Equal("原指派律师因病不能继续承办", after.ReplacementReason);
        Assert.NotNull(after.ReplacedLawyerName);
        Assert.NotEqual(after.LawyerName, after.ReplacedLawyerName);
    }

    [Fact]
    public async Task A_replacement_is_refused_without_a_reason_to_the_same_lawyer_to_a_conflicted_one_and_before_any_assignment()
    {
        var referral = TestKit.Referral(TestKit.Monday);
        var application = await platform.ReceiveAsync(referral);
        var first = await platform.AddLawyerAsync(1);
        var conflicted = await platform.AddLawyerAsync(2);
        await platform.SendAsync(new DeclareEngagementCommand(conflicted, referral.EmployerName, referral.EmployerCreditCode, "常年法律顾问"));
        await platform.SendAsync(new GrantLegalAidCommand(application.Id, null, "符合条件"));

        Assert.Equal("legalaid.not-assigned", (await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new ReplaceProviderCommand(application.Id, first, "理由")))).Code);
        await platform.SendAsync(new AssignProviderCommand(application.Id, first));
        Assert.Equal(["reason"], (await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new ReplaceProviderCommand(application.Id, conflicted, " ")))).Errors.Keys);
        Assert.Equal("legalaid.replacement-same", (await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new ReplaceProviderCommand(application.Id, first, "理由")))).Code);
        Assert.Equal("legalaid.conflict-of-interest", (await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new ReplaceProviderCommand(application.Id, conflicted, "理由")))).Code);

        Assert.Equal(first, (await platform.ApplicationAsync(application.Id)).LawyerId);
        Assert.Single(await platform.PublishedAsync<LegalAidLawyerAssignedIntegrationEvent>());
    }
}
