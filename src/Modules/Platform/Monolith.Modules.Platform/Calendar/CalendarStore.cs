using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Calendar;

/// <summary>The published holiday schedules, read by every module's deadline computation.</summary>
internal sealed class CalendarStore(IServiceScopeFactory scopes) : ICalendarStore
{
    public async Task<IReadOnlyList<CalendarYearSchedule>> LoadAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var years = await db.CalendarYears.AsNoTracking().Include(y => y.Days).ToListAsync(cancellationToken);
        return years.ConvertAll(y => y.ToSchedule());
    }

    public static CalendarYear ToEntity(CalendarYearSchedule schedule, DateTimeOffset publishedAt, string publishedBy) => new()
    {
        Year = schedule.Year,
        Source = schedule.Source,
        PublishedAt = publishedAt,
        PublishedBy = publishedBy,
        Days = schedule.Days.Select(d => new CalendarDay { Date = d.Date, Year = schedule.Year, Kind = d.Kind, Name = d.Name }).ToList(),
    };
}

/// <summary>
/// Stores the official schedules this release knows (deadlines.md §8) for every year not yet stored. Runs at every
/// start, demo or not: deadlines cannot be computed without them.
/// </summary>
internal sealed class OfficialSchedulesInitializer(PlatformDbContext db, WorkingDayCalendarProvider calendars, TimeProvider time) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var stored = await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        foreach (var schedule in OfficialSchedules.All.Where(s => !stored.Contains(s.Year)))
        {
            db.CalendarYears.Add(CalendarStore.ToEntity(schedule, time.GetUtcNow(), "system"));
        }

        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
    }
}
