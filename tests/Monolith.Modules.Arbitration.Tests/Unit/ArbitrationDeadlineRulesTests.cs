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
        Assert.Equal(11, Rules.Count);
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
    public void The_award_period_is_45_calendar_days_extendable_by_15_and_the_only_extendable_one()
    {
        var award = Rules.Single(r => r.Id == ArbitrationDeadlineRules.Award);

        Assert.Equal(new Period(45, PeriodUnit.CalendarDays), award.Period);
        Assert.Equal(new Period(15, PeriodUnit.CalendarDays), award.Extension?.Period);
        Assert.Equal([ArbitrationDeadlineRules.Award], Rules.Where(r => r.Extension is not null).Select(r => r.Id));

        // Filed Mon 2026-03-02: day 45 is Thu 2026-04-16; extended by 15 days it ends Fri 2026-05-01, a Labour Day holiday → Wed 05-06.
        var due = DeadlineCalculator.Compute(award, new DateOnly(2026, 3, 2), WorkingDayCalendar.Official).DueDate;
        Assert.Equal(new DateOnly(2026, 4, 16), due);
        Assert.Equal(new DateOnly(2026, 5, 6), DeadlineCalculator.Extend(award, due, WorkingDayCalendar.Official).DueDate);
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
            [ArbitrationDeadlineRules.Award, ArbitrationDeadlineRules.DecideAcceptance, ArbitrationDeadlineRules.HearingNotice,
             ArbitrationDeadlineRules.OneTimeNotice, ArbitrationDeadlineRules.ServeRespondent],
            Rules.Where(r => r.Holder == DutyHolder.OwnAgency).Select(r => r.Id).Order(StringComparer.Ordinal));
    }
}
