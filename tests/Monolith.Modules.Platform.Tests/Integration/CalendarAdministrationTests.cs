using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Platform.Calendar;
using Monolith.Modules.Platform.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Platform.Tests.Integration;

/// <summary>
/// An administrator publishes and corrects holiday schedules; the official ones this release knows are seeded once.
/// Schedules for 2027 here are made up for the tests (the real notice is not yet published).
/// </summary>
public sealed class CalendarAdministrationTests : IAsyncLifetime
{
    private const string MadeUpSource = "测试用2027年节假日安排（虚构）";

    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await PlatformFixture.CreateAsync([], policyProfile: null);

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Publishing_a_new_year_stores_its_days_with_who_published_it_and_the_calendar_uses_them_at_once()
    {
        platform.User.ActAs("admin", Monolith.BuildingBlocks.Identity.PlatformRoles.Administrator);
        var calendars = platform.Services.GetRequiredService<WorkingDayCalendarProvider>();
        Assert.True((await calendars.GetAsync(CancellationToken.None)).IsWorkingDay(new DateOnly(2027, 1, 4)));

        await Publish(2027, MadeUpSource, Holiday(2027, 1, 1), Holiday(2027, 1, 4), MakeUp(2027, 1, 9));

        var year = await StoredYear(2027);
        Assert.Equal(MadeUpSource, year.Source);
        Assert.Equal("admin", year.PublishedBy);
        Assert.Equal(platform.Clock.GetUtcNow(), year.PublishedAt);
        Assert.Equal(
            new[] { (new DateOnly(2027, 1, 1), CalendarDayKind.PublicHoliday), (new DateOnly(2027, 1, 4), CalendarDayKind.PublicHoliday), (new DateOnly(2027, 1, 9), CalendarDayKind.MakeUpWorkday) },
            year.Days.OrderBy(d => d.Date).Select(d => (d.Date, d.Kind)));

        var calendar = await calendars.GetAsync(CancellationToken.None);
        Assert.True(calendar.HasSchedule(2027));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 4)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 9)));
    }

    [Fact]
    public async Task Publishing_a_year_again_replaces_all_of_its_days()
    {
        await Publish(2027, MadeUpSource, Holiday(2027, 1, 1), Holiday(2027, 1, 4));

        await Publish(2027, "测试用2027年节假日安排（虚构，更正）", Holiday(2027, 1, 1), Holiday(2027, 2, 8), MakeUp(2027, 2, 6));

        var year = await StoredYear(2027);
        Assert.Equal("测试用2027年节假日安排（虚构，更正）", year.Source);
        Assert.Equal(
            new[] { new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 8) },
            year.Days.Select(d => d.Date).Order());
        var calendar = await platform.Services.GetRequiredService<WorkingDayCalendarProvider>().GetAsync(CancellationToken.None);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 4)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 2, 8)));
    }

    [Fact]
    public async Task A_make_up_working_day_on_a_weekday_is_rejected_under_days_and_nothing_is_written()
    {
        // 2027-01-05 is a Tuesday.
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => Publish(2027, MadeUpSource, Holiday(2027, 1, 1), MakeUp(2027, 1, 5)));

        var message = Assert.Single(Assert.Contains("days", error.Errors));
        Assert.Contains("2027-01-05", message, StringComparison.Ordinal);
        Assert.Contains("调休上班日", message, StringComparison.Ordinal);
        Assert.False(await YearExists(2027));
    }

    [Fact]
    public async Task A_date_outside_the_year_is_rejected_under_days_and_nothing_is_written()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => Publish(2027, MadeUpSource, Holiday(2027, 1, 1), Holiday(2028, 1, 1)));

        Assert.Contains(Assert.Contains("days", error.Errors), m => m.Contains("不属于2027年", StringComparison.Ordinal));
        Assert.False(await YearExists(2027));
        Assert.Equal(0, await platform.QueryAsync<PlatformDbContext, int>(db => db.Set<CalendarDay>().CountAsync(d => d.Date >= new DateOnly(2027, 1, 1))));
    }

    [Fact]
    public async Task A_date_listed_twice_is_rejected_under_days_and_nothing_is_written()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => Publish(2027, MadeUpSource, Holiday(2027, 1, 1), new CalendarDayInput(new DateOnly(2027, 1, 1), CalendarDayKind.MakeUpWorkday, "元旦调休上班")));

        Assert.Contains(Assert.Contains("days", error.Errors), m => m.Contains("重复列出", StringComparison.Ordinal));
        Assert.False(await YearExists(2027));
    }

    [Fact]
    public async Task An_invalid_correction_of_a_published_year_leaves_the_stored_schedule_as_it_was()
    {
        var before = await StoredYear(2026);

        await Assert.ThrowsAsync<RequestValidationException>(() => Publish(2026, "更正", Holiday(2026, 1, 1), MakeUp(2026, 1, 5)));

        var after = await StoredYear(2026);
        Assert.Equal(before.Source, after.Source);
        Assert.Equal(OfficialSchedules.Year2026.Days.Select(d => d.Date).Order(), after.Days.Select(d => d.Date).Order());
    }

    [Fact]
    public async Task A_schedule_without_its_source_is_rejected_under_source()
    {
        var missing = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(new PublishCalendarYearCommand(2027, null, [Holiday(2027, 1, 1)])));
        Assert.Equal("source", Assert.Single(missing.Errors).Key);

        var blank = await Assert.ThrowsAsync<RequestValidationException>(() => Publish(2027, "  ", Holiday(2027, 1, 1)));
        Assert.Contains("source", blank.Errors.Keys);

        Assert.False(await YearExists(2027));
    }

    [Fact]
    public async Task A_schedule_without_days_or_with_an_unnamed_day_names_the_field()
    {
        var noDays = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new PublishCalendarYearCommand(2027, MadeUpSource, null)));
        Assert.Contains("days", noDays.Errors.Keys);

        var unnamed = await Assert.ThrowsAsync<RequestValidationException>(
            () => Publish(2027, MadeUpSource, Holiday(2027, 1, 1), new CalendarDayInput(new DateOnly(2027, 1, 4), CalendarDayKind.PublicHoliday, "")));
        Assert.Contains("days[1].name", unnamed.Errors.Keys);
        Assert.False(await YearExists(2027));
    }

    [Fact]
    public async Task The_official_2025_and_2026_schedules_are_seeded_and_seeding_again_adds_nothing()
    {
        var officialDays = OfficialSchedules.All.Sum(s => s.Days.Count);
        Assert.Equal([2025, 2026], await StoredYears());
        Assert.Equal(officialDays, await StoredDayCount());
        Assert.Equal(OfficialSchedules.Year2025.Source, (await StoredYear(2025)).Source);
        Assert.Equal("system", (await StoredYear(2025)).PublishedBy);

        await Seed();
        await Seed();

        Assert.Equal([2025, 2026], await StoredYears());
        Assert.Equal(officialDays, await StoredDayCount());
    }

    [Fact]
    public async Task A_year_an_administrator_corrected_is_not_overwritten_by_the_seed()
    {
        platform.User.ActAs("admin", Monolith.BuildingBlocks.Identity.PlatformRoles.Administrator);
        await Publish(2026, "国务院办公厅关于2026年部分节假日安排的通知（测试更正）", Holiday(2026, 1, 1), Holiday(2026, 3, 2));

        await Seed();

        var corrected = await StoredYear(2026);
        Assert.Equal("国务院办公厅关于2026年部分节假日安排的通知（测试更正）", corrected.Source);
        Assert.Equal("admin", corrected.PublishedBy);
        Assert.Equal(new[] { new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 2) }, corrected.Days.Select(d => d.Date).Order());
        Assert.Equal(OfficialSchedules.Year2025.Days.Count + 2, await StoredDayCount());
    }

    private static CalendarDayInput Holiday(int year, int month, int day) => new(new DateOnly(year, month, day), CalendarDayKind.PublicHoliday, "测试假日");

    private static CalendarDayInput MakeUp(int year, int month, int day) => new(new DateOnly(year, month, day), CalendarDayKind.MakeUpWorkday, "测试调休上班");

    private Task<MediatR.Unit> Publish(int year, string source, params CalendarDayInput[] days) =>
        platform.SendAsync(new PublishCalendarYearCommand(year, source, days));

    private Task Seed() => platform.InitializeModulesAsync();

    private Task<CalendarYear> StoredYear(int year) =>
        platform.QueryAsync<PlatformDbContext, CalendarYear>(db => db.CalendarYears.AsNoTracking().Include(y => y.Days).SingleAsync(y => y.Year == year));

    private Task<bool> YearExists(int year) =>
        platform.QueryAsync<PlatformDbContext, bool>(db => db.CalendarYears.AnyAsync(y => y.Year == year));

    private Task<List<int>> StoredYears() =>
        platform.QueryAsync<PlatformDbContext, List<int>>(db => db.CalendarYears.Select(y => y.Year).OrderBy(y => y).ToListAsync());

    private Task<int> StoredDayCount() => platform.QueryAsync<PlatformDbContext, int>(db => db.Set<CalendarDay>().CountAsync());
}
