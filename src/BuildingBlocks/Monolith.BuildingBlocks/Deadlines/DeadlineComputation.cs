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
public sealed record DeadlineComputation(DateOnly DueDate, DateOnly? EarlierReadingDate, bool Provisional, string Explanation);
