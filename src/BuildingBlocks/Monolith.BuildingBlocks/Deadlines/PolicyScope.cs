namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// Which cases a local policy's override applies to (deadlines.md §10.8): those with all of <see cref="AppliesTo"/>
/// (none = every case), triggered while the policy is in force; and, if <see cref="Outcome"/> is set, only a
/// completion with that outcome is held to the shorter period.
/// </summary>
public sealed record PolicyScope(IReadOnlyList<string> AppliesTo, string? Outcome, DateOnly? EffectiveFrom, DateOnly? EffectiveTo)
{
    /// <summary>A case with these traits, triggered on this date, is one the override applies to.</summary>
    public bool Covers(IReadOnlyCollection<string> traits, DateOnly triggerDate)
    {
        ArgumentNullException.ThrowIfNull(traits);
        return AppliesTo.All(traits.Contains) && InForceOn(triggerDate);
    }

    /// <summary>The policy is in force for a trigger on this date.</summary>
    public bool InForceOn(DateOnly triggerDate) =>
        (EffectiveFrom is null || triggerDate >= EffectiveFrom) && (EffectiveTo is null || triggerDate <= EffectiveTo);

    /// <summary>In Chinese, e.g. "适用于联动单位或平台转来的案件" or "适用于通过联动机制办理的案件，仅约束“受理”决定".</summary>
    public string Describe(DeadlineRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var cases = AppliesTo.Count == 0
            ? "适用于全部案件"
            : $"适用于{string.Join("、", AppliesTo.Select(t => CaseTraits.Names.GetValueOrDefault(t, t)))}案件";
        if (Outcome is { } outcome)
        {
            cases += $"，仅约束“{rule.Outcomes.GetValueOrDefault(outcome, outcome)}”决定（其他决定适用法定期限）";
        }

        if (EffectiveFrom is { } from)
        {
            cases += $"，{Calendar.CalendarText.Format(from)}起";
        }

        if (EffectiveTo is { } to)
        {
            cases += $"，至{Calendar.CalendarText.Format(to)}止";
        }

        return cases;
    }
}
