// Test names are sentences with underscores (style.md); lift once tests/**.cs is exempted in .editorconfig.

using Monolith.BuildingBlocks.Calendar;

namespace Monolith.BuildingBlocks.Tests.Unit;

public sealed class OfficialSchedulesTests
{
    [Fact]
    public void The_official_schedules_validate_clean()
    {
        Assert.All(OfficialSchedules.All, schedule => Assert.Empty(schedule.Validate()));
        Assert.Equal([2025, 2026], OfficialSchedules.All.Select(s => s.Year));
    }

    [Theory]
    [InlineData(2025, 28, 5)] // 1 + 8 + 3 + 5 + 3 + 8 rest dates; make-up 01-26, 02-08, 04-27, 09-28, 10-11
    [InlineData(2026, 33, 6)] // 3 + 9 + 3 + 5 + 3 + 3 + 7; make-up 01-04, 02-14, 02-28, 05-09, 09-20, 10-10
    public void Each_year_has_the_number_of_rest_dates_and_make_up_days_in_the_notice(int year, int restDates, int makeUpDays)
    {
        var schedule = OfficialSchedules.All.Single(s => s.Year == year);

        Assert.Equal(restDates, schedule.Days.Count(d => d.Kind == CalendarDayKind.PublicHoliday));
        Assert.Equal(makeUpDays, schedule.Days.Count(d => d.Kind == CalendarDayKind.MakeUpWorkday));
    }

    [Fact]
    public void The_sources_cite_the_state_council_notices()
    {
        Assert.Equal("国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）", OfficialSchedules.Year2025.Source);
        Assert.Equal("国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）", OfficialSchedules.Year2026.Source);
    }

    [Fact]
    public void Validate_rejects_a_date_outside_the_year()
    {
        var errors = Schedule(2026, new CalendarDayEntry(new DateOnly(2025, 12, 31), CalendarDayKind.PublicHoliday, "元旦")).Validate();

        Assert.Equal(["2025-12-31不属于2026年"], errors);
    }

    [Fact]
    public void Validate_rejects_a_date_listed_twice()
    {
        var errors = Schedule(2026,
            new CalendarDayEntry(new DateOnly(2026, 1, 1), CalendarDayKind.PublicHoliday, "元旦"),
            new CalendarDayEntry(new DateOnly(2026, 1, 1), CalendarDayKind.PublicHoliday, "元旦")).Validate();

        Assert.Equal(["2026-01-01重复列出"], errors);
    }

    [Fact]
    public void Validate_rejects_a_make_up_working_day_on_a_weekday()
    {
        var errors = Schedule(2026, new CalendarDayEntry(new DateOnly(2026, 1, 5), CalendarDayKind.MakeUpWorkday, "元旦调休上班")).Validate();

        Assert.Equal(["2026-01-05（星期一）不是周六或周日，不能作为调休上班日"], errors);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Validate_rejects_a_year_outside_2000_to_2100(int year)
    {
        var errors = Schedule(year).Validate();

        Assert.Equal([$"年份{year}超出允许范围（2000—2100年）"], errors);
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(2100)]
    public void Validate_accepts_the_boundary_years(int year)
    {
        Assert.Empty(Schedule(year).Validate());
    }

    [Fact]
    public void Validate_requires_a_source_and_holiday_names()
    {
        var errors = new CalendarYearSchedule(2026, " ", [new CalendarDayEntry(new DateOnly(2026, 1, 1), CalendarDayKind.PublicHoliday, "")]).Validate();

        Assert.Equal(["未注明节假日安排的依据（国务院办公厅通知）", "2026-01-01未注明节日名称"], errors);
    }

    [Fact]
    public void Validate_reports_every_problem_not_just_the_first()
    {
        var errors = Schedule(2026,
            new CalendarDayEntry(new DateOnly(2027, 1, 4), CalendarDayKind.MakeUpWorkday, "元旦调休上班"), // wrong year and a Monday
            new CalendarDayEntry(new DateOnly(2026, 5, 1), CalendarDayKind.PublicHoliday, "劳动节"),
            new CalendarDayEntry(new DateOnly(2026, 5, 1), CalendarDayKind.PublicHoliday, "劳动节")).Validate();

        Assert.Equal(3, errors.Count);
    }

    private static CalendarYearSchedule Schedule(int year, params CalendarDayEntry[] days) => new(year, "测试通知", days);
}
