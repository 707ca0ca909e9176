using Monolith.Modules.Supervision.Contracts;
using Monolith.Modules.Supervision.Domain.Risk;

namespace Monolith.Modules.Supervision.Tests.Unit;

public sealed class RiskScoringTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void Each_indicator_in_the_window_counts_its_weight_and_each_rule_is_explained_in_chinese()
    {
        var score = RiskScoring.Score([Of(RiskIndicatorKind.Complaint, 0), Of(RiskIndicatorKind.Complaint, 10), Of(RiskIndicatorKind.CollectiveDispute, 5)], RiskRules.Default, Today);

        Assert.Equal(50m, score.Score); // 2 × 10 + 30
        Assert.Equal(RiskLevel.Orange, score.Level);
        Assert.Equal(["complaints", "collective-dispute"], score.RulesFired.Select(r => r.RuleCode));
        Assert.Equal("近90日劳动保障监察投诉2项，每项10分", score.RulesFired[0].Explanation);
        Assert.Equal(20m, score.RulesFired[0].Points);
    }

    [Fact]
    public void Indicators_outside_the_window_or_in_the_future_do_not_count()
    {
        var score = RiskScoring.Score([Of(RiskIndicatorKind.Complaint, 90), Of(RiskIndicatorKind.Complaint, 89), Of(RiskIndicatorKind.Complaint, -1)], RiskRules.Default, Today);

        Assert.Equal(10m, score.Score);
        Assert.Null(score.Level); // below blue (15)
    }

    [Theory]
    [InlineData(80, RiskLevel.Red)]
    [InlineData(79.9, RiskLevel.Orange)]
    [InlineData(50, RiskLevel.Orange)]
    [InlineData(30, RiskLevel.Yellow)]
    [InlineData(15, RiskLevel.Blue)]
    [InlineData(14.9, null)]
    public void The_level_is_the_highest_threshold_reached(double score, RiskLevel? level) =>
        Assert.Equal(level, RiskScoring.LevelOf((decimal)score, RiskRules.Default));

    [Fact]
    public void A_key_period_multiplies_the_score_and_says_so()
    {
        var rules = RiskRules.Default with { KeyPeriods = [new KeyPeriod("春节前欠薪高发期", new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 5), 1.5m)] };

        var inside = RiskScoring.Score([Of(RiskIndicatorKind.Complaint, 0), Of(RiskIndicatorKind.WageArbitration, 0)], rules, Today);
        var after = RiskScoring.Score([Of(RiskIndicatorKind.Complaint, 0), Of(RiskIndicatorKind.WageArbitration, 0)], rules, Today.AddDays(4));

        Assert.Equal(30m, inside.Score);
        Assert.Equal(RiskLevel.Yellow, inside.Level);
        Assert.Equal("处于重点时段“春节前欠薪高发期”，风险分乘以1.5", inside.RulesFired[^1].Explanation);
        Assert.Equal(20m, after.Score);
    }

    [Fact]
    public void A_weight_of_zero_turns_a_rule_off_and_weights_are_configurable()
    {
        var rules = RiskRules.Default with
        {
            Weights = new Dictionary<RiskIndicatorKind, decimal>(RiskRules.Default.Weights) { [RiskIndicatorKind.Complaint] = 0, [RiskIndicatorKind.Petition] = 40 },
        };

        var score = RiskScoring.Score([Of(RiskIndicatorKind.Complaint, 0), Of(RiskIndicatorKind.Petition, 0)], rules, Today);

        Assert.Equal(40m, score.Score);
        Assert.Equal(["petition"], score.RulesFired.Select(r => r.RuleCode));
    }

    [Fact]
    public void An_alert_is_raised_only_when_the_level_becomes_more_urgent()
    {
        Assert.True(RiskScoring.Escalates(RiskLevel.Blue, null));
        Assert.True(RiskScoring.Escalates(RiskLevel.Red, RiskLevel.Orange));
        Assert.False(RiskScoring.Escalates(RiskLevel.Orange, RiskLevel.Orange));
        Assert.False(RiskScoring.Escalates(RiskLevel.Yellow, RiskLevel.Orange));
        Assert.False(RiskScoring.Escalates(null, null));
    }

    [Fact]
    public void Rules_with_thresholds_out_of_order_a_bad_window_weight_or_key_period_are_refused()
    {
        Assert.Empty(RiskRules.Default.Problems());
        var bad = RiskRules.Default with
        {
            WindowDays = 3,
            Orange = 90,
            Weights = new Dictionary<RiskIndicatorKind, decimal> { [RiskIndicatorKind.Complaint] = -1 },
            KeyPeriods = [new KeyPeriod("x", new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1), 1.5m)],
        };

        Assert.Equal(4, bad.Problems().Count);
    }

    [Fact]
    public void An_employer_is_keyed_by_its_credit_code_else_by_its_name()
    {
        Assert.Equal("91360100MA35XXXX0X", RiskIndicator.KeyOf(" 91360100ma35xxxx0x ", "某公司"));
        Assert.Equal("某公司", RiskIndicator.KeyOf(null, " 某公司 "));
    }

    private static RiskIndicator Of(RiskIndicatorKind kind, int daysAgo) =>
        RiskIndicator.Record(Guid.NewGuid(), kind, Guid.NewGuid().ToString(), "91360100MA35XXXX0X", "某公司", Today.AddDays(-daysAgo), string.Empty);
}
