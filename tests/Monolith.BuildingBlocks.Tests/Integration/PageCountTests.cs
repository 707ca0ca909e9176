using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Tests.TestModules.Publisher;
using Monolith.Testing;

namespace Monolith.BuildingBlocks.Tests.Integration;

/// <summary>
/// A list counts no further than a fixed number of items past its page (ADR 0089), in one statement on the real
/// database: past that it says "more than", and the next page is still known to exist.
/// </summary>
public sealed class PageCountTests
{
    [Fact]
    public async Task A_list_counts_up_to_the_given_number_past_its_page_and_then_says_more_than()
    {
        await using var platform = await PlatformFixture.CreateAsync([new PublisherModule()], policyProfile: null);
        await platform.QueryAsync<PublisherDbContext, int>(db =>
        {
            db.Notes.AddRange(Enumerable.Range(1, 30).Select(i => new Note { Id = Guid.NewGuid(), LinkageNumber = $"N{i:00}", Text = "x" }));
            return db.SaveChangesAsync();
        });

        var counts = await platform.QueryAsync<PublisherDbContext, List<(int, bool)>>(async db =>
        {
            var notes = db.Notes.OrderBy(n => n.LinkageNumber);
            return
            [
                await notes.CountForPageAsync(new PageRequest(1, 5), CancellationToken.None, countedAhead: 10),
                await notes.CountForPageAsync(new PageRequest(3, 5), CancellationToken.None, countedAhead: 10),
                await notes.CountForPageAsync(new PageRequest(1, 5), CancellationToken.None, countedAhead: 25),
                await notes.CountForPageAsync(new PageRequest(1, 5), CancellationToken.None, countedAhead: 24),
                await notes.CountForPageAsync(new PageRequest(1, 5), CancellationToken.None),
            ];
        });

        Assert.Equal(
            [(15, false), (25, false), (30, true), (29, false), (30, true)],
            counts);
    }

    [Fact]
    public void A_page_whose_count_stopped_still_has_a_next_page()
    {
        var page = new Paged<int>([1, 2, 3, 4, 5], 1, 5, 15, TotalCountExact: false);

        Assert.True(page.HasNextPage);
        Assert.False(page.Select(i => i * 2).TotalCountExact);
    }
}
