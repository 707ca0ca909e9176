using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Platform.Contracts;
using Monolith.Modules.Supervision.Features.ListOversight;
using Monolith.Modules.Supervision.Features.OversightStatistics;
using Monolith.Modules.Supervision.Features.RecordFollowUp;
using Monolith.Modules.Supervision.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Supervision.Tests.Integration;

public sealed class FollowUpAndStatisticsTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_follow_up_with_its_own_deadline_is_reported_overdue_once_if_not_closed_in_time()
    {
        var missed = TestKit.Missed(TestKit.Monday);
        await platform.DeliverAsync(missed);
        var entryId = Assert.Single(await platform.EntriesAsync()).Id;

        await platform.SendAsync(new RecordFollowUpCommand(entryId, "已函告，限期办结", new DateOnly(2026, 3, 6)));
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 6, 23, 59, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();
        Assert.Null(Assert.Single(await platform.EntriesAsync()).FollowUpOverdueAt);

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 7, 0, 0, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();
        await platform.RunDueScheduledWorkAsync();

        var entry = Assert.Single((await platform.SendAsync(new ListOversightEntriesQuery())).Items);
        Assert.Equal(new DateOnly(2026, 3, 6), entry.FollowUpDueDate);
        Assert.NotNull(entry.FollowUpOverdueAt);
        var notice = Assert.Single((await platform.OutboxEventsAsync<SupervisionDbContext>()).OfType<NotificationRequestedIntegrationEvent>());
        Assert.StartsWith("督办事项逾期", notice.Subject, StringComparison.Ordinal);
        Assert.Contains(SupervisionModule.Role, notice.Roles);
    }

    [Fact]
    public async Task A_follow_up_closed_in_time_is_never_reported_overdue()
    {
        await platform.DeliverAsync(TestKit.Missed(TestKit.Monday));
        var entryId = Assert.Single(await platform.EntriesAsync()).Id;
        await platform.SendAsync(new RecordFollowUpCommand(entryId, "已督办", new DateOnly(2026, 3, 6)));

        await platform.SendAsync(new CloseFollowUpCommand(entryId, "法律援助中心已补作决定"));
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();

        var entry = Assert.Single((await platform.SendAsync(new ListOversightEntriesQuery())).Items);
        Assert.Equal("法律援助中心已补作决定", entry.FollowUpResult);
        Assert.Null(entry.FollowUpOverdueAt);
        Assert.Empty((await platform.OutboxEventsAsync<SupervisionDbContext>()).OfType<NotificationRequestedIntegrationEvent>());
        var twice = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new CloseFollowUpCommand(entryId, "再次")));
        Assert.Equal("supervision.follow-up-closed", twice.Code);
    }

    [Fact]
    public async Task A_follow_up_deadline_cannot_be_in_the_past_and_closing_needs_a_follow_up_and_a_result()
    {
        await platform.DeliverAsync(TestKit.Missed(TestKit.Monday));
        var entryId = Assert.Single(await platform.EntriesAsync()).Id;

        var past = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new RecordFollowUpCommand(entryId, "督办", new DateOnly(2026, 3, 1))));
        Assert.Equal("supervision.follow-up-due-past", past.Code);
        var notYet = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new CloseFollowUpCommand(entryId, "办结")));
        Assert.Equal("supervision.not-followed-up", notYet.Code);
        var empty = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new CloseFollowUpCommand(entryId, "")));
        Assert.Equal(["result"], empty.Errors.Keys);
    }

    [Fact]
    public async Task Missed_deadlines_are_counted_by_agency_rule_and_month()
    {
        await platform.DeliverAsync(
            TestKit.Missed(TestKit.Monday.AddMonths(-1), number: 1),
            TestKit.Missed(TestKit.Monday, number: 2),
            TestKit.Missed(TestKit.Monday, module: "Arbitration", agencyName: "劳动人事争议仲裁院", number: 3),
            TestKit.Missed(TestKit.Monday.AddMonths(-13), number: 4));
        var arbitration = (await platform.EntriesAsync()).Single(e => e.Module == "Arbitration").Id;
        await platform.SendAsync(new RecordFollowUpCommand(arbitration, "已督办"));

        var report = await platform.SendAsync(new OversightStatisticsQuery(12));

        Assert.Equal(3, report.Total); // the one 13 months ago is outside
        Assert.Equal("2025-04", report.MonthLabels[0]);
        Assert.Equal("2026-03", report.MonthLabels[^1]);
        Assert.Equal([("LegalAid", 2, 0), ("Arbitration", 1, 1)], report.ByAgency.Select(a => (a.Key, a.Missed, a.FollowedUp)));
        Assert.Equal([1, 2], report.ByMonth.TakeLast(2));
        Assert.Equal([1, 1], report.AgencyByMonth["法律援助机构"].TakeLast(2));
        Assert.Equal(("legalaid.review-application", 3), (Assert.Single(report.ByRule).Key, report.ByRule[0].Missed));
    }
}
