using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Monolith.BuildingBlocks.Application;

namespace Monolith.BuildingBlocks.Web;

/// <summary>
/// The pager under a list page (the host's _Pager partial): which page of how many, and the links to the previous and
/// next page, which keep the page's other query parameters (its filters). A page has one main list paged by
/// <c>pageNumber</c>; a second list on the same page names its own parameter (the deadline list: <c>deadlinesPageNumber</c>).
/// A list whose count stopped (<see cref="Paged{T}.TotalCountExact"/> false) shows "more than" its count and no page count.
/// </summary>
public sealed record PagerView(int PageNumber, int PageCount, int TotalCount, string? PreviousUrl, string? NextUrl, bool TotalCountExact = true)
{
    public const string Parameter = "pageNumber";

    public static PagerView For<T>(Paged<T> page, HttpRequest request, string parameter = Parameter)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(request);
        string Url(int number)
        {
            var query = QueryHelpers.ParseQuery(request.QueryString.Value)
                .Where(q => !q.Key.Equals(parameter, StringComparison.OrdinalIgnoreCase) && !q.Key.StartsWith("__", StringComparison.Ordinal))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new KeyValuePair<string, string?>(parameter, number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
        }

        return Of(page.PageNumber, page.PageCount, page.TotalCount, Url) with { TotalCountExact = page.TotalCountExact };
    }

    /// <summary>The count as the pager shows it: "123", or "超过 10,050" where the count stopped.</summary>
    public string TotalText => CountText(TotalCount, TotalCountExact);

    /// <summary>A list's count as a figure for the page, as the pager shows it (<see cref="TotalText"/>).</summary>
    public static string Count<T>(Paged<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return CountText(page.TotalCount, page.TotalCountExact);
    }

    private static string CountText(int total, bool exact) => exact
        ? total.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : $"超过 {total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>For a list a module pages itself: the page shown, how many there are, and the link to page n.</summary>
    public static PagerView Of(int pageNumber, int pageCount, int totalCount, Func<int, string> url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new PagerView(
            pageNumber,
            pageCount,
            totalCount,
            pageNumber > 1 ? url(Math.Min(pageNumber - 1, pageCount)) : null,
            pageNumber < pageCount ? url(pageNumber + 1) : null);
    }
}
