namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>The result of computing a deadline.</summary>
/// <param name="DueDate">
/// The last day of the period; "overdue" is raised only after it. For <see cref="PeriodUnit.CalendarOrWorkingDays"/>
/// it is the later of the two readings (deadlines.md §9.6).
/// </param>
/// <param name="EarlierReadingDate">
/// Set only for <see cref="PeriodUnit.CalendarOrWorkingDays"/>: the earlier reading, by which the reminder must fire.
/// Counting forward that is the calendar-day reading; counting backward it is the working-day reading.
/// </param>
/// <param name="Provisional">A year touched between the trigger and the due date has no published holiday schedule.</param>
/// <param name="Explanation">A short Chinese sentence, e.g. "自2025-09-30次日起算5个工作日，至2025-10-14届满".</param>
public sealed record DeadlineComputation(DateOnly DueDate, DateOnly? EarlierReadingDate, bool Provisional, string Explanation)
{
    /// <summary>
    /// The last day on which the act is in time under every reading of the unit: the earlier reading when the unit is
    /// unsettled, else the due date. A check made before the act that must not rest on the unsettled reading uses it
    /// (deadlines.md §9.6, §9.9): "开庭五日前" counted back in working days lands earlier than in calendar days, so a
    /// hearing notice is served in time only by that earlier day.
    /// </summary>
    public DateOnly LatestSafeDate => EarlierReadingDate is { } earlier && earlier < DueDate ? earlier : DueDate;
}
