namespace Monolith.BuildingBlocks.Calendar;

/// <summary>What kind of day a date is, once the holiday schedule has been applied.</summary>
public enum DayKind
{
    Weekday = 0,
    Weekend = 1,
    PublicHoliday = 2,
    MakeUpWorkday = 3,
}
