using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using static Monolith.BuildingBlocks.Deadlines.DutyHolder;
using static Monolith.BuildingBlocks.Deadlines.LegalBasisCertainty;
using static Monolith.BuildingBlocks.Deadlines.PeriodUnit;
using static Monolith.Modules.Mediation.MediationDeadlineRules;

namespace Monolith.Modules.Mediation.Tests.Unit;

public sealed class MediationDeadlineRulesTests
{
    private static readonly List<DeadlineRule> Rules = [.. new MediationDeadlineRules().Rules];

    /// <summary>
    /// deadlines.md §5, the rows with a fixed period: the rule, its period, whose period it is, the article it cites and
    /// how well that was checked. The court's periods are the court's (Mediation tracks them for the worker); the
    /// answer to a negotiation request and the objection to a 支付令 are the employer's. The joint 仲裁审查 application
    /// (15 日) is Arbitration's rule and is not repeated here.
    /// </summary>
    public static TheoryData<string, int, PeriodUnit, DutyHolder, string, LegalBasisCertainty> Section5 => new()
    {
        { NoAgreementArbitration, 15, CalendarDays, Party, "《劳动争议调解仲裁法》第十四条第三款", Primary },
        { NegotiationAnswer, 5, CalendarDays, Employer, "《企业劳动争议协商调解规定》", NewsReport },
        { CommitteeAcceptance, 3, WorkingDays, OwnAgency, "《企业劳动争议协商调解规定》", NewsReport },
        { CommitteeConclusion, 15, CalendarDays, OwnAgency, "《企业劳动争议协商调解规定》", NewsReport },
        { JudicialConfirmationApplication, 30, CalendarDays, Party, "《人民调解法》第三十三条", Primary },
        { CourtConfirmationAcceptance, 3, CalendarDays, Court, "司法确认程序的若干规定》第四条", Primary },
        { CourtConfirmationDecision, 15, CalendarDays, Court, "司法确认程序的若干规定》第五条", Primary },
        { ConfirmationObjection, 15, CalendarDays, Party, "第三百七十二条第二款", Primary },
        { ConfirmationObjectionByInterestedPerson, 6, Months, Party, "第三百七十二条第二款", Primary },
        { PaymentOrderAcceptance, 5, CalendarDays, Court, "《民事诉讼法》第二百二十六条", Primary },
        { PaymentOrderIssue, 15, CalendarDays, Court, "《民事诉讼法》第二百二十七条第一款", Primary },
        { PaymentOrderObjection, 15, CalendarDays, Employer, "《民事诉讼法》第二百二十七条第二款", Primary },
    };

    [Fact]
    public void The_rules_are_the_rows_of_section_5_with_unique_ids_in_mediations_namespace()
    {
        Assert.Equal(Section5.Select(row => (string)row[0]).Order(), Rules.Select(r => r.Id).Order());
        Assert.Equal(Rules.Count, Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(Rules, rule =>
        {
            Assert.StartsWith(MediationModule.Descriptor.Schema + ".", rule.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title));
            Assert.False(string.IsNullOrWhiteSpace(rule.Trigger));
        });
    }

    [Theory]
    [MemberData(nameof(Section5))]
    public void Each_rule_has_the_period_holder_and_basis_of_section_5(
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
    public void Only_the_committees_conclusion_and_the_courts_decision_may_be_extended()
    {
        Assert.Equal(
            [CommitteeConclusion, CourtConfirmationDecision],
            Rules.Where(r => r.Extension is not null).Select(r => r.Id).Order());
        Assert.Equal(DeadlineExtension.ByPartiesAgreement(), Rules.Single(r => r.Id == CommitteeConclusion).Extension); // no length in law: to the date the parties agree
        Assert.Equal(new DeadlineExtension(new Period(10, CalendarDays), "人民法院院长"), Rules.Single(r => r.Id == CourtConfirmationDecision).Extension);
    }

    [Fact]
    public void An_application_received_before_national_day_2025_is_accepted_by_the_make_up_saturday()
    {
        // 3 working days from Tue 2025-09-30: 10-09, 10-10 and Sat 10-11, a make-up working day (deadlines.md §8).
        var rule = Rules.Single(r => r.Id == CommitteeAcceptance);

        Assert.Equal(new DateOnly(2025, 10, 11), DeadlineCalculator.Compute(rule, new DateOnly(2025, 9, 30), WorkingDayCalendar.Official).DueDate);
    }

    [Fact]
    public void An_objection_period_ending_on_national_day_rolls_to_the_first_working_day_after_the_holiday()
    {
        // deadlines.md §9.12: received 2025-09-16, + 15 calendar days = 10-01 (holiday) → 2025-10-09.
        var rule = Rules.Single(r => r.Id == ConfirmationObjection);

        Assert.Equal(new DateOnly(2025, 10, 9), DeadlineCalculator.Compute(rule, new DateOnly(2025, 9, 16), WorkingDayCalendar.Official).DueDate);
    }

    [Fact]
    public void The_courts_confirmation_decision_takes_15_days_and_10_more_with_the_presidents_approval()
    {
        var rule = Rules.Single(r => r.Id == CourtConfirmationDecision);

        var due = DeadlineCalculator.Compute(rule, new DateOnly(2026, 3, 2), WorkingDayCalendar.Official).DueDate;

        Assert.Equal(new DateOnly(2026, 3, 17), due);
        Assert.Equal(new DateOnly(2026, 3, 27), DeadlineCalculator.Extend(rule, due, WorkingDayCalendar.Official).DueDate);
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
