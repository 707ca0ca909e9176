using Microsoft.EntityFrameworkCore;

namespace Monolith.BuildingBlocks.Application;

/// <summary>
/// Which page of a list to show: query parameters <c>pageNumber</c> (from 1) and <c>pageSize</c> (1 to
/// <see cref="MaxSize"/>, default <see cref="DefaultSize"/>), the same for every list API and list page (ADR 0031).
/// Out-of-range values are refused by the validation behaviour with 400 naming the parameter.
/// </summary>
public sealed record PageRequest(int PageNumber = 1, int PageSize = PageRequest.DefaultSize)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public static PageRequest First { get; } = new();

    /// <summary>From the query parameters, which may be absent.</summary>
    public static PageRequest From(int? pageNumber, int? pageSize) => new(pageNumber ?? 1, pageSize ?? DefaultSize);

    public int Skip => (Math.Max(PageNumber, 1) - 1) * Math.Clamp(PageSize, 1, MaxSize);

    internal IEnumerable<(string Field, string Message)> Problems()
    {
        if (PageNumber < 1 || PageNumber > 1_000_000)
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
/// One page of a list: <c>{ "items": [...], "pageNumber": 1, "pageSize": 50, "totalCount": 123 }</c>. Every list
/// API answers in this shape; every record is reachable by asking for the next page while
/// <see cref="HasNextPage"/>.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount) : IAuditShown
{
    public bool HasNextPage => PageNumber * PageSize < TotalCount;

    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;

    IEnumerable<string> IAuditShown.Shown => Items.OfType<IAuditShownItem>().Select(i => i.AuditKey);

    public Paged<TResult> Select<TResult>(Func<T, TResult> map) => new([.. Items.Select(map)], PageNumber, PageSize, TotalCount);
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
    /// <summary>The page of an ordered query, and the count of the whole query. Order by a unique key last, so pages do not overlap.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var size = Math.Clamp(page.PageSize, 1, PageRequest.MaxSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(page.Skip).Take(size).ToListAsync(cancellationToken);
        return new Paged<T>(items, page.PageNumber, size, total);
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
