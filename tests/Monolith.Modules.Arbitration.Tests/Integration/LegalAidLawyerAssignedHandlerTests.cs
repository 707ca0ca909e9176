using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.GetApplication;
using Monolith.Modules.Arbitration.Features.ReferToLegalAid;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

/// <summary>
/// LegalAid's <see cref="LegalAidLawyerAssignedIntegrationEvent"/> (a lawyer assigned or replaced after the grant),
/// published into the fixture as LegalAid would: the lawyer becomes the worker's agent on the case.
/// </summary>
public sealed class LegalAidLawyerAssignedHandlerTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;
    private Guid applicationId;
    private Guid referralId;
    private string linkageNumber = string.Empty;

    public async Task InitializeAsync()
    {
        platform = await TestKit.PlatformAsync();
        var registered = await platform.RegisterAsync();
        (applicationId, linkageNumber) = (registered.Id, registered.LinkageNumber);
        referralId = await platform.SendAsync(new ReferToLegalAidCommand(applicationId, true, true, true));
        await DeliverAsync(new LegalAidDecisionMadeIntegrationEvent(
            Guid.NewGuid(), At(1), linkageNumber, Guid.NewGuid(), referralId, "Arbitration", LegalAidDecision.Granted, null, null, At(1), DecidedInTime: true));
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_lawyer_assigned_after_the_grant_is_shown_as_the_workers_agent()
    {
        var before = await platform.SendAsync(new GetApplicationQuery(applicationId));
        Assert.Null(before.LegalAidAgent);

        await DeliverAsync(Assigned("李娜", At(3)));

        var agent = (await platform.SendAsync(new GetApplicationQuery(applicationId))).LegalAidAgent!;
        Assert.Equal(("李娜", "江西明衡律师事务所（演示）", "17098765432", At(3), false), (agent.LawyerName, agent.LawFirm, agent.LawyerPhone, agent.LawyerAssignedAt, agent.LawyerReplaced));
        Assert.Equal(ReferralStatus.Granted, agent.Status);
        Assert.Empty((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
    }

    [Fact]
    public async Task A_replacement_wins_and_a_repeated_or_older_report_changes_nothing()
    {
        var first = Assigned("李娜", At(3));
        await DeliverAsync(first);
        await DeliverAsync(Assigned("赵强", At(5), replaced: true));

        await DeliverAsync(first with { EventId = Guid.NewGuid() }); // reported again: older than the current assignment
        var version = (await platform.ApplicationAsync(applicationId)).Version;
        await DeliverAsync(Assigned("赵强", At(5), replaced: true));

        var agent = (await platform.SendAsync(new GetApplicationQuery(applicationId))).LegalAidAgent!;
        Assert.Equal(("赵强", At(5), true), (agent.LawyerName, agent.LawyerAssignedAt, agent.LawyerReplaced));
        Assert.Equal(version, (await platform.ApplicationAsync(applicationId)).Version);
    }

    [Fact]
    public async Task An_assignment_addressed_to_another_module_never_arrives_and_one_for_an_unknown_referral_fails_visibly()
    {
        await DeliverAsync(Assigned("李娜", At(3)) with { Recipient = "Union" });
        Assert.Null((await platform.SendAsync(new GetApplicationQuery(applicationId))).LegalAidAgent);
        Assert.Equal(0, await platform.InboxCountAsync<ArbitrationDbContext>() - 1); // only the grant arrived

        var stray = Assigned("李娜", At(3)) with { ReferralId = Guid.NewGuid() };
        await DeliverAsync(stray);
        var problem = Assert.Single((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
        Assert.Equal(stray.EventId, problem.EventId);
    }

    private static DateTimeOffset At(int hours) => TestKit.Monday.AddHours(hours);

    private LegalAidLawyerAssignedIntegrationEvent Assigned(string name, DateTimeOffset at, bool replaced = false) => new(
        Guid.NewGuid(), at, linkageNumber, Guid.NewGuid(), referralId, "Arbitration",
        new AssignedLawyer(name, name == "李娜" ? "江西明衡律师事务所（演示）" : "江西正衡律师事务所（演示）", name == "李娜" ? "17098765432" : "17000000001"), at, replaced);

    private async Task DeliverAsync(Monolith.BuildingBlocks.Contracts.IntegrationEvent integrationEvent)
    {
        await platform.PublishAsync(integrationEvent);
        await platform.DeliverMessagesAsync();
    }
}
