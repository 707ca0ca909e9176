using System.Globalization;

namespace Monolith.BuildingBlocks.Calendar;

/// <summary>
/// One year's holiday arrangement as published by the State Council (国务院办公厅关于…年部分节假日安排的通知).
/// Dates not listed follow the weekday/weekend rule.
/// </summary>
/// <param name="Year">The calendar year the notice covers.</param>
/// <param name="Source">The notice, e.g. "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）".</param>
/// <param name="Days">Every rest date of each block (inclusive) and every make-up working day.</param>
public sealed record CalendarYearSchedule(int Year, string Source, IReadOnlyList<CalendarDayEntry> Days)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>The domain check for a schedule submitted by an administrator.</summary>
    /// <returns>Chinese error messages; empty when the schedule is valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Year is < MinYear or > MaxYear)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"年份{Year}超出允许范围（{MinYear}—{MaxYear}年）"));
        }

        if (string.IsNullOrWhiteSpace(Source))
        {
            errors.Add("未注明节假日安排的依据（国务院办公厅通知）");
        }

        // Days is non-nullable in C#, but a schedule deserialised from an API request can still carry null.
        if (Days is null)
        {
            errors.Add("未列出任何日期");
            return errors;
        }

        var seen = new HashSet<DateOnly>();
        foreach (var day in Days)
        {
            if (day is null)
            {
                errors.Add("日期列表中有空项");
                continue;
            }

            var date = CalendarText.Format(day.Date);
            if (day.Date.Year != Year)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{date}不属于{Year}年"));
            }

            if (!seen.Add(day.Date))
            {
                errors.Add($"{date}重复列出");
            }

            if (!Enum.IsDefined(day.Kind))
            {
                errors.Add($"{date}的日期类型无效");
            }
            else if (day.Kind == CalendarDayKind.MakeUpWorkday && !CalendarText.IsWeekend(day.Date))
            {
                errors.Add($"{date}（{CalendarText.Weekday(day.Date)}）不是周六或周日，不能作为调休上班日");
            }

            if (string.IsNullOrWhiteSpace(day.Name))
            {
                errors.Add($"{date}未注明节日名称");
            }
        }

        return errors;
    }
}
