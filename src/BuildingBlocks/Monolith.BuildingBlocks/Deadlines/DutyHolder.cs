namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// Whose duty or right the period is. A local policy may shorten an agency's own duty, never a party's statutory
/// period (deadlines.md §7, e.g. never the worker's 15 days to sue).
/// </summary>
public enum DutyHolder
{
    Agency = 0,
    Party = 1,
}
