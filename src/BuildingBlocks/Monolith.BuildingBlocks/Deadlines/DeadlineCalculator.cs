using System.Globalization;
using Monolith.BuildingBlocks.Calendar;

namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// Computes due dates under the period-counting rules of deadlines.md §9: the trigger day is not counted
/// (民诉法 第八十五条; 民诉解释 第一百二十五条; 民法典 第二百零一条); month and year periods end on the
/// corresponding day of the final month, or that month's last day if it has none (民法典 第二百零二条); a last day
/// that is a 法定休假日 moves to the first working day after it (民诉法 第八十五条; 民法典 第二百零三条).
/// </summary>
public static class DeadlineCalculator
{
    public static DeadlineComputation Compute(
        Period period,
        DateOnly trigger,
        WorkingDayCalendar calendar,
        StartDay startDay = StartDay.NextDay,
        RollForward rollForward = RollForward.NextWorkingDay,
        CountDirection direction = CountDirection.Forward)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        if (direction == CountDirection.Backward && startDay == StartDay.TriggerDay)
        {
            throw new ArgumentException("A backward period always excludes the event day; StartDay.TriggerDay does not apply.", nameof(startDay));
        }

        return direction == CountDirection.Forward
            ? Forward(period, trigger, calendar, startDay, rollForward)
            : Backward(period, trigger, calendar);
    }

    public static DeadlineComputation Compute(DeadlineRule rule, DateOnly trigger, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Compute(rule.Period, trigger, calendar, rule.StartDay, rule.RollForward, rule.Direction);
    }

    /// <summary>
    /// Applies <see cref="DeadlineRule.Extension"/>: a fixed extension is counted forward from the current due date as
    /// a new trigger (e.g. 监察条例 第十七条: 60 working days, extendable by 30 working days with the department head's
    /// approval); an extension by the parties' agreement ends on the day they agreed, as agreed (not rolled).
    /// </summary>
    /// <param name="agreedDueDate">The new last day the parties agreed on; only, and always, for an agreement.</param>
    /// <exception cref="InvalidOperationException">The rule allows no extension.</exception>
    /// <exception cref="ArgumentException">The agreed date is missing, not after the current due date, or given for a fixed extension.</exception>
    public static DeadlineComputation Extend(DeadlineRule rule, DateOnly currentDueDate, WorkingDayCalendar calendar, DateOnly? agreedDueDate = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var extension = rule.Extension
            ?? throw new InvalidOperationException($"Deadline rule '{rule.Id}' allows no extension.");
        if (extension.Period is not { } period)
        {
            var agreed = agreedDueDate is { } date && date > currentDueDate
                ? date
                : throw new ArgumentException("An extension by agreement needs the agreed due date, after the current one.", nameof(agreedDueDate));
            return Result(agreed, null, currentDueDate, calendar, $"经{extension.ApprovedBy}同意，自{D(currentDueDate)}延长至{D(agreed)}届满");
        }

        if (agreedDueDate is not null)
        {
            throw new ArgumentException($"Deadline rule '{rule.Id}' is extended by {period}, not to an agreed date.", nameof(agreedDueDate));
        }

        var extended = Compute(period, currentDueDate, calendar, StartDay.NextDay, rule.RollForward, CountDirection.Forward);
        return extended with { Explanation = $"经{extension.ApprovedBy}批准延长{period}：{extended.Explanation}" };
    }

    private static DeadlineComputation Forward(Period period, DateOnly trigger, WorkingDayCalendar calendar, StartDay startDay, RollForward rollForward)
    {
        var from = startDay == StartDay.NextDay ? $"自{D(trigger)}次日起算{period}" : $"自{D(trigger)}当日起算{period}（含当日）";
        switch (period.Unit)
        {
            case PeriodUnit.WorkingDays:
            {
                var due = WorkingReading(period.Value, trigger, calendar, startDay);
                var text = period.Value > 0 ? $"{from}，至{D(due)}届满"
                    : due == trigger ? $"{D(trigger)}为工作日，{period}于当日届满"
                    : $"{D(trigger)}为{CalendarText.RestReason(calendar.Describe(trigger))}，{period}于下一个工作日{D(due)}届满";
                return Result(due, null, trigger, calendar, text);
            }

            case PeriodUnit.CalendarOrWorkingDays:
            {
                var working = WorkingReading(period.Value, trigger, calendar, startDay);
                var (calendarReading, _) = CalendarReading(period.Value, trigger, calendar, startDay, rollForward);
                var (due, earlier) = working >= calendarReading ? (working, calendarReading) : (calendarReading, working);
                return Result(due, earlier, trigger, calendar,
                    $"{from}：按工作日计至{D(working)}届满，按自然日计至{D(calendarReading)}届满；提醒不晚于{D(earlier)}，{D(due)}后方为逾期");
            }

            default:
            {
                var (due, lastDay) = period.Unit == PeriodUnit.CalendarDays
                    ? CalendarReading(period.Value, trigger, calendar, startDay, rollForward)
                    : Roll(CorrespondingDay(period, trigger, startDay), calendar, rollForward);
                var text = period.Value == 0 && period.Unit == PeriodUnit.CalendarDays
                    ? $"{D(trigger)}当日届满"
                    : $"{from}，至{D(lastDay)}届满";
                if (due != lastDay)
                {
                    text += $"；{D(lastDay)}为{CalendarText.RestReason(calendar.Describe(lastDay))}，顺延至{D(due)}";
                }
                else if (!calendar.IsWorkingDay(lastDay))
                {
                    text += $"（{D(lastDay)}为{CalendarText.RestReason(calendar.Describe(lastDay))}，不顺延）";
                }

                return Result(due, null, trigger, calendar, text);
            }
        }
    }

    private static DeadlineComputation Backward(Period period, DateOnly eventDate, WorkingDayCalendar calendar)
    {
        var from = $"自{D(eventDate)}前一日起倒算{period}";
        switch (period.Unit)
        {
            case PeriodUnit.WorkingDays:
            {
                var due = calendar.SubtractWorkingDays(eventDate, period.Value);
                return Result(due, null, eventDate, calendar, $"{from}，最迟应于{D(due)}完成");
            }

            case PeriodUnit.CalendarOrWorkingDays:
            {
                // Counting back, the working-day reading is the earlier one. Only missing the later (calendar-day)
                // reading is certainly late, but an act planned now must be done by the earlier one to be in time
                // under either reading (§9.9: flag conservatively) — DeadlineComputation.LatestSafeDate.
                var working = calendar.SubtractWorkingDays(eventDate, period.Value);
                var calendarReading = eventDate.AddDays(-period.Value);
                var (due, earlier) = working >= calendarReading ? (working, calendarReading) : (calendarReading, working);
                return Result(due, earlier, eventDate, calendar,
                    $"{from}：按自然日计最迟{D(calendarReading)}，按工作日计最迟{D(working)}；从严掌握，最迟应于{D(earlier)}完成");
            }

            default:
            {
                var due = period.Unit switch
                {
                    PeriodUnit.CalendarDays => eventDate.AddDays(-period.Value),
                    PeriodUnit.Months => eventDate.AddMonths(-period.Value),
                    _ => eventDate.AddYears(-period.Value),
                };
                var text = $"{from}，最迟应于{D(due)}完成";
                if (!calendar.IsWorkingDay(due))
                {
                    text += $"（{D(due)}为{CalendarText.RestReason(calendar.Describe(due))}，倒算期间不顺延）";
                }

                return Result(due, null, eventDate, calendar, text);
            }
        }
    }

    private static DateOnly WorkingReading(int value, DateOnly trigger, WorkingDayCalendar calendar, StartDay startDay) =>
        startDay == StartDay.TriggerDay && value > 0 && calendar.IsWorkingDay(trigger)
            ? calendar.AddWorkingDays(trigger, value - 1)
            : calendar.AddWorkingDays(trigger, value);

    /// <returns>The due date after any roll-forward, and the period's last calendar day before it.</returns>
    private static (DateOnly Due, DateOnly LastDay) CalendarReading(
        int value, DateOnly trigger, WorkingDayCalendar calendar, StartDay startDay, RollForward rollForward) =>
        Roll(trigger.AddDays(startDay == StartDay.TriggerDay && value > 0 ? value - 1 : value), calendar, rollForward);

    private static DateOnly CorrespondingDay(Period period, DateOnly trigger, StartDay startDay)
    {
        // DateOnly.AddMonths/AddYears clamp to the month's last day, which is exactly 民法典 第二百零二条.
        var corresponding = period.Unit == PeriodUnit.Months ? trigger.AddMonths(period.Value) : trigger.AddYears(period.Value);
        return startDay == StartDay.TriggerDay && period.Value > 0 ? corresponding.AddDays(-1) : corresponding;
    }

    private static (DateOnly Due, DateOnly LastDay) Roll(DateOnly lastDay, WorkingDayCalendar calendar, RollForward rollForward) =>
        (rollForward == RollForward.NextWorkingDay ? calendar.NextWorkingDayOnOrAfter(lastDay) : lastDay, lastDay);

    private static DeadlineComputation Result(DateOnly due, DateOnly? earlier, DateOnly trigger, WorkingDayCalendar calendar, string text)
    {
        var first = Min(trigger, Min(due, earlier ?? due));
        var last = Max(trigger, Max(due, earlier ?? due));
        var missing = calendar.UnscheduledYears(first, last).ToList();
        if (missing.Count > 0)
        {
            text += $"；{string.Join("、", missing.Select(year => year.ToString(CultureInfo.InvariantCulture) + "年"))}节假日安排尚未公布，期限为暂定";
        }

        return new DeadlineComputation(due, earlier, missing.Count > 0, text);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a <= b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a >= b ? a : b;

    private static string D(DateOnly date) => CalendarText.Format(date);
}
