using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.GetCase;
using Monolith.Modules.Inspection.Features.ReferToLegalAid;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Testing;

namespace Monolith.Modules.Inspection.Tests.Integration;

/// <summary>
/// Legal aid reports a lawyer assigned or replaced after the grant (LegalAidLawyerAssignedIntegrationEvent, addressed to
/// Inspection): the referral shows the lawyer where it shows the decision, the timeline says so, and a repeated or older
/// report changes nothing.
/// </summary>
public sealed class LegalAidLawyerAssignedTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_lawyer_assigned_after_the_grant_is_shown_on_the_referral_and_in_the_timeline_once()
    {
        var (registered, referralId) = await ReferredAsync();
        await platform.DeliverAsync(Decision(registered.LinkageNumber, referralId, lawyer: null));

        var assigned = Assigned(registered.LinkageNumber, referralId, "李律师", TestKit.Monday.AddDays(1), replaced: false);
        await platform.DeliverAsync(assigned);
        await platform.DeliverAsync(assigned with { EventId = Guid.NewGuid() });

        var details = await platform.SendAsync(new GetCaseQuery(registered.Id));
        var shown = Assert.Single(details.LegalAidReferrals);
        Assert.Equal(ReferralStatus.Granted, shown.Status);
        Assert.Equal("李律师", shown.LawyerName);
        Assert.Equal("江西某律师事务所（演示）", shown.LawFirm);
        Assert.Single(details.Timeline, t => t.Text.Contains("指派李律师", StringComparison.Ordinal));
        Assert.Empty((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
    }

    [Fact]
    public async Task A_replacement_replaces_the_lawyer_named_in_the_decision_and_an_older_report_does_not_undo_it()
    {
        var (registered, referralId) = await ReferredAsync();
        await platform.DeliverAsync(Decision(registered.LinkageNumber, referralId, new AssignedLawyer("王律师", "江西某律师事务所（演示）", "17012345678")));

        await platform.DeliverAsync(Assigned(registered.LinkageNumber, referralId, "赵律师", TestKit.Monday.AddDays(2), replaced: true));
        await platform.DeliverAsync(Assigned(registered.LinkageNumber, referralId, "钱律师", TestKit.Monday.AddDays(1), replaced: true));

        var details = await platform.SendAsync(new GetCaseQuery(registered.Id));
        Assert.Equal("赵律师", Assert.Single(details.LegalAidReferrals).LawyerName);
        Assert.Contains(details.Timeline, t => t.Text.Contains("更换法律援助人员为赵律师", StringComparison.Ordinal));
        Assert.DoesNotContain(details.Timeline, t => t.Text.Contains("钱律师", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lawyer_after_a_refusal_means_the_aid_was_granted_after_all()
    {
        var (registered, referralId) = await ReferredAsync();
        await platform.DeliverAsync(Decision(registered.LinkageNumber, referralId, lawyer: null) with { Decision = LegalAidDecision.Refused, RefusalReason = "不符合经济困难标准" });

        await platform.DeliverAsync(Assigned(registered.LinkageNumber, referralId, "李律师", TestKit.Monday.AddDays(6), replaced: false));

        var shown = Assert.Single((await platform.SendAsync(new GetCaseQuery(registered.Id))).LegalAidReferrals);
        Assert.Equal(ReferralStatus.Granted, shown.Status);
        Assert.Null(shown.RefusalReason);
        Assert.Equal("李律师", shown.LawyerName);
    }

    [Fact]
    public async Task A_report_addressed_to_another_module_never_reaches_inspection()
    {
        var (registered, referralId) = await ReferredAsync();
        await platform.DeliverAsync(Decision(registered.LinkageNumber, referralId, lawyer: null));

        await platform.DeliverAsync(Assigned(registered.LinkageNumber, referralId, "李律师", TestKit.Monday.AddDays(1), replaced: false) with { Recipient = "Union" });

        Assert.Null(Assert.Single((await platform.SendAsync(new GetCaseQuery(registered.Id))).LegalAidReferrals).LawyerName);
    }

    private async Task<(Features.RegisterMatter.RegisteredMatter Registered, Guid ReferralId)> ReferredAsync()
    {
        var registered = await platform.RegisterAsync(TestKit.Complaint(9, TestKit.Worker(71)));
        var workerId = (await platform.CaseAsync(registered.Id)).Workers.Single().Id;
        var referralId = await platform.SendAsync(new ReferToLegalAidCommand(registered.Id, workerId, true, true, true));
        return (registered, referralId);
    }

    private static LegalAidDecisionMadeIntegrationEvent Decision(string linkageNumber, Guid referralId, AssignedLawyer? lawyer) => new(
        Guid.NewGuid(), TestKit.Monday.AddHours(3), linkageNumber, Guid.NewGuid(), referralId, "Inspection", LegalAidDecision.Granted, null,
        lawyer, TestKit.Monday.AddHours(3), true);

    private static LegalAidLawyerAssignedIntegrationEvent Assigned(string linkageNumber, Guid referralId, string lawyer, DateTimeOffset at, bool replaced) => new(
        Guid.NewGuid(), at, linkageNumber, Guid.NewGuid(), referralId, "Inspection", new AssignedLawyer(lawyer, "江西某律师事务所（演示）", "17012345678"), at, replaced);
}
