using Monolith.BuildingBlocks.Calendar;

namespace Monolith.BuildingBlocks.Web;

/// <summary>Chinese wording of a calendar day for every page.</summary>
public static class DayText
{
    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static string Weekday(DateOnly date) => WeekdayNames[(int)date.DayOfWeek];

    public static string Kind(DayKind kind) => kind switch
    {
        DayKind.Weekday => "工作日",
        DayKind.Weekend => "休息日（周末）",
        DayKind.PublicHoliday => "法定休假日",
        DayKind.MakeUpWorkday => "调休上班日",
        _ => kind.ToString(),
    };

    public static string Kind(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.PublicHoliday => "法定休假日",
        CalendarDayKind.MakeUpWorkday => "调休上班",
        _ => kind.ToString(),
    };

    /// <summary>E.g. "星期一，工作日" or "星期六，法定休假日（春节）".</summary>
    public static string Describe(DayInfo day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var text = $"{Weekday(day.Date)}，{Kind(day.Kind)}";
        if (day.HolidayName is not null)
        {
            text += $"（{day.HolidayName}）";
        }

        return day.Provisional ? text + "，该年节假日安排尚未公布，按周一至周五暂定" : text;
    }
}
