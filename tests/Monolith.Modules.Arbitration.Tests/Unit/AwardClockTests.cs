using Monolith.BuildingBlocks.Calendar;
using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Tests.Unit;

/// <summary>审理期限 45 日 (+15), with the exclusions of 办案规则 第四十六条.</summary>
public sealed class AwardClockTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;

    private static ClockPause Pause(string from, string? to, ClockPauseKind kind = ClockPauseKind.Suspension)
    {
        var pause = new ClockPause(Guid.NewGuid(), kind, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), "等待工伤认定结论");
        if (to is not null)
        {
            pause.End(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        }

        return pause;
    }

    [Fact]
    public void Forty_five_calendar_days_from_acceptance()
    {
        var state = AwardClock.Compute(new DateOnly(2026, 3, 2), "受理之日", [], false, Calendar);

        Assert.Equal(new DateOnly(2026, 4, 16), state.DueDate);
        Assert.False(state.Paused);
    }

    [Fact]
    public void A_45th_day_in_the_National_Day_holiday_moves_to_the_first_working_day_after_it()
    {
        var state = AwardClock.Compute(new DateOnly(2026, 8, 17), "受理之日", [], false, Calendar);

        Assert.Equal(new DateOnly(2026, 10, 8), state.DueDate);
        Assert.Contains("顺延", string.Join(string.Empty, state.Steps), StringComparison.Ordinal);
    }

    [Fact]
    public void The_chairs_fifteen_days_count_from_the_first_due_date_and_roll_over_Labour_Day()
    {
        // 2026-04-16 + 15 = 2026-05-01, in the Labour Day holiday (05-01..05-05) → 2026-05-06.
        var state = AwardClock.Compute(new DateOnly(2026, 3, 2), "受理之日", [], true, Calendar);

        Assert.Equal(new DateOnly(2026, 4, 16), state.FirstDueDate);
        Assert.Equal(new DateOnly(2026, 5, 6), state.DueDate);
    }

    [Fact]
    public void Suspension_days_are_not_counted_and_a_Sunday_end_rolls_to_Monday()
    {
        // 10 days excluded: 2026-03-12 + 45 = 2026-04-26 (Sunday) → 2026-04-27.
        var state = AwardClock.Compute(new DateOnly(2026, 3, 2), "受理之日", [Pause("2026-03-10", "2026-03-20")], false, Calendar);

        Assert.Equal(10, state.ExcludedDays);
        Assert.Equal(new DateOnly(2026, 3, 12), state.EffectiveTrigger);
        Assert.Equal(new DateOnly(2026, 4, 27), state.DueDate);
    }

    [Fact]
    public void Service_by_public_notice_is_excluded_like_a_suspension()
    {
        var state = AwardClock.Compute(
            new DateOnly(2026, 3, 2), "受理之日", [Pause("2026-03-03", "2026-04-02", ClockPauseKind.PublicNotice), Pause("2026-04-10", "2026-04-15")], false, Calendar);

        Assert.Equal(35, state.ExcludedDays);
        Assert.Contains(state.Steps, s => s.Contains("公告送达", StringComparison.Ordinal));
    }

    [Fact]
    public void While_paused_there_is_no_due_date()
    {
        var state = AwardClock.Compute(new DateOnly(2026, 3, 2), "受理之日", [Pause("2026-03-10", null)], false, Calendar);

        Assert.True(state.Paused);
        Assert.Null(state.DueDate);
    }

    [Fact]
    public void Pauses_before_a_restart_do_not_count()
    {
        var state = AwardClock.Compute(new DateOnly(2026, 4, 1), "增加仲裁请求", [Pause("2026-03-10", "2026-03-20")], false, Calendar);

        Assert.Equal(0, state.ExcludedDays);
        Assert.Equal(new DateOnly(2026, 5, 18), state.DueDate); // 2026-05-16 is a Saturday → Monday 05-18.
    }

    [Fact]
    public void A_resumption_cannot_precede_the_suspension() =>
        Assert.Equal("arbitration.resume-before-pause",
            Assert.Throws<Monolith.BuildingBlocks.Domain.BusinessRuleViolationException>(() => Pause("2026-03-10", "2026-03-09")).Code);
}
