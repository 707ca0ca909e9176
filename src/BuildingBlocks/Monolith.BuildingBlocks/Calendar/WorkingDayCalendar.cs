using System.Collections.Frozen;
using System.Globalization;

namespace Monolith.BuildingBlocks.Calendar;

/// <summary>
/// An immutable snapshot of the published holiday schedules. A date is a working day iff it is Monday–Friday
/// and not a 法定休假日, or it is a 调休上班 day (deadlines.md §8, §9.8). Dates in a year without a schedule
/// follow the weekday/weekend rule alone and are flagged provisional.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly FrozenDictionary<DateOnly, CalendarDayEntry> _days;
    private readonly FrozenDictionary<int, CalendarYearSchedule> _schedules;

    /// <exception cref="ArgumentException">A schedule fails <see cref="CalendarYearSchedule.Validate"/>, or a year is given twice.</exception>
    public WorkingDayCalendar(IEnumerable<CalendarYearSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var days = new Dictionary<DateOnly, CalendarDayEntry>();
        var years = new SortedDictionary<int, CalendarYearSchedule>();
        foreach (var schedule in schedules)
        {
            ArgumentNullException.ThrowIfNull(schedule, nameof(schedules));
            var errors = schedule.Validate();
            if (errors.Count > 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Invalid holiday schedule for {schedule.Year}: {string.Join("；", errors)}"),
                    nameof(schedules));
            }

            if (!years.TryAdd(schedule.Year, schedule))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"More than one holiday schedule for {schedule.Year}."),
                    nameof(schedules));
            }

            foreach (var day in schedule.Days)
            {
                days.Add(day.Date, day);
            }
        }

        _days = days.ToFrozenDictionary();
        _schedules = years.ToFrozenDictionary();
        Years = [.. years.Keys];
    }

    /// <summary>The calendar of the schedules in <see cref="OfficialSchedules.All"/>.</summary>
    public static WorkingDayCalendar Official { get; } = new(OfficialSchedules.All);

    /// <summary>The years with a published schedule, ascending.</summary>
    public IReadOnlyCollection<int> Years { get; }

    public bool HasSchedule(int year) => _schedules.ContainsKey(year);

    /// <summary>The published schedule of a year, or null if none is published.</summary>
    public CalendarYearSchedule? Schedule(int year) => _schedules.GetValueOrDefault(year);

    public DayInfo Describe(DateOnly date)
    {
        if (_days.TryGetValue(date, out var entry))
        {
            return entry.Kind == CalendarDayKind.MakeUpWorkday
                ? new DayInfo(date, DayKind.MakeUpWorkday, IsWorkingDay: true, entry.Name, Provisional: false)
                : new DayInfo(date, DayKind.PublicHoliday, IsWorkingDay: false, entry.Name, Provisional: false);
        }

        var provisional = !HasSchedule(date.Year);
        return CalendarText.IsWeekend(date)
            ? new DayInfo(date, DayKind.Weekend, IsWorkingDay: false, HolidayName: null, provisional)
            : new DayInfo(date, DayKind.Weekday, IsWorkingDay: true, HolidayName: null, provisional);
    }

    public bool IsWorkingDay(DateOnly date) => _days.TryGetValue(date, out var entry)
        ? entry.Kind == CalendarDayKind.MakeUpWorkday
        : !CalendarText.IsWeekend(date);

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="start"/>; the start day itself is never
    /// counted (deadlines.md §9.7). <paramref name="count"/> 0 means "the same working day": <paramref name="start"/>
    /// if it is a working day, else the next working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return NextWorkingDayOnOrAfter(start);
        }

        var date = start;
        while (count > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                count--;
            }
        }

        return date;
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day before <paramref name="from"/>, which is not counted
    /// (backward periods such as "开庭五日前", deadlines.md §9.9). <paramref name="count"/> 0 gives
    /// <paramref name="from"/> if it is a working day, else the working day before it.
    /// </summary>
    public DateOnly SubtractWorkingDays(DateOnly from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var date = from;
        if (count == 0)
        {
            while (!IsWorkingDay(date))
            {
                date = date.AddDays(-1);
            }

            return date;
        }

        while (count > 0)
        {
            date = date.AddDays(-1);
            if (IsWorkingDay(date))
            {
                count--;
            }
        }

        return date;
    }

    /// <summary>True if any year touched by the range (in either order) has no published schedule.</summary>
    public bool AnyProvisional(DateOnly from, DateOnly to) => UnscheduledYears(from, to).Any();

    /// <summary>The years touched by the range (in either order) that have no published schedule.</summary>
    public IEnumerable<int> UnscheduledYears(DateOnly from, DateOnly to)
    {
        var (first, last) = from <= to ? (from.Year, to.Year) : (to.Year, from.Year);
        return Enumerable.Range(first, last - first + 1).Where(year => !HasSchedule(year));
    }
}
