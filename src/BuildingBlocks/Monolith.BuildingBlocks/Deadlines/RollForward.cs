namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// What happens when the last day of a calendar-day, month or year period is a rest day. Working-day periods always
/// end on a working day; backward periods are never rolled.
/// </summary>
public enum RollForward
{
    /// <summary>
    /// The period ends on the next working day (民诉法 第八十五条; 民法典 第二百零三条; deadlines.md §9.8:
    /// weekends and every date in a holiday block count as rest days, a 调休上班 day does not).
    /// </summary>
    NextWorkingDay = 0,

    /// <summary>The period ends on its last calendar day whatever kind of day that is.</summary>
    None = 1,
}
