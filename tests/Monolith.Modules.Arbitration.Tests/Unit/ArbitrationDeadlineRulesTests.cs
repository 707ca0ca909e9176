using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Arbitration.Tests.Unit;

public sealed class ArbitrationDeadlineRulesTests
{
    private static readonly List<DeadlineRule> Rules = new ArbitrationDeadlineRules().Rules.ToList();

    /// <summary>An ordinary Monday, the eve of Spring Festival, the eve of National Day, New Year's Eve 2025.</summary>
    public static TheoryData<string> TriggerDates => ["2026-03-02", "2026-02-13", "2026-09-30", "2025-12-31", "2026-04-03"];

    [Fact]
    public void Every_rule_is_arbitrations_with_a_unique_namespaced_id_and_a_cited_basis()
    {
        Assert.Equal(14, Rules.Count);
        Assert.Equal(Rules.Count, Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(Rules, rule =>
        {
            Assert.StartsWith("arbitration.", rule.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title));
            Assert.False(string.IsNullOrWhiteSpace(rule.Trigger));
            Assert.Contains("《", rule.LegalBasis, StringComparison.Ordinal);
            Assert.True(rule.Period.Value > 0, rule.Id);
        });
    }

    [Fact]
    public void The_rule_ids_the_module_uses_are_defined()
    {
        var ids = Rules.Select(r => r.Id).ToHashSet();

        Assert.Contains(ArbitrationDeadlineRules.DecideAcceptance, ids);
        Assert.Contains(ArbitrationDeadlineRules.OneTimeNotice, ids);
        Assert.Contains(ArbitrationDeadlineRules.HearingNotice, ids);
        Assert.Contains(ArbitrationDeadlineRules.Award, ids);
    }

    [Theory]
    [MemberData(nameof(TriggerDates))]
    public void Every_rule_computes_on_the_official_calendar(string trigger)
    {
        var date = DateOnly.Parse(trigger, System.Globalization.CultureInfo.InvariantCulture);
        var calendar = WorkingDayCalendar.Official;

        Assert.All(Rules, rule =>
        {
            var result = DeadlineCalculator.Compute(rule, date, calendar);

            if (rule.Direction == CountDirection.Forward)
            {
                Assert.True(result.DueDate > date, $"{rule.Id}: {result.DueDate} after {date}");
                Assert.True(result.DueDate <= date.AddDays(120), rule.Id);
            }
            else
            {
                Assert.True(result.DueDate < date, $"{rule.Id}: {result.DueDate} before {date}");
            }

            Assert.Equal(rule.Period.Unit == PeriodUnit.CalendarOrWorkingDays, result.EarlierReadingDate is not null);
            Assert.False(string.IsNullOrWhiteSpace(result.Explanation));
        });
    }

