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

    /// <summary>The city the policy is made for; must be the deployment's own (<c>Deployment:CityName</c>).</summary>
    public string Jurisdiction { get; set; } = string.Empty;

    /// <summary>First trigger date the policy applies to; null = no lower bound. Before it the statute applies.</summary>
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>Last trigger date the policy applies to (inclusive); null = no upper bound. After it the statute applies.</summary>
    public DateOnly? EffectiveTo { get; set; }

    /// <summary>Keyed by rule id.</summary>
    public Dictionary<string, RuleOverride> Overrides { get; init; } = [];
}

/// <summary>A shorter period for one of the agency's own duties, and the cases it is written for.</summary>
public sealed class RuleOverride
{
    public int Period { get; set; }

    public PeriodUnit Unit { get; set; }

    /// <summary>The provision of the policy that sets the shorter period.</summary>
    public string Basis { get; set; } = string.Empty;

    public TimeSpan? ReminderLead { get; set; }

    /// <summary>
    /// The case traits (<see cref="CaseTraits"/>) a case must all have for the override to apply, e.g. ["referred"]:
    /// "当日审查相关机构或平台转来的申请" binds referred applications only. Empty = every case.
    /// </summary>
    public List<string> AppliesTo { get; init; } = [];

    /// <summary>
    /// The outcome (one of the rule's <see cref="DeadlineRule.Outcomes"/>) the override binds, e.g. "accepted":
    /// "对符合立案条件的，当天立案" shortens the acceptance of cases that are accepted, so a refusal keeps the statutory
    /// period. Such a deadline is reminded by the policy's due time, marked missed only at the statutory one, and a
    /// completion with this outcome after the policy's due time is recorded and reported as late under the policy.
    /// Null = the override binds whatever the outcome.
    /// </summary>
    public string? Outcome { get; set; }
}
