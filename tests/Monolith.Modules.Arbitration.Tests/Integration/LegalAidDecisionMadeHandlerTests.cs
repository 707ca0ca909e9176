using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.GetApplication;
using Monolith.Modules.Arbitration.Features.RecordLegalAidDecision;
using Monolith.Modules.Arbitration.Features.ReferToLegalAid;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

/// <summary>
/// LegalAid's decision reaches Arbitration as <see cref="LegalAidDecisionMadeIntegrationEvent"/>. LegalAid is not composed
/// here: the test publishes the event itself and the platform delivers it through Arbitration's inbox.
/// </summary>
public sealed class LegalAidDecisionMadeHandlerTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;
    private Guid applicationId;
    private Guid referralId;
    private string linkageNumber = string.Empty;

    public async Task InitializeAsync()
    {
        platform = await TestKit.PlatformAsync();
        var registered = await platform.RegisterAsync();
        applicationId = registered.Id;
        linkageNumber = registered.LinkageNumber;
        referralId = await platform.SendAsync(new ReferToLegalAidCommand(applicationId, true, true, true));
        await platform.DeliverMessagesAsync(); // the referral event leaves the outbox; nobody here subscribes to it
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_grant_shows_the_assigned_lawyer_and_that_legal_aid_decided_in_time()
    {
        var decidedAt = TestKit.Monday.AddHours(4);

        await DeliverAsync(Granted(decidedAt));

        var referral = Assert.Single((await platform.ApplicationAsync(applicationId)).Referrals);
        Assert.Equal(referralId, referral.Id);
        Assert.Equal(ReferralStatus.Granted, referral.Status);
        Assert.Equal("李娜", referral.LawyerName);
        Assert.Equal("江西明衡律师事务所（演示）", referral.LawFirm);
        Assert.Equal("17098765432", referral.LawyerPhone);
        Assert.Equal(decidedAt, referral.DecidedAt);
        Assert.True(referral.DecidedInTime);
        Assert.Null(referral.RefusalReason);
        Assert.Empty((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
    }

    [Fact]
    public async Task A_refusal_shows_the_reason_and_lets_the_clerk_refer_again()
    {
        await DeliverAsync(Refused("不符合经济困难标准", decidedInTime: false));

        var details = await platform.SendAsync(new GetApplicationQuery(applicationId));
        var referral = Assert.Single(details.Referrals);
        Assert.Equal(ReferralStatus.Refused, referral.Status);
        Assert.Equal("不予法律援助", referral.StatusName);
        Assert.Equal("不符合经济困难标准", referral.RefusalReason);
        Assert.False(referral.DecidedInTime);
        Assert.True(details.CanReferToLegalAid);

        platform.Clock.Advance(TimeSpan.FromHours(1));
        var second = await platform.SendAsync(new ReferToLegalAidCommand(applicationId, true, true, true));
        Assert.NotEqual(referralId, second);
        Assert.Equal(2, (await platform.ApplicationAsync(applicationId)).Referrals.Count);
    }

    [Fact]
    public async Task A_decision_addressed_to_another_module_never_reaches_arbitration_even_if_the_id_matches()
    {
        await DeliverAsync(Granted(TestKit.Monday.AddHours(1)) with { Recipient = "Inspection" });

        var referral = Assert.Single((await platform.ApplicationAsync(applicationId)).Referrals);
        Assert.Equal(ReferralStatus.AwaitingDecision, referral.Status);
        Assert.Null(referral.LawyerName);
        Assert.Empty((await platform.SendAsync(new ListMessageProblemsQuery())).Items); // relayed to no one, not failed
        Assert.Equal(0, await platform.InboxCountAsync<ArbitrationDbContext>());
    }

    [Fact]
    public async Task A_repeated_report_changes_nothing()
    {
        var decidedAt = TestKit.Monday.AddHours(2);
        await DeliverAsync(Granted(decidedAt));

        await DeliverAsync(Refused("重复的报告", decidedInTime: false));
        await DeliverAsync(Granted(decidedAt.AddDays(1)) with { Lawyer = new AssignedLawyer("赵强", "别的律所", "17000000001") });

        var referral = Assert.Single((await platform.ApplicationAsync(applicationId)).Referrals);
        Assert.Equal(ReferralStatus.Granted, referral.Status);
        Assert.Equal("李娜", referral.LawyerName);
        Assert.Equal(decidedAt, referral.DecidedAt);
        Assert.True(referral.DecidedInTime);
        Assert.Null(referral.RefusalReason);
    }

    [Fact]
    public async Task The_handler_called_directly_twice_with_the_same_event_records_it_once()
    {
        var decision = Granted(TestKit.Monday.AddHours(3));

        await HandleDirectlyAsync(decision);
        await HandleDirectlyAsync(decision with { Lawyer = new AssignedLawyer("赵强", "别的律所", "17000000001") });

        var referral = Assert.Single((await platform.ApplicationAsync(applicationId)).Referrals);
        Assert.Equal("李娜", referral.LawyerName);
    }

    [Fact]
    public async Task A_decision_for_a_referral_arbitration_never_made_fails_and_stays_for_an_administrator()
    {
        var stray = Granted(TestKit.Monday.AddHours(1)) with { ReferralId = Guid.NewGuid() };

        await DeliverAsync(stray);

        var problem = Assert.Single((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
        Assert.Equal(MessageDirection.Inbox, problem.Direction);
        Assert.Equal(stray.EventId, problem.EventId);
        Assert.Contains(stray.ReferralId.ToString(), problem.LastError, StringComparison.Ordinal);
        Assert.Equal(ReferralStatus.AwaitingDecision, Assert.Single((await platform.ApplicationAsync(applicationId)).Referrals).Status);
    }

    private LegalAidDecisionMadeIntegrationEvent Granted(DateTimeOffset decidedAt) => new(
        Guid.NewGuid(), decidedAt, linkageNumber, Guid.NewGuid(), referralId, "Arbitration", LegalAidDecision.Granted, null,
        new AssignedLawyer("李娜", "江西明衡律师事务所（演示）", "17098765432"), decidedAt, DecidedInTime: true);

    private LegalAidDecisionMadeIntegrationEvent Refused(string reason, bool decidedInTime) => new(
        Guid.NewGuid(), TestKit.Monday.AddHours(5), linkageNumber, Guid.NewGuid(), referralId, "Arbitration", LegalAidDecision.Refused, reason,
        null, TestKit.Monday.AddHours(5), decidedInTime);

    private async Task DeliverAsync(LegalAidDecisionMadeIntegrationEvent decision)
    {
        await platform.PublishAsync(decision);
        await platform.DeliverMessagesAsync();
    }

    private async Task HandleDirectlyAsync(LegalAidDecisionMadeIntegrationEvent decision)
    {
        using var scope = platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<LegalAidDecisionMadeHandler>().HandleAsync(decision, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ArbitrationDbContext>().SaveChangesAsync();
    }
}
