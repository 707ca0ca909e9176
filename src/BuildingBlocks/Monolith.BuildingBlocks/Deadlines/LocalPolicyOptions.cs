namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// Bound from the "Deadlines" section: the named local-policy profiles a deployment may choose from, and the active one.
/// An empty <see cref="ActiveProfile"/> means the statutory rules apply unchanged.
/// </summary>
public sealed class LocalPolicyOptions
{
    public const string Section = "Deadlines";

    public string? ActiveProfile { get; set; }

    public Dictionary<string, LocalPolicyProfile> Profiles { get; init; } = [];

    /// <summary>Cron of the pass that recomputes provisional deadlines once a missing year is published.</summary>
    public string SweepCron { get; set; } = "*/10 * * * *";
}

public sealed class LocalPolicyProfile
{
    /// <summary>The policy document, e.g. "南昌市“监察+仲裁+工会+法援”劳动者维权联动对接工作方案（洪司发〔2022〕32号）".</summary>
    public string Name { get; set; } = string.Empty;

    public string Jurisdiction { get; set; } = string.Empty;

    /// <summary>Keyed by rule id.</summary>
    public Dictionary<string, RuleOverride> Overrides { get; init; } = [];
}

public sealed class RuleOverride
{
    public int Period { get; set; }

    public PeriodUnit Unit { get; set; }

    /// <summary>The provision of the policy that sets the shorter period.</summary>
    public string Basis { get; set; } = string.Empty;

    public TimeSpan? ReminderLead { get; set; }
}
