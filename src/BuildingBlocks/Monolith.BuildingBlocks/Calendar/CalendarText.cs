using System.Globalization;

namespace Monolith.BuildingBlocks.Calendar;

/// <summary>Date wording shared by validation messages and deadline explanations.</summary>
internal static class CalendarText
{
    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date) => WeekdayNames[(int)date.DayOfWeek];

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Why a day is not a working day, e.g. "法定休假日（春节）" or "休息日（星期六）".</summary>
    public static string RestReason(DayInfo day) => day.Kind == DayKind.PublicHoliday
        ? $"法定休假日（{day.HolidayName}）"
        : $"休息日（{Weekday(day.Date)}）";
}
