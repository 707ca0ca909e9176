namespace Monolith.BuildingBlocks.Calendar;

/// <summary>One date of a holiday notice.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Rest date or make-up working day.</param>
/// <param name="Name">The holiday's Chinese name, e.g. "春节"; for a make-up working day, e.g. "春节调休上班".</param>
public sealed record CalendarDayEntry(DateOnly Date, CalendarDayKind Kind, string Name);
