using System.Globalization;
using Monolith.Modules.Supervision.Contracts;

namespace Monolith.Modules.Supervision.Domain.Risk;

/// <summary>A period in which wage arrears peak (e.g. the weeks before the Spring Festival): scores inside it are multiplied.</summary>
internal sealed record KeyPeriod(string Name, DateOnly From, DateOnly To, decimal Multiplier)
{
    public bool Covers(DateOnly date) => date >= From && date <= To;
}

/// <summary>
/// The risk rules as administrators configure them: points per indicator within a look-back window, the four level
/// thresholds and the key periods. Plain data; <see cref="RiskScoring"/> applies it.
/// </summary>
internal sealed record RiskRules(
    int WindowDays, IReadOnlyDictionary<RiskIndicatorKind, decimal> Weights, decimal Red, decimal Orange, decimal Yellow, decimal Blue, IReadOnlyList<KeyPeriod> KeyPeriods)
{
    /// <summary>The defaults (not from any text: a starting point for administrators, shown as such on the settings page).</summary>
    public static readonly RiskRules Default = new(
        90,
        new Dictionary<RiskIndicatorKind, decimal>
        {
            [RiskIndicatorKind.Complaint] = 10,
            [RiskIndicatorKind.WageArbitration] = 10,
            [RiskIndicatorKind.CollectiveDispute] = 30,
            [RiskIndicatorKind.FailedMediation] = 5,
            [RiskIndicatorKind.UnansweredLetter] = 15,
            [RiskIndicatorKind.MissedDeadline] = 5,
            [RiskIndicatorKind.TaxArrears] = 15,
            [RiskIndicatorKind.SocialInsuranceArrears] = 15,
            [RiskIndicatorKind.Petition] = 10,
            [RiskIndicatorKind.PublicOpinion] = 20,
        },
        80, 50, 30, 15,
        [new KeyPeriod("2027年春节前欠薪高发期", new DateOnly(2026, 12, 15), new DateOnly(2027, 2, 5), 1.5m)]);

    /// <summary>Thresholds must fall strictly from red to blue, all positive; the window 7–365 days; weights 0–100; multipliers 1–5.</summary>
    public IReadOnlyList<string> Problems()
    {
        List<string> problems = [];
        if (WindowDays is < 7 or > 365)
        {
            problems.Add("统计期间应为7至365天。");
        }

        if (!(Red > Orange && Orange > Yellow && Yellow > Blue && Blue > 0))
        {
            problems.Add("分级阈值应满足：红色 > 橙色 > 黄色 > 蓝色 > 0。");
        }

        if (Weights.Values.Any(w => w is < 0 or > 100))
        {
            problems.Add("每项权重应在0至100分之间。");
        }

        foreach (var period in KeyPeriods)
        {
            if (period.From > period.To || period.Multiplier is < 1 or > 5 || string.IsNullOrWhiteSpace(period.Name))
            {
                problems.Add($"重点时段“{period.Name}”无效：须有名称，起止日期有序，系数在1至5之间。");
            }
        }

        return problems;
    }

    public decimal WeightOf(RiskIndicatorKind kind) => Weights.TryGetValue(kind, out var weight) ? weight : 0;
}

/// <summary>The score of one subject: its level (null below blue) and every rule that fired, explained in Chinese.</summary>
internal sealed record RiskScore(decimal Score, RiskLevel? Level, IReadOnlyList<RiskRuleFired> RulesFired);

/// <summary>Applies <see cref="RiskRules"/> to a subject's indicators on a date.</summary>
internal static class RiskScoring
{
    public static RiskScore Score(IEnumerable<RiskIndicator> indicators, RiskRules rules, DateOnly on)
    {
        var since = on.AddDays(-rules.WindowDays + 1);
        var counted = indicators.Where(i => i.OccurredOn >= since && i.OccurredOn <= on).ToList();
        List<RiskRuleFired> fired = [];
        foreach (var group in counted.GroupBy(i => i.Kind).OrderBy(g => g.Key))
        {
            var weight = rules.WeightOf(group.Key);
            if (weight == 0)
            {
                continue;
            }

            var count = group.Count();
            fired.Add(new RiskRuleFired(
                RuleCode(group.Key),
                string.Create(CultureInfo.InvariantCulture, $"近{rules.WindowDays}日{RiskIndicator.KindName(group.Key)}{count}项，每项{weight:0.##}分"),
                weight * count));
        }

        var score = fired.Sum(f => f.Points);
        if (score > 0 && rules.KeyPeriods.FirstOrDefault(p => p.Covers(on)) is { } key && key.Multiplier > 1)
        {
            var extra = score * (key.Multiplier - 1);
            fired.Add(new RiskRuleFired("key-period", string.Create(CultureInfo.InvariantCulture, $"处于重点时段“{key.Name}”，风险分乘以{key.Multiplier:0.##}"), extra));
            score += extra;
        }

        score = decimal.Round(score, 1);
        return new RiskScore(score, LevelOf(score, rules), fired);
    }

    public static RiskLevel? LevelOf(decimal score, RiskRules rules) =>
        score >= rules.Red ? RiskLevel.Red
        : score >= rules.Orange ? RiskLevel.Orange
        : score >= rules.Yellow ? RiskLevel.Yellow
        : score >= rules.Blue ? RiskLevel.Blue
        : null;

    /// <summary>Whether a new level is more urgent than the last one alerted (Red = 1 is the most urgent).</summary>
    public static bool Escalates(RiskLevel? level, RiskLevel? lastAlerted) => level is { } now && (lastAlerted is null || now < lastAlerted);

    public static string LevelName(RiskLevel? level) => level switch
    {
        RiskLevel.Red => "红色",
        RiskLevel.Orange => "橙色",
        RiskLevel.Yellow => "黄色",
        RiskLevel.Blue => "蓝色",
        _ => "无",
    };

    public static string RuleCode(RiskIndicatorKind kind) => kind switch
    {
        RiskIndicatorKind.Complaint => "complaints",
        RiskIndicatorKind.WageArbitration => "wage-arbitration",
        RiskIndicatorKind.CollectiveDispute => "collective-dispute",
        RiskIndicatorKind.FailedMediation => "failed-mediation",
        RiskIndicatorKind.UnansweredLetter => "unanswered-letter",
        RiskIndicatorKind.MissedDeadline => "missed-deadline",
        RiskIndicatorKind.TaxArrears => "tax-arrears",
        RiskIndicatorKind.SocialInsuranceArrears => "social-insurance-arrears",
        RiskIndicatorKind.Petition => "petition",
        RiskIndicatorKind.PublicOpinion => "public-opinion",
        _ => kind.ToString(),
    };
}
