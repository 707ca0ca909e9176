// Test names are sentences with underscores (style.md); lift once tests/**.cs is exempted in .editorconfig.

using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using static Monolith.BuildingBlocks.Deadlines.PeriodUnit;

namespace Monolith.BuildingBlocks.Tests.Unit;

public sealed class PeriodComparisonTests
{
    private static readonly int[] DayValues = [0, 1, 2, 3, 5, 10, 15, 28, 31, 45, 60];

    [Theory]
    [InlineData(0, WorkingDays, 7, CalendarDays)] // 法援 当日审查 vs 7 days (deadlines.md §7)
    [InlineData(0, WorkingDays, 5, CalendarOrWorkingDays)] // 仲裁 当日立案 vs 5 days
    [InlineData(0, CalendarDays, 0, WorkingDays)]
    [InlineData(0, WorkingDays, 0, CalendarDays)] // both end on the next working day
    [InlineData(0, WorkingDays, 0, Months)]
    [InlineData(0, Years, 0, CalendarDays)]
    public void A_zero_candidate_is_never_longer(int c, PeriodUnit cu, int s, PeriodUnit su) => AssertProvable(c, cu, s, su);

    [Theory]
    [InlineData(3, WorkingDays, 5, WorkingDays)]
    [InlineData(5, WorkingDays, 5, WorkingDays)]
    [InlineData(7, CalendarDays, 15, CalendarDays)]
    [InlineData(60, CalendarDays, 60, CalendarDays)]
    [InlineData(1, Months, 2, Months)]
    [InlineData(12, Months, 1, Years)]
    [InlineData(1, Years, 12, Months)]
    [InlineData(1, Years, 2, Years)]
    [InlineData(5, CalendarOrWorkingDays, 5, WorkingDays)]
    public void The_same_unit_with_a_smaller_or_equal_value_is_provable(int c, PeriodUnit cu, int s, PeriodUnit su) => AssertProvable(c, cu, s, su);

    [Theory]
    [InlineData(6, WorkingDays, 5, WorkingDays)]
    [InlineData(16, CalendarDays, 15, CalendarDays)]
    [InlineData(3, Months, 2, Months)]
    [InlineData(13, Months, 1, Years)]
    [InlineData(1, Years, 11, Months)]
    [InlineData(2, Years, 1, Years)]
    [InlineData(1, CalendarDays, 0, CalendarDays)]
    public void The_same_unit_with_a_larger_value_is_not(int c, PeriodUnit cu, int s, PeriodUnit su) => AssertNotProvable(c, cu, s, su);

    [Theory]
    [InlineData(5, CalendarDays, 5, WorkingDays)]
    [InlineData(3, CalendarDays, 5, WorkingDays)]
    [InlineData(5, CalendarDays, 5, CalendarOrWorkingDays)]
    public void Calendar_days_are_no_longer_than_as_many_working_days(int c, PeriodUnit cu, int s, PeriodUnit su) => AssertProvable(c, cu, s, su);

    [Theory]
    [InlineData(6, CalendarDays, 5, WorkingDays)] // if every day were a working day, 6 > 5
    [InlineData(6, CalendarDays, 5, CalendarOrWorkingDays)]
    public void More_calendar_days_than_working_days_are_not_provable(int c, PeriodUnit cu, int s, PeriodUnit su) => AssertNotProvable(c, cu, s, su);

    [Theory]
    [InlineData(5, WorkingDays, 5, CalendarOrWorkingDays)] // "5个工作日" practice vs 5 日 (§7)
    [InlineData(3, WorkingDays, 5, CalendarOrWorkingDays)] // 一次性告知 3 working days vs 5 days (§7)
    public void Working_days_compare_with_unsettled_days_at_its_working_reading(int c, PeriodUnit cu, int s, PeriodUnit su) => AssertProvable(c, cu, s, su);

    [Fact]
    public void More_working_days_than_unsettled_days_are_not_provable() => AssertNotProvable(6, WorkingDays, 5, CalendarOrWorkingDays);

    [Theory]
    [InlineData(1, WorkingDays, 1, CalendarDays)] // the first working day after t = R(t + 1)
    [InlineData(1, WorkingDays, 7, CalendarDays)]
    [InlineData(1, CalendarOrWorkingDays, 7, CalendarDays)]
    public void One_working_day_is_no_longer_than_any_non_zero_calendar_period(int c, PeriodUnit cu, int s, PeriodUnit su) => AssertProvable(c, cu, s, su);

    [Theory]
    [InlineData(1, WorkingDays, 0, CalendarDays)]
    [InlineData(2, WorkingDays, 7, CalendarDays)] // 2 working days from 2025-09-30 end 10-10; 9 calendar days 10-09
    [InlineData(5, WorkingDays, 60, CalendarDays)] // true in practice, not provable for an arbitrary schedule
    [InlineData(2, CalendarOrWorkingDays, 15, CalendarDays)]
    public void Two_or_more_working_days_against_calendar_days_are_not_provable(int c, PeriodUnit cu, int s, PeriodUnit su) => AssertNotProvable(c, cu, s, su);

