using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Supervision.Features.ListOversight;
using Monolith.Modules.Supervision.Features.RecordFollowUp;
using Monolith.Testing;

namespace Monolith.Modules.Supervision.Tests.Integration;

public sealed class OversightTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Open_entries_come_first_newest_missed_first_then_those_followed_up()
    {
        var oldest = TestKit.Missed(TestKit.Monday, number: 1);
        var middle = TestKit.Missed(TestKit.Monday.AddHours(1), module: "Arbitration", agencyName: "劳动人事争议仲裁院", number: 2);
        var newest = TestKit.Missed(TestKit.Monday.AddHours(2), number: 3);
        await platform.DeliverAsync(oldest, middle, newest);
        await platform.SendAsync(new RecordFollowUpCommand(await EntryIdAsync(newest.DeadlineId), "已电话督办"));

        var list = (await platform.SendAsync(new ListOversightEntriesQuery())).Items;

        Assert.Equal([middle.DeadlineId, oldest.DeadlineId, newest.DeadlineId], await DeadlineIdsAsync(list));
        Assert.Equal("劳动人事争议仲裁院", list[0].AgencyName);
        Assert.Null(list[0].FollowedUpAt);
        Assert.NotNull(list[2].FollowedUpAt);
    }

    [Fact]
    public async Task Open_only_leaves_out_entries_followed_up()
    {
        var open = TestKit.Missed(TestKit.Monday, number: 1);
        var done = TestKit.Missed(TestKit.Monday.AddHours(1), number: 2);
        await platform.DeliverAsync(open, done);
        await platform.SendAsync(new RecordFollowUpCommand(await EntryIdAsync(done.DeadlineId), "已督办"));

        var list = (await platform.SendAsync(new ListOversightEntriesQuery(OpenOnly: true))).Items;

        Assert.Equal([open.DeadlineId], await DeadlineIdsAsync(list));
        Assert.Equal(2, ((await platform.SendAsync(new ListOversightEntriesQuery())).Items).Count);
    }

    [Fact]
    public async Task A_follow_up_records_the_note_the_officer_and_the_time()
    {
        var missed = TestKit.Missed(TestKit.Monday);
        await platform.DeliverAsync(missed);
        var entryId = await EntryIdAsync(missed.DeadlineId);
        platform.Clock.Advance(TimeSpan.FromHours(3));

        await platform.SendAsync(new RecordFollowUpCommand(entryId, "  已函告法律援助中心，要求当日补作决定 "));

        var entry = Assert.Single((await platform.SendAsync(new ListOversightEntriesQuery())).Items);
        Assert.Equal("已函告法律援助中心，要求当日补作决定", entry.FollowUpNote);
        Assert.Equal("supervision", entry.FollowedUpBy);
        Assert.Equal(TestKit.Monday.AddHours(3), entry.FollowedUpAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("long")]
    public async Task A_follow_up_needs_a_note_of_at_most_1000_characters(string? note)
    {
        var missed = TestKit.Missed(TestKit.Monday);
        await platform.DeliverAsync(missed);
        var entryId = await EntryIdAsync(missed.DeadlineId);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new RecordFollowUpCommand(entryId, note == "long" ? new string('督', 1001) : note)));

        Assert.Equal(["note"], error.Errors.Keys);
        Assert.Null(Assert.Single(await platform.EntriesAsync()).FollowedUpAt);
    }

    [Fact]
    public async Task A_follow_up_is_recorded_once()
    {
        var missed = TestKit.Missed(TestKit.Monday);
        await platform.DeliverAsync(missed);
        var entryId = await EntryIdAsync(missed.DeadlineId);
        await platform.SendAsync(new RecordFollowUpCommand(entryId, "第一次督办"));

        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new RecordFollowUpCommand(entryId, "第二次督办")));

        Assert.Equal("supervision.followed-up", error.Code);
        Assert.Equal("第一次督办", Assert.Single(await platform.EntriesAsync()).FollowUpNote);
    }

    [Fact]
    public async Task A_follow_up_of_an_unknown_entry_is_not_found()
    {
        var unknown = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new RecordFollowUpCommand(unknown, "督办")));

        Assert.Equal(unknown, error.Key);
    }

    private async Task<Guid> EntryIdAsync(Guid deadlineId) => (await platform.EntriesAsync()).Single(e => e.DeadlineId == deadlineId).Id;

    private async Task<List<Guid>> DeadlineIdsAsync(IReadOnlyList<OversightEntryView> list)
    {
        var byId = (await platform.EntriesAsync()).ToDictionary(e => e.Id, e => e.DeadlineId);
        return list.Select(v => byId[v.Id]).ToList();
    }
}
