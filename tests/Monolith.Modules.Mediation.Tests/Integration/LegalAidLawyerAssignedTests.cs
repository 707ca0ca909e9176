using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.Mediation.Features.Aftercare;
using Monolith.Modules.Mediation.Features.NonPerformance;

namespace Monolith.Modules.Mediation.Tests.Integration;

/// <summary>
/// Legal aid reports a lawyer assigned or replaced after the grant on Mediation's referral (addressed to Mediation): the
/// case shows the lawyer where it shows the decision; a repeated or older report changes nothing, and a report for
/// another module never arrives.
/// </summary>
public sealed class LegalAidLawyerAssignedTests
{
    [Fact]
    public async Task A_lawyer_assigned_after_the_grant_and_then_replaced_is_shown_on_the_case()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (caseId, linkageNumber, referralId) = await ReferredAsync(platform);
        await platform.PublishAsync(Decision(linkageNumber, referralId));
        await platform.DeliverMessagesAsync();

        var assigned = Assigned(linkageNumber, referralId, "李娜", TestKit.Local(3, 24, 10), replaced: false);
        await platform.PublishAsync(assigned);
        await platform.PublishAsync(Assigned(linkageNumber, referralId, "不应显示", TestKit.Local(3, 24, 10), replaced: false) with { Recipient = "Union" });
        await platform.DeliverMessagesAsync();
        var shown = (await platform.CaseAsync(caseId)).LegalAidReferral!;
        Assert.Equal((true, "李娜", "17098765432", TestKit.Local(3, 24, 10)), (shown.Granted, shown.LawyerName, shown.LawyerPhone, shown.LawyerAssignedAt));

        await platform.PublishAsync(Assigned(linkageNumber, referralId, "王强", TestKit.Local(3, 26, 9), replaced: true));
        await platform.PublishAsync(assigned with { EventId = Guid.NewGuid() });
        await platform.DeliverMessagesAsync();

        Assert.Equal("王强", (await platform.CaseAsync(caseId)).LegalAidReferral!.LawyerName);
        Assert.Empty((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
    }

    private static async Task<(Guid CaseId, string LinkageNumber, Guid ReferralId)> ReferredAsync(Testing.PlatformFixture platform)
    {
        var (organisation, mediator) = await platform.OrganisationAsync();
        var registered = await platform.AgreedCaseAsync(organisation, mediator);
        platform.Clock.SetUtcNow(TestKit.Local(3, 23, 10));
        await platform.SendAsync(new RecordPerformanceCommand(registered.Id, false, null, "未付款"));
        var referralId = await platform.SendAsync(new ReferToLegalAidCommand(registered.Id, true, true, true, true));
        return (registered.Id, registered.LinkageNumber, referralId);
    }

    private static LegalAidDecisionMadeIntegrationEvent Decision(string linkageNumber, Guid referralId) => new(
        Guid.NewGuid(), TestKit.Local(3, 23, 15), linkageNumber, Guid.NewGuid(), referralId, "Mediation", LegalAidDecision.Granted, null, null, TestKit.Local(3, 23, 15), true);

    private static LegalAidLawyerAssignedIntegrationEvent Assigned(string linkageNumber, Guid referralId, string lawyer, DateTimeOffset at, bool replaced) => new(
        Guid.NewGuid(), at, linkageNumber, Guid.NewGuid(), referralId, "Mediation", new AssignedLawyer(lawyer, "江西明衡律师事务所（演示）", "17098765432"), at, replaced);
}
