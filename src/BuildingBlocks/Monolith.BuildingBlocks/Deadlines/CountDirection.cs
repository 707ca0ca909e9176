namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>Which way a period is counted from its trigger.</summary>
public enum CountDirection
{
    Forward = 0,

    /// <summary>
    /// "开庭五日前" style (deadlines.md §9.9): counted back from the event date, which is excluded. The result is the
    /// latest day by which the act must be done and is never rolled.
    /// </summary>
    Backward = 1,
}
