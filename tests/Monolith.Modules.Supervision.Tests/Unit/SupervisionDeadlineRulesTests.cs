using Microsoft.Extensions.Configuration;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Supervision.Tests.Unit;

public sealed class SupervisionDeadlineRulesTests
{
    private static readonly List<DeadlineRule> Rules = new SupervisionDeadlineRules().Rules.ToList();

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-09-30")]
    [InlineData("2026-02-13")]
    [InlineData("2025-12-31")]
    public void Every_rule_computes_a_due_date_after_its_trigger_on_the_official_calendar(string trigger)
    {
        var date = DateOnly.Parse(trigger, System.Globalization.CultureInfo.InvariantCulture);

        Assert.All(Rules, rule =>
        {
            var result = DeadlineCalculator.Compute(rule, date, WorkingDayCalendar.Official);
            Assert.True(result.DueDate > date, rule.Id);
            Assert.True(WorkingDayCalendar.Official.IsWorkingDay(result.DueDate) || result.Provisional, $"{rule.Id} ends on a rest day");
        });
    }

    [Fact]
    public void Every_rule_has_a_unique_namespaced_id()
    {
        Assert.Equal(10, Rules.Count);
        Assert.Equal(Rules.Count, Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(Rules, r => Assert.StartsWith("supervision.", r.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_reply_is_the_recipients_duty_never_supervisions_own_so_no_local_policy_can_shorten_it()
    {
        Assert.DoesNotContain(Rules, r => r.Holder == DutyHolder.OwnAgency);

        // Employers reply to the union's opinion letters; public bodies to suggestion letters and to 检察建议/司法建议.
        Assert.Equal(
            [
                SupervisionDeadlineRules.ArbitrationLetterFeedback, SupervisionDeadlineRules.NanchangOpinionLetterReply, SupervisionDeadlineRules.TemplateOpinionLetterReply,
                SupervisionDeadlineRules.UnionLetterReply, SupervisionDeadlineRules.UnionReminderLetterReply,
            ],
            Rules.Where(r => r.Holder == DutyHolder.Employer).Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(DutyHolder.OtherAgency, Rules.Single(r => r.Id == SupervisionDeadlineRules.ProcuratorialSuggestionReply).Holder);
        Assert.Equal(DutyHolder.OtherAgency, Rules.Single(r => r.Id == SupervisionDeadlineRules.NanchangSuggestionLetterReply).Holder);
    }

    [Fact]
    public void The_periods_no_text_gives_are_configured_in_calendar_days_and_marked_unverified()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Supervision:ReplyPeriods:UnionReminderLetter"] = "10", ["Supervision:ReplyPeriods:ArbitrationLetter"] = "0" })
            .Build();

        var rules = new SupervisionDeadlineRules(configuration).Rules.ToDictionary(r => r.Id);

        Assert.Equal(new Period(10, PeriodUnit.CalendarDays), rules[SupervisionDeadlineRules.UnionReminderLetterReply].Period);
        Assert.Contains("10日", rules[SupervisionDeadlineRules.UnionReminderLetterReply].Title, StringComparison.Ordinal);
        Assert.Equal(new Period(30, PeriodUnit.CalendarDays), rules[SupervisionDeadlineRules.ArbitrationLetterFeedback].Period); // 0 is out of range: the default
        Assert.Equal(new Period(30, PeriodUnit.CalendarDays), rules[SupervisionDeadlineRules.UnionLetterReply].Period);
        Assert.All(
            [SupervisionDeadlineRules.UnionReminderLetterReply, SupervisionDeadlineRules.UnionLetterReply, SupervisionDeadlineRules.ProcuratorialOpinionReply, SupervisionDeadlineRules.ArbitrationLetterFeedback],
            id => Assert.Equal(LegalBasisCertainty.Unverified, rules[id].Certainty));
    }
}
