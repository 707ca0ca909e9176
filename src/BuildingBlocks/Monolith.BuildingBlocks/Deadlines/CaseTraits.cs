namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// What a case is, as far as a local policy's scope is concerned (<see cref="RuleOverride.AppliesTo"/>). A module
/// names the traits of its case on the <see cref="DeadlineSubject"/> it starts a deadline for.
/// </summary>
public static class CaseTraits
{
    /// <summary>Sent by another agency or platform of the linkage mechanism (相关机构或平台转来的), e.g. a referral.</summary>
    public const string Referred = "referred";

    /// <summary>A linkage case (联动案件): it came to the agency through the linkage mechanism, not directly.</summary>
    public const string Linkage = "linkage";

    /// <summary>Every known trait, with how a scope names it in Chinese.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Referred] = "联动单位或平台转来的",
        [Linkage] = "通过联动机制办理的",
    };
}
