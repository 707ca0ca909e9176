using Microsoft.AspNetCore.Http;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;

namespace Monolith.BuildingBlocks.Tests.Unit.Web;

/// <summary>The shared paging convention (ADR 0031): the page shape and the pager's links, which keep the filters.</summary>
public sealed class PagerViewTests
{
    [Fact]
    public void The_links_keep_the_filters_and_replace_only_the_page_number()
    {
        var request = Request("/Arbitration", "?status=Filed&q=%E5%BC%A0&pageNumber=2");

        var pager = PagerView.For(new Paged<int>([1, 2], 2, 2, 5), request);

        Assert.Equal((2, 3, 5), (pager.PageNumber, pager.PageCount, pager.TotalCount));
        Assert.Equal("/Arbitration?status=Filed&q=%E5%BC%A0&pageNumber=1", pager.PreviousUrl);
        Assert.Equal("/Arbitration?status=Filed&q=%E5%BC%A0&pageNumber=3", pager.NextUrl);
    }

    [Fact]
    public void The_first_page_has_no_previous_link_and_the_last_no_next_link()
    {
        var first = PagerView.For(new Paged<int>([1], 1, 1, 2), Request("/x", string.Empty));
        var last = PagerView.For(new Paged<int>([2], 2, 1, 2), Request("/x", string.Empty));

        Assert.Null(first.PreviousUrl);
        Assert.Equal("/x?pageNumber=2", first.NextUrl);
        Assert.Equal("/x?pageNumber=1", last.PreviousUrl);
        Assert.Null(last.NextUrl);
    }

    [Fact]
    public void A_second_list_on_the_page_pages_by_its_own_parameter_and_leaves_the_first_alone()
    {
        var pager = PagerView.For(new Paged<int>([1], 1, 1, 3), Request("/Inspection", "?pageNumber=4"), "deadlinesPageNumber");

        Assert.Equal("/Inspection?pageNumber=4&deadlinesPageNumber=2", pager.NextUrl);
    }

    [Fact]
    public void A_list_a_module_pages_itself_gets_the_same_links_from_its_own_url_function()
    {
        var pager = PagerView.Of(2, 3, 25, page => $"/m?p={page}");

        Assert.Equal(("/m?p=1", "/m?p=3"), (pager.PreviousUrl, pager.NextUrl));
        Assert.Null(PagerView.Of(3, 3, 25, page => $"/m?p={page}").NextUrl);
    }

    [Fact]
    public void A_list_in_memory_is_paged_like_a_query_with_its_whole_count()
    {
        IReadOnlyList<int> ordered = [.. Enumerable.Range(1, 5)];

        var page = ordered.ToPaged(new PageRequest(2, 2));

        Assert.Equal([3, 4], page.Items);
        Assert.Equal((2, 2, 5, true), (page.PageNumber, page.PageSize, page.TotalCount, page.HasNextPage));
        Assert.Empty(ordered.ToPaged(new PageRequest(4, 2)).Items);
    }

    [Fact]
    public void A_page_past_the_end_links_back_to_the_last_page()
    {
        var pager = PagerView.For(new Paged<int>([], 9, 10, 25), Request("/x", string.Empty));

        Assert.Equal("/x?pageNumber=3", pager.PreviousUrl);
        Assert.Null(pager.NextUrl);
    }

    [Fact]
    public void A_list_whose_count_stopped_says_more_than_and_still_links_to_the_next_page()
    {
        var page = new Paged<int>([1], 3, 50, 10_150, TotalCountExact: false);

        var pager = PagerView.For(page, Request("/x", "?pageNumber=3"));

        Assert.False(pager.TotalCountExact);
        Assert.Equal("/x?pageNumber=4", pager.NextUrl);
        Assert.Equal("超过 10,150", PagerView.Count(page));
        Assert.Equal("7", PagerView.Count(new Paged<int>([1], 1, 50, 7)));
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(50, 50, 1)]
    [InlineData(51, 50, 2)]
    public void The_page_count_covers_every_record(int total, int size, int pages)
    {
        Assert.Equal(pages, new Paged<int>([], 1, Math.Max(size, 1), total).PageCount);
    }

    private static HttpRequest Request(string path, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }
}
