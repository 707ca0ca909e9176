using Microsoft.EntityFrameworkCore;

namespace Monolith.Modules.Mediation.Features;

/// <summary>One page of a list, with what a pager needs. Local to the module until the platform has a shared convention.</summary>
internal sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

internal static class Paging
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 200;

    /// <summary>The requested page of an ordered query; page and size are clamped to sensible bounds.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<T>(items, page, pageSize, total);
    }

    /// <summary>The same page of an in-memory list, for results computed after the query.</summary>
    public static Paged<T> Page<T>(this IReadOnlyList<T> all, int page, int pageSize)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        return new Paged<T>([.. all.Skip((page - 1) * pageSize).Take(pageSize)], page, pageSize, all.Count);
    }
}
