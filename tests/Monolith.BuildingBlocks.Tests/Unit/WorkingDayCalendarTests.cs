// Test names are sentences with underscores (style.md); lift once tests/**.cs is exempted in .editorconfig.

using Monolith.BuildingBlocks.Calendar;

namespace Monolith.BuildingBlocks.Tests.Unit;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;

    [Theory]
    [InlineData("2025-01-26")]
    [InlineData("2025-02-08")]
    [InlineData("2025-04-27")]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    [InlineData("2026-01-04")]
    [InlineData("2026-02-14")]
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    [InlineData("2026-10-10")]
    public void Every_make_up_working_day_is_a_working_day_although_it_falls_on_a_weekend(string date)
    {
        var day = Calendar.Describe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(day.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.Equal(DayKind.MakeUpWorkday, day.Kind);
        Assert.True(day.IsWorkingDay);
        Assert.True(Calendar.IsWorkingDay(day.Date));
        Assert.EndsWith("调休上班", day.HolidayName, StringComparison.Ordinal);
        Assert.False(day.Provisional);
    }

    [Theory]
    // 2025
    [InlineData("2025-01-01", "元旦")]
    [InlineData("2025-01-28", "春节")]
    [InlineData("2025-01-29", "春节")]
    [InlineData("2025-01-30", "春节")]
    [InlineData("2025-01-31", "春节")]
    [InlineData("2025-02-01", "春节")]
    [InlineData("2025-02-02", "春节")]
    [InlineData("2025-02-03", "春节")]
    [InlineData("2025-02-04", "春节")]
    [InlineData("2025-04-04", "清明节")]
    [InlineData("2025-04-05", "清明节")]
    [InlineData("2025-04-06", "清明节")]
    [InlineData("2025-05-01", "劳动节")]
    [InlineData("2025-05-02", "劳动节")]
    [InlineData("2025-05-03", "劳动节")]
    [InlineData("2025-05-04", "劳动节")]
    [InlineData("2025-05-05", "劳动节")]
    [InlineData("2025-05-31", "端午节")]
    [InlineData("2025-06-01", "端午节")]
    [InlineData("2025-06-02", "端午节")]
    [InlineData("2025-10-01", "国庆节、中秋节")]
    [InlineData("2025-10-02", "国庆节、中秋节")]
    [InlineData("2025-10-03", "国庆节、中秋节")]
    [InlineData("2025-10-04", "国庆节、中秋节")]
    [InlineData("2025-10-05", "国庆节、中秋节")]
    [InlineData("2025-10-06", "国庆节、中秋节")]
    [InlineData("2025-10-07", "国庆节、中秋节")]
    [InlineData("2025-10-08", "国庆节、中秋节")]
    // 2026
    [InlineData("2026-01-01", "元旦")]
    [InlineData("2026-01-02", "元旦")]
    [InlineData("2026-01-03", "元旦")]
    [InlineData("2026-02-15", "春节")]
    [InlineData("2026-02-16", "春节")]
    [InlineData("2026-02-17", "春节")]
    [InlineData("2026-02-18", "春节")]
    [InlineData("2026-02-19", "春节")]
    [InlineData("2026-02-20", "春节")]
    [InlineData("2026-02-21", "春节")]
    [InlineData("2026-02-22", "春节")]
    [InlineData("2026-02-23", "春节")]
    [InlineData("2026-04-04", "清明节")]
    [InlineData("2026-04-05", "清明节")]
    [InlineData("2026-04-06", "清明节")]
    [InlineData("2026-05-01", "劳动节")]
    [InlineData("2026-05-02", "劳动节")]
    [InlineData("2026-05-03", "劳动节")]
    [InlineData("2026-05-04", "劳动节")]
    [InlineData("2026-05-05", "劳动节")]
    [InlineData("2026-06-19", "端午节")]
    [InlineData("2026-06-20", "端午节")]
    [InlineData("2026-06-21", "端午节")]
    [InlineData("2026-09-25", "中秋节")]
    [InlineData("2026-09-26", "中秋节")]
    [InlineData("2026-09-27", "中秋节")]
    [InlineData("2026-10-01", "国庆节")]
    [InlineData("2026-10-02", "国庆节")]
    [InlineData("2026-10-03", "国庆节")]
    [InlineData("2026-10-04", "国庆节")]
    [InlineData("2026-10-05", "国庆节")]
    [InlineData("2026-10-06", "国庆节")]
    [InlineData("2026-10-07", "国庆节")]
    public void Every_listed_rest_date_is_a_public_holiday_and_not_a_working_day(string date, string holiday)
    {
        var day = Calendar.Describe(Parse(date));

        Assert.Equal(DayKind.PublicHoliday, day.Kind);
        Assert.False(day.IsWorkingDay);
        Assert.False(Calendar.IsWorkingDay(day.Date));
        Assert.Equal(holiday, day.HolidayName);
        Assert.False(day.Provisional);
    }

    [Fact]
    public void An_ordinary_weekday_in_a_scheduled_year_is_a_working_day()
    {
        var day = Calendar.Describe(new DateOnly(2025, 3, 12)); // Wednesday

        Assert.Equal(new DayInfo(new DateOnly(2025, 3, 12), DayKind.Weekday, true, null, false), day);
    }

    [Fact]
    public void An_ordinary_weekend_in_a_scheduled_year_is_a_rest_day()
    {
        var day = Calendar.Describe(new DateOnly(2025, 3, 15)); // Saturday

        Assert.Equal(new DayInfo(new DateOnly(2025, 3, 15), DayKind.Weekend, false, null, false), day);
    }

    [Theory]
    [InlineData("2027-01-01", DayKind.Weekday, true)] // Friday; the 2027 notice (元旦) is not published yet
    [InlineData("2027-03-10", DayKind.Weekday, true)] // Wednesday
    [InlineData("2027-03-13", DayKind.Weekend, false)] // Saturday
    public void A_date_in_a_year_without_a_schedule_is_provisional_and_follows_monday_to_friday(string date, DayKind kind, bool working)
    {
        var day = Calendar.Describe(Parse(date));

        Assert.Equal(kind, day.Kind);
        Assert.Equal(working, day.IsWorkingDay);
        Assert.True(day.Provisional);
        Assert.Null(day.HolidayName);
    }

    [Fact]
    public void Years_lists_exactly_the_published_schedules()
    {
        Assert.Equal([2025, 2026], Calendar.Years);
        Assert.True(Calendar.HasSchedule(2026));
        Assert.False(Calendar.HasSchedule(2027));
        Assert.False(Calendar.HasSchedule(2024));
    }

    [Theory]
    [InlineData("2025-09-30", "2025-09-30")] // a working day is its own next working day
    [InlineData("2025-10-01", "2025-10-09")] // across the National Day block
    [InlineData("2025-10-10", "2025-10-10")]
    [InlineData("2025-03-15", "2025-03-17")] // ordinary weekend
    [InlineData("2026-02-14", "2026-02-14")] // make-up Saturday
    [InlineData("2026-02-15", "2026-02-24")] // Spring Festival 2026
    public void NextWorkingDayOnOrAfter_skips_rest_days_only(string date, string expected)
    {
        Assert.Equal(Parse(expected), Calendar.NextWorkingDayOnOrAfter(Parse(date)));
    }

    [Theory]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2025-09-30", 3, "2025-10-11")] // the make-up Saturday counts
    [InlineData("2025-09-26", 1, "2025-09-28")] // Friday → make-up Sunday
    [InlineData("2025-03-14", 1, "2025-03-17")] // Friday → Monday
    [InlineData("2025-03-10", 5, "2025-03-17")]
    public void AddWorkingDays_excludes_the_start_day_and_counts_only_working_days(string start, int count, string expected)
    {
        Assert.Equal(Parse(expected), Calendar.AddWorkingDays(Parse(start), count));
    }

    [Theory]
    [InlineData("2025-09-30", "2025-09-30")] // working day
    [InlineData("2025-03-15", "2025-03-17")] // Saturday
    [InlineData("2026-01-04", "2026-01-04")] // make-up Sunday
    [InlineData("2026-02-15", "2026-02-24")] // first day of Spring Festival 2026
    public void AddWorkingDays_zero_means_the_same_working_day(string start, string expected)
    {
        Assert.Equal(Parse(expected), Calendar.AddWorkingDays(Parse(start), 0));
    }

    [Theory]
    [InlineData("2026-03-10", 5, "2026-03-03")] // Tuesday back across a weekend
    [InlineData("2025-10-09", 1, "2025-09-30")] // back across the National Day block
    [InlineData("2025-10-13", 2, "2025-10-10")] // the make-up Saturday 10-11 counts
    [InlineData("2026-03-10", 0, "2026-03-10")]
    [InlineData("2026-03-08", 0, "2026-03-06")] // Sunday, 0 → the working day before
    public void SubtractWorkingDays_counts_back_excluding_the_from_day(string from, int count, string expected)
    {
        Assert.Equal(Parse(expected), Calendar.SubtractWorkingDays(Parse(from), count));
    }

    [Fact]
    public void Negative_counts_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(2025, 1, 2), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.SubtractWorkingDays(new DateOnly(2025, 1, 2), -1));
    }

    [Theory]
    [InlineData("2025-01-01", "2026-12-31", false)]
    [InlineData("2026-12-01", "2027-01-10", true)]
    [InlineData("2027-01-10", "2026-12-01", true)] // either order
    [InlineData("2024-12-30", "2025-01-02", true)]
    [InlineData("2026-06-01", "2026-06-01", false)]
    public void AnyProvisional_is_true_when_a_touched_year_has_no_schedule(string from, string to, bool expected)
    {
        Assert.Equal(expected, Calendar.AnyProvisional(Parse(from), Parse(to)));
    }

    [Fact]
    public void A_calendar_built_from_an_invalid_schedule_is_refused()
    {
        var invalid = new CalendarYearSchedule(2027, "测试", [new CalendarDayEntry(new DateOnly(2027, 3, 10), CalendarDayKind.MakeUpWorkday, "测试调休上班")]);

        var error = Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([invalid]));
        Assert.Contains("不是周六或周日", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_given_the_same_year_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([OfficialSchedules.Year2025, OfficialSchedules.Year2025]));
    }

    [Fact]
    public void A_calendar_built_from_a_new_schedule_applies_it()
    {
        var schedule = new CalendarYearSchedule(2027, "测试通知",
        [
            new CalendarDayEntry(new DateOnly(2027, 1, 1), CalendarDayKind.PublicHoliday, "元旦"),
            new CalendarDayEntry(new DateOnly(2027, 1, 2), CalendarDayKind.MakeUpWorkday, "元旦调休上班"),
        ]);

        var calendar = new WorkingDayCalendar([schedule]);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 2)));
        Assert.False(calendar.Describe(new DateOnly(2027, 6, 1)).Provisional);
        Assert.True(calendar.Describe(new DateOnly(2025, 10, 1)).Provisional); // this calendar knows nothing of 2025
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 10, 1)));
    }

    private static DateOnly Parse(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
