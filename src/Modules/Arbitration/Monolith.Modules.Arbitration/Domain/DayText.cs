using System.Globalization;
using Monolith.BuildingBlocks.Calendar;

namespace Monolith.Modules.Arbitration.Domain;

/// <summary>Dates and rest days in the module's computations' Chinese text.</summary>
internal static class DayText
{
    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string RestReason(DayInfo day) => day.Kind == DayKind.PublicHoliday
        ? $"法定休假日（{day.HolidayName}）"
        : $"休息日（{WeekdayNames[(int)day.Date.DayOfWeek]}）";
}
