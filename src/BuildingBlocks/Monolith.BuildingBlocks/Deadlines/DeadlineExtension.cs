namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>An extension a rule allows, counted from the original due date.</summary>
/// <param name="Period">The extra time, e.g. 30个工作日.</param>
/// <param name="ApprovedBy">Who must approve it, e.g. "劳动保障行政部门负责人".</param>
public sealed record DeadlineExtension(Period Period, string ApprovedBy);
