using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Tests.Integration;

/// <summary>Inspection's deadline list (what its page and /api/inspection/deadlines show) over its own tables.</summary>
public sealed class DeadlineListTests
{
    [Fact]
    public async Task A_complaint_received_on_monday_is_listed_with_its_due_date_basis_and_linkage_number()
    {
        await using var platform = await TestKit.PlatformAsync();

        await platform.StartDeadlineAsync(InspectionDeadlineRules.AcceptComplaint, TestKit.ComplaintSubject(1));

        var deadline = Assert.Single(await platform.DeadlinesAsync<InspectionDbContext>());
        Assert.Equal(InspectionDeadlineRules.AcceptComplaint, deadline.RuleId);
        Assert.Equal("360100-JC-2026-000001", deadline.LinkageNumber);
        Assert.Equal(new DateOnly(2026, 3, 2), deadline.TriggerDate);
        Assert.Equal(new DateOnly(2026, 3, 9), deadline.DueDate); // 5 working days: Tue 3 … Mon 9 March
        Assert.Contains("第十八条第一款", deadline.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, deadline.PolicyProfile);
        Assert.Equal(DeadlineState.Open, deadline.State);
    }

    [Fact]
    public async Task The_list_holds_inspections_deadlines_and_none_of_another_modules()
    {
        await using var platform = await TestKit.PlatformWithNeighbourAsync();

        await platform.StartDeadlineAsync(TestKit.NeighbourRule, TestKit.NeighbourMatter(1));
        await platform.StartDeadlineAsync(InspectionDeadlineRules.CompleteInvestigation, TestKit.ComplaintSubject(2));
        await platform.StartDeadlineAsync(TestKit.NeighbourRule, TestKit.NeighbourMatter(2));

        var deadlines = await platform.DeadlinesAsync<InspectionDbContext>(DeadlineFilter.All);

        var deadline = Assert.Single(deadlines);
        Assert.Equal("360100-JC-2026-000002", deadline.LinkageNumber);
    }

    [Fact]
    public async Task A_deadline_not_met_by_its_due_day_is_listed_as_missed()
    {
        await using var platform = await TestKit.PlatformAsync();
        await platform.StartDeadlineAsync(InspectionDeadlineRules.AcceptComplaint, TestKit.ComplaintSubject(3));

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        var processed = await platform.ProcessDeadlinesAsync();

        Assert.Equal(1, processed.Missed);
        var missed = Assert.Single(await platform.DeadlinesAsync<InspectionDbContext>(DeadlineFilter.Missed));
        Assert.Equal(DeadlineState.Missed, missed.State);
        Assert.Equal("已逾期", missed.StateName);
    }
}
