using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Calendar;

/// <summary>
/// The working-day calendar as stored, cached briefly so deadline computations do not query it each time. A host that
/// did not make a change itself sees it within <see cref="MaxAge"/>.
/// </summary>
public sealed class WorkingDayCalendarProvider
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly IDbContextFactory<PlatformDbContext> contexts;
    private readonly TimeProvider time;
    private (WorkingDayCalendar Calendar, DateTimeOffset LoadedAt)? cached;

    internal WorkingDayCalendarProvider(IDbContextFactory<PlatformDbContext> contexts, TimeProvider time)
    {
        this.contexts = contexts;
        this.time = time;
    }

    public async ValueTask<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken)
    {
        var current = cached;
        if (current is { } c && time.GetUtcNow() - c.LoadedAt < MaxAge)
        {
            return c.Calendar;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var years = await db.CalendarYears.AsNoTracking().Include(y => y.Days).ToListAsync(cancellationToken);
        var calendar = new WorkingDayCalendar(years.Select(y => y.ToSchedule()));
        cached = (calendar, time.GetUtcNow());
        return calendar;
    }

    public void Invalidate() => cached = null;

    /// <summary>Stores the official schedules this release knows (deadlines.md §8) for every year not yet stored.</summary>
    internal async Task SeedOfficialSchedulesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        foreach (var schedule in OfficialSchedules.All.Where(s => !stored.Contains(s.Year)))
        {
            db.CalendarYears.Add(ToEntity(schedule, time.GetUtcNow(), "system"));
        }

        await db.SaveChangesAsync(cancellationToken);
        Invalidate();
    }

    internal static CalendarYear ToEntity(CalendarYearSchedule schedule, DateTimeOffset publishedAt, string publishedBy) => new()
    {
        Year = schedule.Year,
        Source = schedule.Source,
        PublishedAt = publishedAt,
        PublishedBy = publishedBy,
        Days = schedule.Days.Select(d => new CalendarDay { Date = d.Date, Year = schedule.Year, Kind = d.Kind, Name = d.Name }).ToList(),
    };
}
