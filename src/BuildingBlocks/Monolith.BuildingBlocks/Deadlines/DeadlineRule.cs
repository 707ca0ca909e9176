namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// One deadline the engine tracks: a statutory default or a local policy (deadlines.md §7, "engine requirement").
/// </summary>
/// <param name="Id">Stable key, e.g. "legalaid.review-application".</param>
/// <param name="Title">What must be done, e.g. "审查法律援助申请并作出决定".</param>
/// <param name="Trigger">The event the period runs from, e.g. "收到法律援助申请之日".</param>
/// <param name="Period">The length of the period.</param>
/// <param name="Holder">Whose duty or right it is.</param>
/// <param name="LegalBasis">The citation, e.g. "法律援助法 第四十三条第一款".</param>
/// <param name="Certainty">How well the citation has been checked.</param>
public sealed record DeadlineRule(
    string Id,
    string Title,
    string Trigger,
    Period Period,
    DutyHolder Holder,
    string LegalBasis,
    LegalBasisCertainty Certainty)
{
    public StartDay StartDay { get; init; } = StartDay.NextDay;

    public RollForward RollForward { get; init; } = RollForward.NextWorkingDay;

    public CountDirection Direction { get; init; } = CountDirection.Forward;

    public DeadlineExtension? Extension { get; init; }

    /// <summary>How long before the due date to remind; null = the engine's default.</summary>
    public TimeSpan? ReminderLead { get; init; }

    /// <summary>The jurisdiction of a local policy, e.g. "南昌市"; null = national.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>First trigger date the rule applies to; null = no lower bound.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>Last trigger date the rule applies to (inclusive); null = no upper bound.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>
    /// The outcomes the duty can be completed with, by id, with their Chinese names (e.g. "accepted" → "受理"); empty
    /// when the outcome does not matter. A local policy may bind one of them only (<see cref="RuleOverride.Outcome"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Outcomes { get; init; } = new Dictionary<string, string>();

    public bool IsEffectiveOn(DateOnly date) =>
        (EffectiveFrom is null || date >= EffectiveFrom) && (EffectiveTo is null || date <= EffectiveTo);
}
