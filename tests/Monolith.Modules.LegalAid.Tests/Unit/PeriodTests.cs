using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.LegalAid.Domain;

namespace Monolith.Modules.LegalAid.Tests.Unit;

/// <summary>Legal aid's periods on the official 2026 calendar: holidays roll the end forward, make-up working weekends do not, month ends count as days.</summary>
public sealed class PeriodTests
{
    private static readonly LegalAidDeadlineRules Rules = new();

    [Theory]
    [InlineData("2026-03-02", "2026-03-09")] // Monday → Monday
    [InlineData("2026-09-28", "2026-10-08")] // ends 10-05 inside the National Day holiday → first working day after it
    [InlineData("2026-10-03", "2026-10-10")] // ends on Sat 10-10, a make-up working day: no roll
    [InlineData("2026-01-24", "2026-02-02")] // ends on Sat 01-31 (month end, rest day) → Mon 02-02
    [InlineData("2026-02-21", "2026-02-28")] // received in the Spring Festival holiday; ends Sat 02-28, a make-up working day and the month's end
    [InlineData("2026-12-25", "2027-01-01")] // into a year without a published schedule: provisional
    public void Review_is_7_calendar_days_rolled_past_rest_days(string received, string due) =>
        Assert.Equal(D(due), Compute(LegalAidDeadlineRules.ReviewApplication, received).DueDate);

    [Theory]
    [InlineData("2026-09-30", "2026-10-08")] // ends 10-03 in the holiday
    [InlineData("2026-04-30", "2026-05-06")] // ends 05-03 in the Labour Day holiday
    [InlineData("2026-05-06", "2026-05-09")] // ends Sat 05-09, a make-up working day
    [InlineData("2026-03-29", "2026-04-01")] // across a month end
    public void Assignment_is_3_calendar_days_from_the_grant(string granted, string due) =>
        Assert.Equal(D(due), Compute(LegalAidDeadlineRules.AssignProvider, granted).DueDate);

    [Theory]
    [InlineData("2026-02-26", "2026-03-03")] // across the end of February
    [InlineData("2026-06-14", "2026-06-22")] // ends 06-19, the Dragon Boat holiday (06-19 – 06-21)
    [InlineData("2026-01-28", "2026-02-02")] // ends Sun 02-01 → Mon
    public void The_justice_bureau_decides_an_objection_in_5_calendar_days(string received, string due) =>
        Assert.Equal(D(due), Compute(LegalAidDeadlineRules.DecideObjection, received).DueDate);

    [Theory]
    [InlineData("2026-03-05", "2026-02-26")] // backward across the end of February
    [InlineData("2026-10-08", "2026-10-01")] // lands in the holiday: a backward threshold is never rolled
    [InlineData("2026-01-04", "2025-12-28")] // the make-up Sunday and the year boundary
    public void The_advance_aid_threshold_is_7_days_before_the_expiry_never_rolled(string expires, string threshold) =>
        Assert.Equal(D(threshold), Compute(LegalAidDeadlineRules.AdvanceAidThreshold, expires).DueDate);

    [Theory]
    [InlineData("2026-02-25", 8, false)] // 8 days remain
    [InlineData("2026-02-26", 7, false)] // the threshold day: 7 days still remain
    [InlineData("2026-02-27", 6, true)]  // fewer than 7
    [InlineData("2026-03-05", 0, true)]  // the last day itself
    [InlineData("2026-03-06", -1, false)] // expired: nothing left to protect
    public void Advance_aid_is_offered_only_when_fewer_than_7_days_remain(string today, int remaining, bool offered)
    {
        var expires = new DateOnly(2026, 3, 5);
        var window = AdvanceAidWindow.On(D(today), expires, Compute(LegalAidDeadlineRules.AdvanceAidThreshold, "2026-03-05"));

        Assert.Equal(offered, window.Offered);
        Assert.Equal(remaining, window.DaysRemaining);
        Assert.Equal(new DateOnly(2026, 2, 26), window.ThresholdDate);
    }

    [Fact]
    public void The_arbitration_limitation_after_an_inspection_complaint_runs_a_year_to_the_corresponding_day()
    {
        var calendar = WorkingDayCalendar.Official;
        Assert.Equal(new DateOnly(2027, 3, 2), DeadlineCalculator.Compute(new Period(1, PeriodUnit.Years), new DateOnly(2026, 3, 2), calendar).DueDate);
        Assert.Equal(new DateOnly(2026, 2, 28), DeadlineCalculator.Compute(new Period(1, PeriodUnit.Years), new DateOnly(2025, 2, 28), calendar).DueDate);
    }

    [Fact]
    public void Review_into_an_unscheduled_year_is_provisional() =>
        Assert.True(Compute(LegalAidDeadlineRules.ReviewApplication, "2026-12-25").Provisional);

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static DeadlineComputation Compute(string ruleId, string trigger) =>
        DeadlineCalculator.Compute(Rules.Rules.Single(r => r.Id == ruleId), D(trigger), WorkingDayCalendar.Official);
}