    [Theory]
    [InlineData(28, CalendarDays, 1, Months)] // 2025-01-31 + 1 month = 02-28, 28 days later
    [InlineData(56, CalendarDays, 2, Months)]
    [InlineData(365, CalendarDays, 1, Years)]
    public void Calendar_days_within_the_shortest_span_of_the_months_are_provable(int c, PeriodUnit cu, int s, PeriodUnit su) => AssertProvable(c, cu, s, su);

    [Theory]
    [InlineData(29, CalendarDays, 1, Months)]
    [InlineData(60, CalendarDays, 2, Months)] // 2025-01-01 + 2 months = 03-01, only 59 days later
    [InlineData(366, CalendarDays, 1, Years)]
    public void Calendar_days_beyond_the_shortest_span_of_the_months_are_not(int c, PeriodUnit cu, int s, PeriodUnit su) => AssertNotProvable(c, cu, s, su);

    [Theory]
    [InlineData(1, WorkingDays, 1, Months, true)]
    [InlineData(1, WorkingDays, 1, Years, true)]
    [InlineData(1, WorkingDays, 0, Months, false)]
    [InlineData(15, WorkingDays, 2, Months, false)] // conservative: no bound on rest blocks is assumed
    public void Working_days_against_months_are_provable_only_for_one_day(int c, PeriodUnit cu, int s, PeriodUnit su, bool expected)
    {
        Assert.Equal(expected, PeriodComparison.IsProvablyNoLongerThan(new Period(c, cu), new Period(s, su)));
    }

    [Theory]
    [InlineData(1, Months, 31, CalendarDays, true)]
    [InlineData(2, Months, 62, CalendarDays, true)]
    [InlineData(1, Years, 366, CalendarDays, true)]
    [InlineData(1, Months, 31, WorkingDays, true)]
    [InlineData(1, Months, 30, CalendarDays, false)] // 2025-03-15 + 1 month = 04-15, 31 days later
    [InlineData(1, Years, 365, CalendarDays, false)] // a year spanning 29 February has 366 days
    [InlineData(1, Months, 30, WorkingDays, false)]
    public void Months_against_days_are_provable_within_the_longest_span_of_the_months(int c, PeriodUnit cu, int s, PeriodUnit su, bool expected)
    {
        Assert.Equal(expected, PeriodComparison.IsProvablyNoLongerThan(new Period(c, cu), new Period(s, su)));
    }

    /// <summary>
    /// Soundness against the real 2025–2026 calendar: whenever the comparison says "provably no longer", the
    /// candidate's due date is on or before the statutory one for every trigger date.
    /// </summary>
    [Fact]
    public void Every_provable_verdict_holds_for_every_trigger_date_in_2025_and_2026()
    {
        Period[] periods =
        [
            .. DayValues.SelectMany(v => new[]
            {
                new Period(v, CalendarDays), new Period(v, WorkingDays), new Period(v, CalendarOrWorkingDays),
            }),
            new Period(0, Months), new Period(1, Months), new Period(2, Months), new Period(1, Years),
        ];
        var calendar = WorkingDayCalendar.Official;
        var triggers = Enumerable.Range(0, 730).Select(i => new DateOnly(2025, 1, 1).AddDays(i)).ToArray();
        var dueDates = periods.ToDictionary(p => p, p => triggers.Select(t => DeadlineCalculator.Compute(p, t, calendar).DueDate).ToArray());

        var provablePairs = 0;
        foreach (var candidate in periods)
        {
            foreach (var statutory in periods.Where(s => PeriodComparison.IsProvablyNoLongerThan(candidate, s)))
            {
                provablePairs++;
                for (var i = 0; i < triggers.Length; i++)
                {
                    if (dueDates[candidate][i] > dueDates[statutory][i])
                    {
                        Assert.Fail($"{candidate} from {triggers[i]} ends {dueDates[candidate][i]}, after {statutory} ({dueDates[statutory][i]})");
                    }
                }
            }
        }

        Assert.True(provablePairs > 300, $"only {provablePairs} provable pairs: the check would prove little");
    }

    private static void AssertProvable(int c, PeriodUnit cu, int s, PeriodUnit su) =>
        Assert.True(PeriodComparison.IsProvablyNoLongerThan(new Period(c, cu), new Period(s, su)));

    private static void AssertNotProvable(int c, PeriodUnit cu, int s, PeriodUnit su) =>
        Assert.False(PeriodComparison.IsProvablyNoLongerThan(new Period(c, cu), new Period(s, su)));
}
