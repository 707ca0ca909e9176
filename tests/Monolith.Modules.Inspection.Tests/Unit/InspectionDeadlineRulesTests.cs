using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using static Monolith.BuildingBlocks.Deadlines.DutyHolder;
using static Monolith.BuildingBlocks.Deadlines.LegalBasisCertainty;
using static Monolith.BuildingBlocks.Deadlines.PeriodUnit;
using static Monolith.Modules.Inspection.InspectionDeadlineRules;

namespace Monolith.Modules.Inspection.Tests.Unit;

public sealed class InspectionDeadlineRulesTests
{
    private static readonly List<DeadlineRule> Rules = [.. new InspectionDeadlineRules().Rules];

    /// <summary>
    /// deadlines.md §1, the rows with a fixed period: the rule, its period, whose period it is, the article it cites and
    /// how well that was checked. The hearing request is the employer's (the party the penalty is aimed at), and counts
    /// working days under 行政处罚法 第八十五条.
    /// </summary>
    public static TheoryData<string, int, PeriodUnit, DutyHolder, string, LegalBasisCertainty> Section1 => new()
    {
        { AcceptComplaint, 5, WorkingDays, OwnAgency, "若干规定》第十八条第一款", Secondary },
        { NonAcceptanceNotice, 5, WorkingDays, OwnAgency, "若干规定》第十八条第二款", Secondary },
        { CompleteInvestigation, 60, WorkingDays, OwnAgency, "《劳动保障监察条例》第十七条", Primary },
        { LookBack, 2, Years, Party, "《劳动保障监察条例》第二十条", Primary },
        { HearingRequest, 5, WorkingDays, Employer, "《行政处罚法》第六十四条第一项、第八十五条", Primary },
        { AdministrativeReview, 60, CalendarDays, Party, "《行政复议法》第二十条", Primary },
        { AdministrativeLitigation, 6, Months, Party, "《行政诉讼法》第四十六条", Primary },
    };

    [Fact]
    public void The_rules_are_the_rows_of_section_1_with_unique_ids_in_inspections_namespace()
    {
        Assert.Equal(Section1.Select(row => (string)row[0]).Order(), Rules.Select(r => r.Id).Order());
        Assert.Equal(Rules.Count, Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(Rules, rule =>
        {
            Assert.StartsWith(InspectionModule.Descriptor.Schema + ".", rule.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title));
            Assert.False(string.IsNullOrWhiteSpace(rule.Trigger));
        });
    }

    [Theory]
    [MemberData(nameof(Section1))]
    public void Each_rule_has_the_period_holder_and_basis_of_section_1(
        string id, int period, PeriodUnit unit, DutyHolder holder, string article, LegalBasisCertainty certainty)
    {
        var rule = Rules.Single(r => r.Id == id);

        Assert.Equal(new Period(period, unit), rule.Period);
        Assert.Equal(holder, rule.Holder);
        Assert.Contains(article, rule.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(certainty, rule.Certainty);
        Assert.Equal(CountDirection.Forward, rule.Direction);
    }

    [Fact]
    public void Only_the_investigation_may_be_extended_by_30_working_days_with_the_department_heads_approval()
    {
        var extendable = Assert.Single(Rules, r => r.Extension is not null);

        Assert.Equal(CompleteInvestigation, extendable.Id);
        Assert.Equal(new DeadlineExtension(new Period(30, WorkingDays), "劳动保障行政部门负责人"), extendable.Extension);
    }

    [Fact]
    public void A_complaint_received_before_national_day_2025_is_decided_by_14_october()
    {
        // deadlines.md §9.12: 10-09, 10-10, 10-11 (a make-up working Saturday), 10-13, 10-14.
        var rule = Rules.Single(r => r.Id == AcceptComplaint);

        var result = DeadlineCalculator.Compute(rule, new DateOnly(2025, 9, 30), WorkingDayCalendar.Official);

        Assert.Equal(new DateOnly(2025, 10, 14), result.DueDate);
        Assert.False(result.Provisional);
    }

    [Fact]
    public void A_case_filed_12_february_2026_is_investigated_by_18_may_or_with_the_extension_by_30_june()
    {
        // deadlines.md §9.12: 60 working days across the Spring Festival and Labour Day holidays.
        var rule = Rules.Single(r => r.Id == CompleteInvestigation);

        var due = DeadlineCalculator.Compute(rule, new DateOnly(2026, 2, 12), WorkingDayCalendar.Official).DueDate;

        Assert.Equal(new DateOnly(2026, 5, 18), due);
        Assert.Equal(new DateOnly(2026, 6, 30), DeadlineCalculator.Extend(rule, due, WorkingDayCalendar.Official).DueDate);
    }

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-02-13")]
    [InlineData("2026-09-30")]
    [InlineData("2025-12-31")]
    public void Every_rule_ends_after_its_trigger_on_a_working_day(string trigger)
    {
        var date = DateOnly.Parse(trigger, System.Globalization.CultureInfo.InvariantCulture);

        Assert.All(Rules, rule =>
        {
            var result = DeadlineCalculator.Compute(rule, date, WorkingDayCalendar.Official);
            Assert.True(result.DueDate > date, rule.Id);
            Assert.True(WorkingDayCalendar.Official.IsWorkingDay(result.DueDate) || result.Provisional, $"{rule.Id} ends on a rest day");
        });
    }
}
