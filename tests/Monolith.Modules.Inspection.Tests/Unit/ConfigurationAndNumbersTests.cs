using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Inspection.Features.Investigation;
using Monolith.Modules.Inspection.Features.Shared;

namespace Monolith.Modules.Inspection.Tests.Unit;

public sealed class ConfigurationAndNumbersTests
{
    [Fact]
    public void The_answer_and_feedback_periods_are_the_deployments_own_duties_in_working_days_citing_the_configuration()
    {
        var rules = new InspectionServiceRules(Options.Create(new InspectionOptions { EvidenceAnswerWorkingDays = 7, LeadFeedbackWorkingDays = 3 })).Rules.ToDictionary(r => r.Id);

        Assert.Equal(new Period(7, PeriodUnit.WorkingDays), rules[InspectionServiceRules.AnswerEvidenceRequest].Period);
        Assert.Equal(new Period(3, PeriodUnit.WorkingDays), rules[InspectionServiceRules.LeadFeedback].Period);
        Assert.All(rules.Values, r =>
        {
            Assert.Equal(DutyHolder.OwnAgency, r.Holder);
            Assert.Contains("洪司发〔2022〕32号", r.LegalBasis, StringComparison.Ordinal);
            Assert.Contains("本部署设定", r.LegalBasis, StringComparison.Ordinal);
            Assert.Null(r.Jurisdiction);
        });
        Assert.Equal(
            [new Period(10, PeriodUnit.WorkingDays), new Period(5, PeriodUnit.WorkingDays)],
            new InspectionServiceRules().Rules.Select(r => r.Period));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(10, 61)]
    public void A_configured_period_outside_1_to_60_working_days_stops_the_start(int evidence, int lead)
    {
        Assert.Throws<InvalidOperationException>(() => new InspectionServiceRules(Options.Create(new InspectionOptions { EvidenceAnswerWorkingDays = evidence, LeadFeedbackWorkingDays = lead })));
    }

    [Fact]
    public void An_orders_period_counts_calendar_days_and_a_last_day_on_a_weekend_rolls_to_monday()
    {
        var monday = new DateOnly(2026, 3, 2);

        Assert.Equal(new DateOnly(2026, 3, 17), DeadlineCalculator.Compute(OrderPeriods.Rule(15), monday, WorkingDayCalendar.Official).DueDate);
        Assert.Equal(new DateOnly(2026, 3, 9), DeadlineCalculator.Compute(OrderPeriods.Rule(5), monday, WorkingDayCalendar.Official).DueDate);
        Assert.Equal(DutyHolder.Employer, OrderPeriods.Rule(5).Holder);
    }

    [Theory]
    [InlineData("Acceptance", "劳监受〔2026〕3号")]
    [InlineData("NonAcceptance", "劳监不受〔2026〕3号")]
    [InlineData("Filing", "劳监立〔2026〕3号")]
    [InlineData("Order", "劳监改〔2026〕3号")]
    [InlineData("Inquiry", "劳监询〔2026〕3号")]
    public void Document_numbers_name_the_kind_the_year_and_the_number(string kind, string expected)
    {
        Assert.Equal(expected, DocumentNumbers.Format("劳监", Enum.Parse<NoticeKind>(kind), 2026, 3));
    }

    [Theory]
    [InlineData("360102", true)]
    [InlineData("360124", true)]
    [InlineData("360105", false)] // 湾里区, merged into 新建区 in 2019
    [InlineData("360100", false)]
    [InlineData("110101", false)]
    [InlineData("36010", false)]
    [InlineData(null, false)]
    public void A_district_must_be_one_of_the_deploying_citys(string? code, bool belongs)
    {
        Assert.Equal(belongs, Districts.BelongsTo(code, "360100"));
    }

    [Fact]
    public void For_a_city_not_listed_any_county_code_of_the_city_is_accepted()
    {
        Assert.True(Districts.BelongsTo("110105", "110100"));
        Assert.False(Districts.BelongsTo("110100", "110100"));
        Assert.False(Districts.BelongsTo("120101", "110100"));
        Assert.Equal("东湖区", Districts.Name("360102", "360100"));
        Assert.Equal("110105", Districts.Name("110105", "110100"));
    }
}
