using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Negotiations;
using Monolith.Modules.Mediation.Persistence;
using static Monolith.Modules.Mediation.MediationDeadlineRules;

namespace Monolith.Modules.Mediation.Tests.Integration;

/// <summary>协商: the employer's 5 days to answer (its silence counts as unwillingness), the settlement, and the way to mediation.</summary>
public sealed class NegotiationFlowTests
{
    [Fact]
    public async Task A_request_to_negotiate_gives_the_employer_five_days_rolled_to_the_next_working_day()
    {
        await using var platform = await TestKit.PlatformAsync();

        var registered = await platform.SendAsync(Request());

        Assert.Matches("^360100-TJ-2026-\\d{6}$", registered.LinkageNumber);
        var answer = Assert.Single(await platform.CaseDeadlinesAsync(registered.Id));
        Assert.Equal((NegotiationAnswer, new DateOnly(2026, 3, 9)), (answer.RuleId, answer.DueDate)); // 3-7 is a Saturday
    }

    [Fact]
    public async Task A_union_request_names_the_union()
    {
        await using var platform = await TestKit.PlatformAsync();

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(Request() with { RequestedBy = NegotiationRequester.Union }));

        Assert.Equal(["unionName"], invalid.Errors.Keys);
    }

    [Fact]
    public async Task Silence_for_five_days_means_the_employer_is_unwilling_and_the_missed_answer_is_reported()
    {
        await using var platform = await TestKit.PlatformAsync();
        var registered = await platform.SendAsync(Request());

        platform.Clock.SetUtcNow(TestKit.Local(3, 10, 0, 5));
        await platform.ProcessDeadlinesAsync();

        var details = await platform.SendAsync(new GetNegotiationQuery(registered.Id));
        Assert.Equal(NegotiationStatus.NoAnswer, details.Status);
        Assert.True(details.CanGoToMediation);
        Assert.Equal(NegotiationAnswer, Assert.Single(await platform.PublishedAsync<DeadlineMissedIntegrationEvent>()).RuleId);
    }

    [Fact]
    public async Task An_answer_in_time_stops_the_silence_check()
    {
        await using var platform = await TestKit.PlatformAsync();
        var registered = await platform.SendAsync(Request());

        await platform.SendAsync(new RecordNegotiationAnswerCommand(registered.Id, true, "同意3月5日协商"));
        platform.Clock.SetUtcNow(TestKit.Local(3, 10, 0, 5));
        await platform.ProcessDeadlinesAsync();

        Assert.Equal(NegotiationStatus.Negotiating, (await platform.SendAsync(new GetNegotiationQuery(registered.Id))).Status);
        Assert.Equal(DeadlineState.Completed, Assert.Single(await platform.CaseDeadlinesAsync(registered.Id)).State);
        Assert.Empty(await platform.PublishedAsync<DeadlineMissedIntegrationEvent>());
    }

    [Fact]
    public async Task An_unperformed_settlement_goes_to_mediation_under_the_same_linkage_number()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, _) = await platform.OrganisationAsync();
        var registered = await platform.SendAsync(Request());
        await platform.SendAsync(new RecordNegotiationAnswerCommand(registered.Id, true, null));
        await platform.SendAsync(new RecordSettlementCommand(registered.Id, "3月10日前支付工资8400元", 8_400m, new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 2)));

        platform.Clock.SetUtcNow(TestKit.Local(3, 11, 10));
        await platform.SendAsync(new RecordSettlementPerformanceCommand(registered.Id, false));
        var transferred = await platform.SendAsync(new TransferToMediationCommand(registered.Id, organisation, [TestKit.Wages()]));

        Assert.Equal(registered.LinkageNumber, transferred.LinkageNumber);
        var mediationCase = await platform.CaseAsync(transferred.Id);
        Assert.Equal((CaseChannel.FromNegotiation, registered.Id), (mediationCase.Channel, mediationCase.NegotiationId));
        Assert.Equal(NegotiationStatus.TransferredToMediation, (await platform.SendAsync(new GetNegotiationQuery(registered.Id))).Status);
        Assert.Equal(NoAgreementArbitration, Assert.Single(await platform.CaseDeadlinesAsync(transferred.Id)).RuleId);
    }

    private static RequestNegotiationCommand Request() =>
        new(NegotiationRequester.Worker, null, TestKit.Worker(), TestKit.Employer(), "拖欠2026年1月至2月工资", 8_400m);
}
