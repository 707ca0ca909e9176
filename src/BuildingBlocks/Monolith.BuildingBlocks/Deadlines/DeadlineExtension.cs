namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// An extension a rule allows, once, from the current due date: either a fixed further period that an office holder
/// approves (e.g. 监察条例 第十七条: 30 个工作日, the department head), or, where the rule only says the parties may agree
/// to extend, as long as they agree: no length is invented, the extension records the new date the parties agreed on.
/// </summary>
/// <param name="Period">The extra time, e.g. 30个工作日; null for an extension by the parties' agreement.</param>
/// <param name="ApprovedBy">Who must approve it, e.g. "劳动保障行政部门负责人", or "双方当事人" for an agreement.</param>
public sealed record DeadlineExtension(Period? Period, string ApprovedBy)
{
    public const string Parties = "双方当事人";

    /// <summary>Who must approve it; never blank.</summary>
    public string ApprovedBy { get; } = string.IsNullOrWhiteSpace(ApprovedBy)
        ? throw new ArgumentException("An extension names who approves it.", nameof(ApprovedBy))
        : ApprovedBy;

    /// <summary>By the parties' recorded agreement, length as agreed: extending needs the new due date they agreed on.</summary>
    public bool ByAgreement => Period is null;

    /// <summary>E.g. "可延长30个工作日，须经劳动保障行政部门负责人批准" or "经双方当事人同意可以延长，延长至双方约定之日".</summary>
    public string Description => Period is { } period
        ? $"可延长{period}，须经{ApprovedBy}批准"
        : $"经{ApprovedBy}同意可以延长，延长至双方约定之日";

    /// <summary>"The parties may agree to extend it", with no length in the rule.</summary>
    public static DeadlineExtension ByPartiesAgreement() => new(null, Parties);
}
