using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Supervision.Features.RecordMissedDeadline;
using Monolith.Modules.Supervision.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Supervision.Tests.Integration;

public sealed class DeadlineMissedHandlerTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_missed_deadline_enters_the_oversight_list_as_reported()
    {
        var missed = TestKit.Missed(TestKit.Monday.AddDays(1));
        platform.Clock.Advance(TimeSpan.FromDays(2));

        await platform.DeliverAsync(missed);

        var entry = Assert.Single(await platform.EntriesAsync());
        Assert.Equal(missed.DeadlineId, entry.DeadlineId);
        Assert.Equal("LegalAid", entry.Module);
        Assert.Equal(missed.LinkageNumber, entry.LinkageNumber);
        Assert.Equal(missed.RuleId, entry.RuleId);
        Assert.Equal(missed.RuleTitle, entry.RuleTitle);
        Assert.Equal(missed.LegalBasis, entry.LegalBasis);
        Assert.Equal(missed.PolicyProfile, entry.PolicyProfile);
        Assert.Equal(missed.DueDate, entry.DueDate);
        Assert.Equal(missed.OccurredAt, entry.MissedAt); // when the agency's deadline was marked missed, not when it arrived here
        Assert.Equal(missed.SubjectReference, entry.SubjectReference);
        Assert.False(entry.ProvisionalCalendar);
        Assert.Null(entry.FollowedUpAt);
        Assert.Null(entry.FollowUpNote);
    }

    [Fact]
    public async Task The_same_missed_deadline_reported_twice_is_one_entry()
    {
        var missed = TestKit.Missed(TestKit.Monday);

        await platform.DeliverAsync(missed);
        await platform.DeliverAsync(missed with { EventId = Guid.NewGuid(), OccurredAt = TestKit.Monday.AddHours(1) });

        var entry = Assert.Single(await platform.EntriesAsync());
        Assert.Equal(TestKit.Monday, entry.MissedAt);
        Assert.Empty((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
    }

    [Fact]
    public async Task The_handler_given_one_event_twice_keeps_one_entry()
    {
        var missed = TestKit.Missed(TestKit.Monday);

        for (var i = 0; i < 2; i++)
        {
            using var scope = platform.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DeadlineMissedHandler>().HandleAsync(missed, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<SupervisionDbContext>().SaveChangesAsync();
        }

        Assert.Single(await platform.EntriesAsync());
    }

    [Fact]
    public async Task Two_missed_deadlines_are_two_entries_even_for_one_matter()
    {
        var first = TestKit.Missed(TestKit.Monday, module: "Arbitration", agencyName: "劳动人事争议仲裁院", number: 7);
        var second = TestKit.Missed(TestKit.Monday.AddHours(2), module: "Arbitration", agencyName: "劳动人事争议仲裁院", number: 7) with { RuleId = "arbitration.one-time-notice" };

        await platform.DeliverAsync(first, second);

        var entries = await platform.EntriesAsync();
        Assert.Equal(2, entries.Count);
        Assert.Equal([first.DeadlineId, second.DeadlineId], entries.OrderBy(e => e.MissedAt).Select(e => e.DeadlineId));
        Assert.All(entries, e => Assert.Equal(first.LinkageNumber, e.LinkageNumber));
    }

    [Fact]
    public async Task A_deadline_missed_on_the_platform_reaches_the_oversight_list_through_the_sweep_and_the_outbox()
    {
        // Supervision's own deadline rules stand in for any agency's: the sweep marks it missed, publishes the
        // event through the module's outbox, and the platform delivers it to the oversight handler.
        Guid deadlineId;
        using (var scope = platform.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
            var deadline = await scope.ServiceProvider.GetRequiredService<DeadlineTracker>().StartAsync(
                db, "supervision.procuratorial-suggestion-reply", platform.Clock.GetUtcNow(),
                new DeadlineSubject("Suggestion", Guid.NewGuid(), "360100-JD-2026-000001", "检察建议 360100-JD-2026-000001"), CancellationToken.None);
            await db.SaveChangesAsync();
            deadlineId = deadline.Id;
        }

        platform.Clock.Advance(TimeSpan.FromDays(70)); // two months from 03-02 end on Sat 05-02, inside the Labour Day holiday: rolled to Wed 05-06
        Assert.Equal(1, (await platform.ProcessDeadlinesAsync()).Missed);
        await platform.DeliverMessagesAsync();

        var entry = Assert.Single(await platform.EntriesAsync());
        Assert.Equal(deadlineId, entry.DeadlineId);
        Assert.Equal("Supervision", entry.Module);
        Assert.Equal("supervision.procuratorial-suggestion-reply", entry.RuleId);
        Assert.Equal("360100-JD-2026-000001", entry.LinkageNumber);
        Assert.Equal(new DateOnly(2026, 5, 6), entry.DueDate);
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, entry.PolicyProfile);
        Assert.Equal(platform.Clock.GetUtcNow(), entry.MissedAt);
    }
}
