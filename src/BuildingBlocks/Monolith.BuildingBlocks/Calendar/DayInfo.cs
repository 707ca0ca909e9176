namespace Monolith.BuildingBlocks.Calendar;

/// <summary>A date as the deadline engine sees it.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Weekday, weekend, holiday or make-up working day.</param>
/// <param name="IsWorkingDay">Mon–Fri and not a holiday, or a make-up working day.</param>
/// <param name="HolidayName">The schedule's name for the date (holiday or make-up day); null for ordinary days.</param>
/// <param name="Provisional">The year has no published schedule, so only the weekday/weekend rule was applied.</param>
public sealed record DayInfo(DateOnly Date, DayKind Kind, bool IsWorkingDay, string? HolidayName, bool Provisional);
