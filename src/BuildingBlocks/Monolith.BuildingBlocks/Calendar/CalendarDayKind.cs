namespace Monolith.BuildingBlocks.Calendar;

/// <summary>How a State Council holiday notice classifies a date.</summary>
public enum CalendarDayKind
{
    /// <summary>法定休假日: every date inside a published rest block, including the weekend dates inside it.</summary>
    PublicHoliday = 0,

    /// <summary>调休上班: a Saturday or Sunday declared a working day.</summary>
    MakeUpWorkday = 1,
}
