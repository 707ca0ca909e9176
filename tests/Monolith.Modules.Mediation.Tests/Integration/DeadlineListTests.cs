using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Tests.Integration;

/// <summary>Mediation's deadline list (what its page and /api/mediation/deadlines show) over its own tables.</summary>
public sealed class DeadlineListTests
{
    [Fact]
    public async Task A_mediation_application_received_on_monday_is_listed_with_its_due_date_basis_and_linkage_number()
    {
        await using var platform = await TestKit.PlatformAsync();

        await platform.StartDeadlineAsync(MediationDeadlineRules.NoAgreementArbitration, TestKit.Application(1));

        var deadline = Assert.Single(await platform.DeadlinesAsync<MediationDbContext>());
        Assert.Equal(MediationDeadlineRules.NoAgreementArbitration, deadline.RuleId);
        Assert.Equal("360100-TJ-2026-000001", deadline.LinkageNumber);
        Assert.Equal(new DateOnly(2026, 3, 2), deadline.TriggerDate);
        Assert.Equal(new DateOnly(2026, 3, 17), deadline.DueDate); // 15 calendar days from the next day
        Assert.Contains("第十四条第三款", deadline.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, deadline.PolicyProfile);
        Assert.Equal(DeadlineState.Open, deadline.State);
    }

    [Fact]
    public async Task The_list_holds_mediations_deadlines_and_none_of_another_modules()
    {
        await using var platform = await TestKit.PlatformWithNeighbourAsync();

        await platform.StartDeadlineAsync(TestKit.NeighbourRule, TestKit.NeighbourMatter(1));
        await platform.StartDeadlineAsync(MediationDeadlineRules.CommitteeAcceptance, TestKit.Application(2));
        await platform.StartDeadlineAsync(TestKit.NeighbourRule, TestKit.NeighbourMatter(2));

        var deadlines = await platform.DeadlinesAsync<MediationDbContext>(DeadlineFilter.All);

        var deadline = Assert.Single(deadlines);
        Assert.Equal("360100-TJ-2026-000002", deadline.LinkageNumber);
    }

    [Fact]
    public async Task A_committee_that_has_not_accepted_within_three_working_days_is_listed_as_missed()
    {
        await using var platform = await TestKit.PlatformAsync();
        await platform.StartDeadlineAsync(MediationDeadlineRules.CommitteeAcceptance, TestKit.Application(3));

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.FromHours(8)));
        var processed = await platform.ProcessDeadlinesAsync();

        Assert.Equal(1, processed.Missed);
        var missed = Assert.Single(await platform.DeadlinesAsync<MediationDbContext>(DeadlineFilter.Missed));
        Assert.Equal(new DateOnly(2026, 3, 5), missed.DueDate);
        Assert.Equal(DeadlineState.Missed, missed.State);
    }
}