    [Fact]
    public void The_award_period_is_45_calendar_days_and_the_chairs_15_days_a_rule_of_their_own_counted_from_the_first_due_date()
    {
        var award = Rules.Single(r => r.Id == ArbitrationDeadlineRules.Award);
        var extended = Rules.Single(r => r.Id == ArbitrationDeadlineRules.AwardExtended);

        Assert.Equal(new Period(45, PeriodUnit.CalendarDays), award.Period);
        Assert.Equal(new Period(15, PeriodUnit.CalendarDays), extended.Period);

        // Not extendable through the generic extension: the case keeps the chair's written approval and its clock (ADR 0070).
        Assert.DoesNotContain(Rules, r => r.Extension is not null);

        // Filed Mon 2026-03-02: day 45 is Thu 2026-04-16; extended by 15 days it ends Fri 2026-05-01, a Labour Day holiday → Wed 05-06.
        var due = DeadlineCalculator.Compute(award, new DateOnly(2026, 3, 2), WorkingDayCalendar.Official).DueDate;
        Assert.Equal(new DateOnly(2026, 4, 16), due);
        Assert.Equal(new DateOnly(2026, 5, 6), DeadlineCalculator.Compute(extended, due, WorkingDayCalendar.Official).DueDate);
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-09", "2026-03-09")] // Mon: calendar Sat 03-07 rolls to Mon 03-09; five working days → Mon 03-09
    [InlineData("2026-09-29", "2026-10-08", "2026-10-12")] // National Day: calendar 10-04 → 10-08; working 09-30, 10-08, 10-09, 10-10 (make-up Sat), 10-12
    [InlineData("2026-02-12", "2026-02-24", "2026-02-26")] // Spring Festival: calendar 02-17 → 02-24; working 02-13, 02-14 (make-up Sat), 02-24, 02-25, 02-26
    public void Serving_the_application_copy_takes_five_days_under_both_readings(string accepted, string calendarReading, string workingReading)
    {
        var rule = Rules.Single(r => r.Id == ArbitrationDeadlineRules.ServeRespondent);
        var result = DeadlineCalculator.Compute(rule, DateOnly.Parse(accepted, System.Globalization.CultureInfo.InvariantCulture), WorkingDayCalendar.Official);

        Assert.Equal(DateOnly.Parse(calendarReading, System.Globalization.CultureInfo.InvariantCulture), result.EarlierReadingDate ?? result.DueDate);
        Assert.Equal(DateOnly.Parse(workingReading, System.Globalization.CultureInfo.InvariantCulture), result.DueDate);
    }

    [Fact]
    public void The_defence_runs_ten_days_from_receipt_and_its_copy_five_days_from_the_commissions_receipt()
    {
        var defence = Rules.Single(r => r.Id == ArbitrationDeadlineRules.Defence);
        var copy = Rules.Single(r => r.Id == ArbitrationDeadlineRules.ServeDefenceCopy);

        // Received Tue 2026-04-28: calendar 05-08; working 04-29, 04-30, 05-06, 05-07, 05-08, 05-09 (make-up Sat), 05-11 … 05-14.
        var result = DeadlineCalculator.Compute(defence, new DateOnly(2026, 4, 28), WorkingDayCalendar.Official);
        Assert.Equal(new DateOnly(2026, 5, 8), result.EarlierReadingDate);
        Assert.Equal(new DateOnly(2026, 5, 14), result.DueDate);

        Assert.Equal(DutyHolder.OwnAgency, copy.Holder);
        var served = DeadlineCalculator.Compute(copy, new DateOnly(2026, 3, 31), WorkingDayCalendar.Official);
        Assert.Equal(new DateOnly(2026, 4, 8), served.DueDate); // working 04-01, 04-02, 04-03, (Qingming 04-04..06), 04-07, 04-08; calendar 04-05 → 04-07
    }

    [Theory]
    [InlineData("2026-03-16", "2026-03-13")] // Mon hearing: three calendar days back is Fri 03-13
    [InlineData("2026-10-09", "2026-10-06")] // in the holiday: counted back, never rolled
    public void A_party_may_ask_to_postpone_until_three_days_before_the_hearing_on_the_later_reading(string hearing, string lastDay)
    {
        var rule = Rules.Single(r => r.Id == ArbitrationDeadlineRules.PostponementRequest);
        var result = DeadlineCalculator.Compute(rule, DateOnly.Parse(hearing, System.Globalization.CultureInfo.InvariantCulture), WorkingDayCalendar.Official);

        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), result.DueDate);
    }

    [Theory]
    [InlineData(ArbitrationDeadlineRules.SueAgainstFinalAward, "2026-09-16", "2026-10-08")] // day 15 is 10-01 → after National Day
    [InlineData(ArbitrationDeadlineRules.SueAgainstNonFinalAward, "2026-03-02", "2026-03-17")]
    [InlineData(ArbitrationDeadlineRules.SetAsideFinalAward, "2026-01-30", "2026-03-02")] // day 30 is Sun 03-01 → Mon; month end of February passed
    public void The_parties_windows_after_the_award_count_from_receipt(string ruleId, string received, string lastDay)
    {
        var rule = Rules.Single(r => r.Id == ruleId);
        var result = DeadlineCalculator.Compute(rule, DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), WorkingDayCalendar.Official);

        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), result.DueDate);
    }

    [Fact]
    public void The_hearing_notice_counts_back_five_days_from_the_hearing_without_rolling()
    {
        var rule = Rules.Single(r => r.Id == ArbitrationDeadlineRules.HearingNotice);

        var result = DeadlineCalculator.Compute(rule, new DateOnly(2026, 3, 16), WorkingDayCalendar.Official);

        Assert.Equal(CountDirection.Backward, rule.Direction);
        Assert.Equal(new DateOnly(2026, 3, 11), result.DueDate); // calendar reading, the later of the two
        Assert.Equal(new DateOnly(2026, 3, 9), result.EarlierReadingDate); // five working days back
        Assert.Equal(new DateOnly(2026, 3, 9), result.LatestSafeDate); // the notice is in time under both readings only by then
    }

    [Fact]
    public void The_agencys_own_acceptance_duty_is_not_a_party_period_so_a_local_policy_may_shorten_it()
    {
        Assert.Equal(DutyHolder.OwnAgency, Rules.Single(r => r.Id == ArbitrationDeadlineRules.DecideAcceptance).Holder);
        Assert.Equal(DutyHolder.OwnAgency, Rules.Single(r => r.Id == ArbitrationDeadlineRules.OneTimeNotice).Holder);
        Assert.Equal(DutyHolder.Party, Rules.Single(r => r.Id == ArbitrationDeadlineRules.SueAgainstFinalAward).Holder);
    }

    [Fact]
    public void The_respondents_defence_and_the_employers_set_aside_application_are_not_the_commissions_duties()
    {
        Assert.Equal(DutyHolder.Party, Rules.Single(r => r.Id == ArbitrationDeadlineRules.Defence).Holder);
        Assert.Equal(DutyHolder.Employer, Rules.Single(r => r.Id == ArbitrationDeadlineRules.SetAsideFinalAward).Holder);
        Assert.Equal(
            [ArbitrationDeadlineRules.Award, ArbitrationDeadlineRules.AwardExtended, ArbitrationDeadlineRules.DecideAcceptance, ArbitrationDeadlineRules.HearingNotice,
             ArbitrationDeadlineRules.OneTimeNotice, ArbitrationDeadlineRules.ReviewDecision, ArbitrationDeadlineRules.ServeDefenceCopy, ArbitrationDeadlineRules.ServeRespondent],
            Rules.Where(r => r.Holder == DutyHolder.OwnAgency).Select(r => r.Id).Order(StringComparer.Ordinal));
    }
}
