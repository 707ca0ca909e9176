using Microsoft.EntityFrameworkCore;

namespace Monolith.BuildingBlocks.Application;

/// <summary>
/// Which page of a list to show: query parameters <c>pageNumber</c> (from 1) and <c>pageSize</c> (1 to
/// <see cref="MaxSize"/>, default <see cref="DefaultSize"/>), the same for every list API and list page (ADR 0031).
/// A list that can be walked by key also takes <c>after</c>, the <see cref="Paged{T}.Next"/> cursor of the page before
/// (ADR 0086): the page after that item, as fast at the millionth row as at the first. Out-of-range values are refused
/// by the validation behaviour with 400 naming the parameter.
/// </summary>
public sealed record PageRequest(int PageNumber = 1, int PageSize = PageRequest.DefaultSize, string? After = null)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>
    /// How many items past the page a list counts before it stops and says "more than" (ADR 0089): an exact count of a
    /// million rows costs more than the page itself.
    /// </summary>
    public const int CountedAhead = 10_000;

    public static PageRequest First { get; } = new();

    /// <summary>From the query parameters, which may be absent.</summary>
    public static PageRequest From(int? pageNumber, int? pageSize, string? after = null) =>
        new(pageNumber ?? (string.IsNullOrEmpty(after) ? 1 : 0), pageSize ?? DefaultSize, string.IsNullOrEmpty(after) ? null : after);

    /// <summary>The page is asked for by cursor (<see cref="After"/>), not by number.</summary>
    public bool ByCursor => After is not null;

    public int Skip => (Math.Max(PageNumber, 1) - 1) * Math.Clamp(PageSize, 1, MaxSize);

    internal IEnumerable<(string Field, string Message)> Problems()
    {
        if (ByCursor)
        {
            if (PageNumber != 0)
            {
                yield return ("pageNumber", "按游标（after）翻页时不能同时指定页码。");
            }

            if (!PageCursor.IsWellFormed(After))
            {
                yield return ("after", PageCursor.Invalid);
            }
        }
        else if (PageNumber < 1 || PageNumber > 1_000_000)
        {
            yield return ("pageNumber", "页码应为从1开始的整数。");
        }

        if (PageSize is < 1 or > MaxSize)
        {
            yield return ("pageSize", $"每页条数应在1到{MaxSize}之间。");
        }
    }
}

/// <summary>
/// One page of a list: <c>{ "items": [...], "pageNumber": 1, "pageSize": 50, "totalCount": 123, "totalCountExact": true, "next": "…" }</c>.
/// Every list API answers in this shape; every record is reachable by asking for the next page while
/// <see cref="HasNextPage"/>. Lists walked by key also give <see cref="Next"/>, the cursor to pass as <c>after</c>;
/// a page asked for by cursor has <see cref="PageNumber"/> 0. A list counted with
/// <see cref="PagingExtensions.CountForPageAsync"/> stops counting <see cref="PageRequest.CountedAhead"/> items past the
/// page: then <see cref="TotalCountExact"/> is false and there are more than <see cref="TotalCount"/> items.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount, string? Next = null, bool TotalCountExact = true) : IAuditShown
{
    public bool HasNextPage => Next is not null || (PageNumber > 0 && PageNumber * PageSize < TotalCount);

    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;

    IEnumerable<string> IAuditShown.Shown => Items.OfType<IAuditShownItem>().Select(i => i.AuditKey);

    public Paged<TResult> Select<TResult>(Func<T, TResult> map) => new([.. Items.Select(map)], PageNumber, PageSize, TotalCount, Next, TotalCountExact);
}

/// <summary>
/// The opaque <c>after</c> cursor of a list walked by key: the sort key of a page's last item, as URL-safe base64 of
/// its parts. Which parts, and what they mean, is the list's own business; a cursor that does not decode to what the
/// list expects is refused with 400 naming <c>after</c>.
/// </summary>
public static class PageCursor
{
    public const string Invalid = "翻页游标无效，请使用上一页返回的 next 值。";
    private const int MaxLength = 256;

    public static string Encode(params string[] parts) =>
        Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', parts)));

    /// <summary>The cursor's parts if it has exactly <paramref name="count"/>; otherwise a 400 naming <c>after</c>.</summary>
    public static string[] Decode(string cursor, int count)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var parts = TryDecode(cursor);
        return parts is not null && parts.Length == count ? parts : throw RequestValidationException.For("after", Invalid);
    }

    internal static bool IsWellFormed(string? cursor) => cursor is not null && TryDecode(cursor) is not null;

    private static string[]? TryDecode(string cursor)
    {
        if (cursor.Length is 0 or > MaxLength || !cursor.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        try
        {
            return System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(cursor)).Split('\n');
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>A read whose answer shows records of people: the audit entry lists which (<see cref="IAuditShownItem"/>).</summary>
public interface IAuditShown
{
    IEnumerable<string> Shown { get; }
}

/// <summary>An item of a list that shows a person's matter: the key the audit log records for it (usually the linkage number).</summary>
public interface IAuditShownItem
{
    string AuditKey { get; }
}

public static class PagingExtensions
{
    /// <summary>The page of an ordered query, and its count (<see cref="CountForPageAsync"/>). Order by a unique key last, so pages do not overlap.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var size = Math.Clamp(page.PageSize, 1, PageRequest.MaxSize);
        var (total, exact) = await query.CountForPageAsync(page, cancellationToken);
        var items = await query.Skip(page.Skip).Take(size).ToListAsync(cancellationToken);
        return new Paged<T>(items, page.PageNumber, size, total, TotalCountExact: exact);
    }

    /// <summary>
    /// How many items the query has, counted no further than <paramref name="countedAhead"/> items past the page
    /// (<see cref="PageRequest.CountedAhead"/>, ADR 0089): one <c>COUNT</c> over a <c>LIMIT</c>ed subquery, so the
    /// first page of a million rows costs what the first page of ten thousand does. When the count stops there are
    /// more than <c>Total</c> items and <c>Exact</c> is false; the next page is still known to exist.
    /// </summary>
    public static async Task<(int Total, bool Exact)> CountForPageAsync<T>(
        this IQueryable<T> query, PageRequest page, CancellationToken cancellationToken, int countedAhead = PageRequest.CountedAhead)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentOutOfRangeException.ThrowIfNegative(countedAhead);
        var limit = page.Skip + Math.Clamp(page.PageSize, 1, PageRequest.MaxSize) + countedAhead;
        var counted = await query.Take(limit + 1).CountAsync(cancellationToken);
        return counted > limit ? (limit, false) : (counted, true);
    }

    /// <summary>The page of a list already in memory (ordered, unique key last), for a short list ordered by computed values.</summary>
    public static Paged<T> ToPaged<T>(this IReadOnlyList<T> ordered, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(page);
        var size = Math.Clamp(page.PageSize, 1, PageRequest.MaxSize);
        return new Paged<T>([.. ordered.Skip(page.Skip).Take(size)], page.PageNumber, size, ordered.Count);
    }
}
