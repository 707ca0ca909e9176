// Test names are sentences with underscores (style.md); lift once tests/**.cs is exempted in .editorconfig.

using System.Globalization;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.BuildingBlocks.Tests.Unit;

public sealed class DeadlineCalculatorTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;

    private static readonly DeadlineRule AcceptComplaint = new(
        "inspection.accept-complaint", "决定是否受理投诉", "接到投诉之日",
        new Period(5, PeriodUnit.WorkingDays), DutyHolder.OwnAgency, "若干规定 第十八条第一款", LegalBasisCertainty.Secondary);

    private static readonly DeadlineRule CompleteInvestigation = new(
        "inspection.complete-investigation", "完成劳动保障监察案件调查", "立案之日",
        new Period(60, PeriodUnit.WorkingDays), DutyHolder.OwnAgency, "劳动保障监察条例 第十七条", LegalBasisCertainty.Primary)
    {
        Extension = new DeadlineExtension(new Period(30, PeriodUnit.WorkingDays), "劳动保障行政部门负责人"),
    };

    private static readonly DeadlineRule SueAgainstNonFinalAward = new(
        "arbitration.sue-against-non-final-award", "对非终局裁决不服向人民法院起诉", "收到仲裁裁决书之日",
        new Period(15, PeriodUnit.CalendarDays), DutyHolder.Party, "劳动争议调解仲裁法 第五十条", LegalBasisCertainty.Primary);

    // --- deadlines.md §9.12 worked examples ---

    [Fact]
    public void Worked_example_complaint_received_on_the_eve_of_national_day_is_decided_within_five_working_days_by_14_october()
    {
        // Hand count: 10-01..10-08 holiday; 10-09 (1), 10-10 (2), 10-11 make-up Saturday (3), 10-13 (4), 10-14 (5).
        var result = DeadlineCalculator.Compute(AcceptComplaint, D("2025-09-30"), Calendar);

        Assert.Equal(D("2025-10-14"), result.DueDate);
        Assert.Null(result.EarlierReadingDate);
        Assert.False(result.Provisional);
        Assert.Equal("自2025-09-30次日起算5个工作日，至2025-10-14届满", result.Explanation);
    }

    [Fact]
    public void Worked_example_fifteen_days_to_sue_ending_on_national_day_rolls_to_the_first_working_day_after_the_holiday()
    {
        // 09-16 + 15 = 10-01, inside the 10-01..10-08 block; the first working day after it is Thu 10-09.
        var result = DeadlineCalculator.Compute(SueAgainstNonFinalAward, D("2025-09-16"), Calendar);

        Assert.Equal(D("2025-10-09"), result.DueDate);
        Assert.Equal("自2025-09-16次日起算15日，至2025-10-01届满；2025-10-01为法定休假日（国庆节、中秋节），顺延至2025-10-09", result.Explanation);
    }

    [Fact]
    public void Worked_example_investigation_opened_before_spring_festival_2026_ends_after_60_working_days_on_18_may()
    {
        // Hand count: 02-13, 02-14 (make-up Sat) = 2; 02-24..02-28 (incl. make-up Sat) = 7; March: 22 → 29;
        // April 1–3, 7–30 (清明 04-04..06) = 21 → 50; 05-06..05-09 (make-up Sat) = 4 → 54; 05-11..15 = 5 → 59; 05-18 = 60.
        var result = DeadlineCalculator.Compute(CompleteInvestigation, D("2026-02-12"), Calendar);

        Assert.Equal(D("2026-05-18"), result.DueDate);
        Assert.False(result.Provisional);
    }

    [Fact]
    public void Worked_example_the_30_working_day_extension_runs_from_the_original_due_date_to_30_june()
    {
        // 05-19..05-29 = 9; June 1–18 = 14 → 23 (端午 06-19..21); 06-22..26 = 5 → 28; 06-29, 06-30 → 30.
        var result = DeadlineCalculator.Extend(CompleteInvestigation, D("2026-05-18"), Calendar);

        Assert.Equal(D("2026-06-30"), result.DueDate);
        Assert.Equal("经劳动保障行政部门负责人批准延长30个工作日：自2026-05-18次日起算30个工作日，至2026-06-30届满", result.Explanation);
    }

    [Fact]
    public void Extend_throws_when_the_rule_allows_no_extension()
    {
        Assert.Throws<InvalidOperationException>(() => DeadlineCalculator.Extend(AcceptComplaint, D("2025-10-14"), Calendar));
    }

    [Fact]
    public void An_extension_by_the_parties_agreement_ends_on_the_agreed_day_as_agreed()
    {
        var rule = CompleteInvestigation with { Extension = DeadlineExtension.ByPartiesAgreement() };

        // 2026-04-04 is a 清明 rest day: the parties agreed on it, so it is not rolled.
        var result = DeadlineCalculator.Extend(rule, D("2026-03-20"), Calendar, agreedDueDate: D("2026-04-04"));

        Assert.True(rule.Extension!.ByAgreement);
        Assert.Null(rule.Extension.Period);
        Assert.Equal(D("2026-04-04"), result.DueDate);
        Assert.Equal("经双方当事人同意，自2026-03-20延长至2026-04-04届满", result.Explanation);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2026-03-20")]
    [InlineData("2026-03-19")]
    public void An_extension_by_agreement_needs_an_agreed_day_after_the_current_due_date(string? agreed)
    {
        var rule = CompleteInvestigation with { Extension = DeadlineExtension.ByPartiesAgreement() };

        Assert.Throws<ArgumentException>(() =>
            DeadlineCalculator.Extend(rule, D("2026-03-20"), Calendar, agreed is null ? null : D(agreed)));
    }

    [Fact]
    public void A_fixed_extension_takes_no_agreed_date()
    {
        Assert.Throws<ArgumentException>(() => DeadlineCalculator.Extend(CompleteInvestigation, D("2026-05-18"), Calendar, D("2026-07-01")));
    }

    [Fact]
    public void An_extension_says_what_it_allows_and_who_approves_it()
    {
        Assert.Equal("可延长30个工作日，须经劳动保障行政部门负责人批准", CompleteInvestigation.Extension!.Description);
        Assert.Equal("经双方当事人同意可以延长，延长至双方约定之日", DeadlineExtension.ByPartiesAgreement().Description);
        Assert.Throws<ArgumentException>(() => new DeadlineExtension(new Period(1, PeriodUnit.CalendarDays), " "));
    }

    // --- 0 working days: "当日" ---

    [Theory]
    [InlineData("2025-09-30", "2025-09-30")] // a working day: that day
    [InlineData("2025-03-15", "2025-03-17")] // a Saturday: the Monday
    [InlineData("2026-01-04", "2026-01-04")] // a make-up Sunday is a working day
    [InlineData("2026-02-15", "2026-02-24")] // first day of the Spring Festival 2026 block
    [InlineData("2026-02-17", "2026-02-24")] // 正月初一
    public void Zero_working_days_means_the_same_working_day(string trigger, string expected)
    {
        var result = DeadlineCalculator.Compute(new Period(0, PeriodUnit.WorkingDays), D(trigger), Calendar);

        Assert.Equal(D(expected), result.DueDate);
    }

    [Fact]
    public void Zero_working_days_on_a_holiday_explains_the_move_to_the_next_working_day()
    {
        var result = DeadlineCalculator.Compute(new Period(0, PeriodUnit.WorkingDays), D("2026-02-15"), Calendar);

        Assert.Equal("2026-02-15为法定休假日（春节），当日（工作日）于下一个工作日2026-02-24届满", result.Explanation);
    }

    // --- calendar days ---

    [Fact]
    public void Calendar_days_without_roll_forward_end_on_the_holiday()
    {
        var result = DeadlineCalculator.Compute(new Period(15, PeriodUnit.CalendarDays), D("2025-09-16"), Calendar, rollForward: RollForward.None);

        Assert.Equal(D("2025-10-01"), result.DueDate);
        Assert.Contains("不顺延", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_days_ending_on_an_ordinary_saturday_roll_to_monday()
    {
        var result = DeadlineCalculator.Compute(new Period(5, PeriodUnit.CalendarDays), D("2025-03-10"), Calendar);

        Assert.Equal(D("2025-03-17"), result.DueDate);
        Assert.EndsWith("2025-03-15为休息日（星期六），顺延至2025-03-17", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_days_ending_on_a_make_up_sunday_do_not_roll()
    {
        var result = DeadlineCalculator.Compute(new Period(2, PeriodUnit.CalendarDays), D("2025-09-26"), Calendar);

        Assert.Equal(D("2025-09-28"), result.DueDate);
        Assert.Equal("自2025-09-26次日起算2日，至2025-09-28届满", result.Explanation);
    }

    [Fact]
    public void Calendar_days_ending_on_a_working_day_are_unchanged()
    {
        var result = DeadlineCalculator.Compute(new Period(7, PeriodUnit.CalendarDays), D("2025-03-11"), Calendar);

        Assert.Equal(D("2025-03-18"), result.DueDate);
    }

    // --- months and years (民法典 第二百零二条) ---

    [Fact]
    public void One_month_from_31_january_ends_on_the_last_day_of_february()
    {
        var result = DeadlineCalculator.Compute(new Period(1, PeriodUnit.Months), D("2025-01-31"), Calendar);

        Assert.Equal(D("2025-02-28"), result.DueDate); // a Friday
    }

    [Fact]
    public void A_month_end_clamped_onto_a_sunday_then_rolls_forward()
    {
        var result = DeadlineCalculator.Compute(new Period(1, PeriodUnit.Months), D("2025-10-31"), Calendar);

        Assert.Equal(D("2025-12-01"), result.DueDate); // 11-30 is a Sunday
        Assert.Contains("至2025-11-30届满", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_end_clamped_onto_a_make_up_saturday_does_not_roll()
    {
        var result = DeadlineCalculator.Compute(new Period(1, PeriodUnit.Months), D("2026-01-31"), Calendar);

        Assert.Equal(D("2026-02-28"), result.DueDate);
    }

    [Fact]
    public void Two_months_ending_on_national_day_roll_past_the_holiday()
    {
        // 检察建议: reply within 2 months of receipt.
        var result = DeadlineCalculator.Compute(new Period(2, PeriodUnit.Months), D("2025-08-01"), Calendar);

        Assert.Equal(D("2025-10-09"), result.DueDate);
    }

    [Fact]
    public void Months_use_the_corresponding_day()
    {
        Assert.Equal(D("2025-05-15"), DeadlineCalculator.Compute(new Period(2, PeriodUnit.Months), D("2025-03-15"), Calendar).DueDate);
    }

    [Fact]
    public void One_year_ending_on_national_day_2026_rolls_to_8_october()
    {
        var result = DeadlineCalculator.Compute(new Period(1, PeriodUnit.Years), D("2025-10-01"), Calendar);

        Assert.Equal(D("2026-10-08"), result.DueDate);
        Assert.False(result.Provisional);
    }

    [Fact]
    public void One_year_from_29_february_ends_on_28_february_and_is_provisional_because_2024_has_no_schedule()
    {
        var result = DeadlineCalculator.Compute(new Period(1, PeriodUnit.Years), D("2024-02-29"), Calendar);

        Assert.Equal(D("2025-02-28"), result.DueDate);
        Assert.True(result.Provisional);
        Assert.Contains("2024年节假日安排尚未公布", result.Explanation, StringComparison.Ordinal);
    }

    // --- StartDay.TriggerDay ---

    [Fact]
    public void Trigger_day_counted_as_day_one_for_calendar_days_ends_one_day_earlier()
    {
        var next = DeadlineCalculator.Compute(new Period(7, PeriodUnit.CalendarDays), D("2025-03-11"), Calendar);
        var same = DeadlineCalculator.Compute(new Period(7, PeriodUnit.CalendarDays), D("2025-03-11"), Calendar, StartDay.TriggerDay);

        Assert.Equal(D("2025-03-18"), next.DueDate);
        Assert.Equal(D("2025-03-17"), same.DueDate);
        Assert.StartsWith("自2025-03-11当日起算7日（含当日）", same.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Trigger_day_counted_as_day_one_for_working_days_counts_a_working_trigger_day()
    {
        // Day 1 = 09-30, then 10-09, 10-10, 10-11 (make-up), 10-13.
        var result = DeadlineCalculator.Compute(new Period(5, PeriodUnit.WorkingDays), D("2025-09-30"), Calendar, StartDay.TriggerDay);

        Assert.Equal(D("2025-10-13"), result.DueDate);
    }

    [Fact]
    public void Trigger_day_on_a_rest_day_cannot_be_day_one_of_a_working_day_period()
    {
        var result = DeadlineCalculator.Compute(new Period(1, PeriodUnit.WorkingDays), D("2025-10-01"), Calendar, StartDay.TriggerDay);

        Assert.Equal(D("2025-10-09"), result.DueDate);
    }

    [Fact]
    public void Trigger_day_counted_as_day_one_for_months_ends_the_day_before_the_corresponding_day()
    {
        var result = DeadlineCalculator.Compute(new Period(1, PeriodUnit.Months), D("2025-03-15"), Calendar, StartDay.TriggerDay);

        Assert.Equal(D("2025-04-14"), result.DueDate);
    }

    // --- backward periods (§9.9) ---

    [Fact]
    public void Five_calendar_days_before_a_hearing_counts_back_excluding_the_hearing_day()
    {
        var result = DeadlineCalculator.Compute(new Period(5, PeriodUnit.CalendarDays), D("2026-03-10"), Calendar, direction: CountDirection.Backward);

        Assert.Equal(D("2026-03-05"), result.DueDate);
        Assert.Equal("自2026-03-10前一日起倒算5日，最迟应于2026-03-05完成", result.Explanation);
    }

    [Fact]
    public void Five_working_days_before_a_hearing_skip_the_weekend()
    {
        // 03-09 (1), 03-06 (2), 03-05 (3), 03-04 (4), 03-03 (5).
        var result = DeadlineCalculator.Compute(new Period(5, PeriodUnit.WorkingDays), D("2026-03-10"), Calendar, direction: CountDirection.Backward);

        Assert.Equal(D("2026-03-03"), result.DueDate);
    }

    [Fact]
    public void A_backward_period_landing_on_a_weekend_is_never_rolled_even_with_the_default_roll_forward()
    {
        var rule = new DeadlineRule(
            "arbitration.request-postponement", "申请延期开庭", "开庭日期",
            new Period(3, PeriodUnit.CalendarDays), DutyHolder.Party, "劳动争议调解仲裁法 第三十五条", LegalBasisCertainty.Primary)
        { Direction = CountDirection.Backward };

        var result = DeadlineCalculator.Compute(rule, D("2026-03-10"), Calendar);

        Assert.Equal(RollForward.NextWorkingDay, rule.RollForward);
        Assert.Equal(D("2026-03-07"), result.DueDate); // a Saturday
        Assert.Contains("倒算期间不顺延", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_backward_period_landing_in_a_holiday_block_stays_there()
    {
        var result = DeadlineCalculator.Compute(new Period(5, PeriodUnit.CalendarDays), D("2025-10-10"), Calendar, direction: CountDirection.Backward);

        Assert.Equal(D("2025-10-05"), result.DueDate);
    }

    [Fact]
    public void A_backward_period_cannot_count_the_event_day()
    {
        Assert.Throws<ArgumentException>(() => DeadlineCalculator.Compute(
            new Period(5, PeriodUnit.CalendarDays), D("2026-03-10"), Calendar, StartDay.TriggerDay, direction: CountDirection.Backward));
    }

    // --- CalendarOrWorkingDays (§9.6) ---

    [Fact]
    public void Unsettled_days_are_due_at_the_working_day_reading_with_the_calendar_reading_as_the_earlier_date()
    {
        // Working: 10-14 (as the 监察 example). Calendar: 09-30 + 5 = 10-05, in the holiday → 10-09.
        var result = DeadlineCalculator.Compute(new Period(5, PeriodUnit.CalendarOrWorkingDays), D("2025-09-30"), Calendar);

        Assert.Equal(D("2025-10-14"), result.DueDate);
        Assert.Equal(D("2025-10-09"), result.EarlierReadingDate);
        Assert.Equal(
            "自2025-09-30次日起算5日（工作日/自然日待核实）：按工作日计至2025-10-14届满，按自然日计至2025-10-09届满；提醒不晚于2025-10-09，2025-10-14后方为逾期",
            result.Explanation);
    }

    [Fact]
    public void Unsettled_days_counted_backward_are_late_only_after_the_calendar_reading_but_safe_only_by_the_working_day_one()
    {
        // Hearing Tue 03-10: five calendar days back is Thu 03-05; five working days back (03-09, 06, 05, 04, 03) is Tue 03-03.
        var result = DeadlineCalculator.Compute(new Period(5, PeriodUnit.CalendarOrWorkingDays), D("2026-03-10"), Calendar, direction: CountDirection.Backward);

        Assert.Equal(D("2026-03-05"), result.DueDate);
        Assert.Equal(D("2026-03-03"), result.EarlierReadingDate);
        Assert.Equal(D("2026-03-03"), result.LatestSafeDate);
        Assert.EndsWith("从严掌握，最迟应于2026-03-03完成", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Counted_back_across_a_holiday_the_safe_day_is_the_working_day_reading()
    {
        // Hearing Wed 2026-04-08, after 清明 (04-04..04-06): calendar reading Fri 04-03; working reading 04-07, 03, 02, 01,
        // 03-31 → Tue 03-31, three days earlier.
        var result = DeadlineCalculator.Compute(new Period(5, PeriodUnit.CalendarOrWorkingDays), D("2026-04-08"), Calendar, direction: CountDirection.Backward);

        Assert.Equal(D("2026-04-03"), result.DueDate);
        Assert.Equal(D("2026-03-31"), result.LatestSafeDate);
    }

    [Fact]
    public void Without_an_unsettled_unit_the_safe_day_is_the_due_date()
    {
        Assert.Equal(D("2026-03-05"), DeadlineCalculator.Compute(new Period(5, PeriodUnit.CalendarDays), D("2026-03-10"), Calendar, direction: CountDirection.Backward).LatestSafeDate);
        Assert.Equal(D("2025-10-09"), DeadlineCalculator.Compute(new Period(5, PeriodUnit.CalendarOrWorkingDays), D("2025-09-30"), Calendar).LatestSafeDate);
    }

    // --- provisional ---

    [Fact]
    public void A_period_running_into_2027_is_provisional()
    {
        var result = DeadlineCalculator.Compute(new Period(30, PeriodUnit.CalendarDays), D("2026-12-20"), Calendar);

        Assert.Equal(D("2027-01-19"), result.DueDate); // Tuesday; only the weekday rule is known for 2027
        Assert.True(result.Provisional);
        Assert.EndsWith("；2027年节假日安排尚未公布，期限为暂定", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_working_day_period_entirely_inside_published_years_is_not_provisional()
    {
        Assert.False(DeadlineCalculator.Compute(new Period(10, PeriodUnit.WorkingDays), D("2026-12-01"), Calendar).Provisional);
        Assert.True(DeadlineCalculator.Compute(new Period(30, PeriodUnit.WorkingDays), D("2026-12-01"), Calendar).Provisional);
    }

    // --- rules ---

    [Fact]
    public void Compute_with_a_rule_uses_its_counting_options()
    {
        var rule = SueAgainstNonFinalAward with { RollForward = RollForward.None };

        Assert.Equal(D("2025-10-01"), DeadlineCalculator.Compute(rule, D("2025-09-16"), Calendar).DueDate);
    }

    [Fact]
    public void A_rule_is_effective_between_its_optional_bounds_inclusive()
    {
        var rule = AcceptComplaint with { EffectiveFrom = D("2025-01-01"), EffectiveTo = D("2025-12-31") };

        Assert.True(rule.IsEffectiveOn(D("2025-01-01")));
        Assert.True(rule.IsEffectiveOn(D("2025-12-31")));
        Assert.False(rule.IsEffectiveOn(D("2024-12-31")));
        Assert.False(rule.IsEffectiveOn(D("2026-01-01")));
        Assert.True(AcceptComplaint.IsEffectiveOn(D("1990-01-01")));
    }

    [Fact]
    public void A_rule_defaults_to_next_day_roll_forward_forward_and_national()
    {
        Assert.Equal(StartDay.NextDay, AcceptComplaint.StartDay);
        Assert.Equal(RollForward.NextWorkingDay, AcceptComplaint.RollForward);
        Assert.Equal(CountDirection.Forward, AcceptComplaint.Direction);
        Assert.Null(AcceptComplaint.Jurisdiction);
        Assert.Null(AcceptComplaint.ReminderLead);
    }

    // --- Period ---

    [Theory]
    [InlineData(7, PeriodUnit.CalendarDays, "7日")]
    [InlineData(3, PeriodUnit.WorkingDays, "3个工作日")]
    [InlineData(5, PeriodUnit.CalendarOrWorkingDays, "5日（工作日/自然日待核实）")]
    [InlineData(2, PeriodUnit.Months, "2个月")]
    [InlineData(1, PeriodUnit.Years, "1年")]
    [InlineData(0, PeriodUnit.WorkingDays, "当日（工作日）")]
    [InlineData(0, PeriodUnit.CalendarDays, "当日")]
    public void A_period_reads_in_chinese(int value, PeriodUnit unit, string expected)
    {
        Assert.Equal(expected, new Period(value, unit).ToString());
    }

    [Fact]
    public void A_negative_period_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Period(-1, PeriodUnit.CalendarDays));
    }

    [Fact]
    public void An_undefined_unit_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Period(1, (PeriodUnit)99));
    }

    [Fact]
    public void Periods_compare_by_value()
    {
        Assert.Equal(new Period(5, PeriodUnit.WorkingDays), new Period(5, PeriodUnit.WorkingDays));
        Assert.NotEqual(new Period(5, PeriodUnit.WorkingDays), new Period(5, PeriodUnit.CalendarDays));
    }

    private static DateOnly D(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);
}
