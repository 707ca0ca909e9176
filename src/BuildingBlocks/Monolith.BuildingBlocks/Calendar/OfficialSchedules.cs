namespace Monolith.BuildingBlocks.Calendar;

/// <summary>
/// The State Council holiday notices, transcribed from deadlines.md §8. Legal frame: 全国年节及纪念日放假办法
/// (2024 revision) 第二条 (the holidays), 第六条 (a holiday on a weekend is made up on a working day),
/// 第七条 (调休). A new year is added each November when the notice is published; until then dates in that
/// year are computed provisionally (weekday/weekend only).
/// </summary>
public static class OfficialSchedules
{
    /// <summary>国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号, 2024-11-12）.</summary>
    public static CalendarYearSchedule Year2025 { get; } = new(
        2025,
        "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
        [
            .. Rest("元旦", new(2025, 1, 1), new(2025, 1, 1)),
            .. Rest("春节", new(2025, 1, 28), new(2025, 2, 4)),
            .. MakeUp("春节", new(2025, 1, 26), new(2025, 2, 8)),
            .. Rest("清明节", new(2025, 4, 4), new(2025, 4, 6)),
            .. Rest("劳动节", new(2025, 5, 1), new(2025, 5, 5)),
            .. MakeUp("劳动节", new DateOnly(2025, 4, 27)),
            .. Rest("端午节", new(2025, 5, 31), new(2025, 6, 2)),
            .. Rest("国庆节、中秋节", new(2025, 10, 1), new(2025, 10, 8)),
            .. MakeUp("国庆节、中秋节", new(2025, 9, 28), new(2025, 10, 11)),
        ]);

    /// <summary>
    /// 国务院办公厅关于2026年部分节假日安排的通知, dated 2025-11-04. The document number was not seen
    /// (deadlines.md §10 question 9), so the source cites the date instead.
    /// </summary>
    public static CalendarYearSchedule Year2026 { get; } = new(
        2026,
        "国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）",
        [
            .. Rest("元旦", new(2026, 1, 1), new(2026, 1, 3)),
            .. MakeUp("元旦", new DateOnly(2026, 1, 4)),
            .. Rest("春节", new(2026, 2, 15), new(2026, 2, 23)),
            .. MakeUp("春节", new(2026, 2, 14), new(2026, 2, 28)),
            .. Rest("清明节", new(2026, 4, 4), new(2026, 4, 6)),
            .. Rest("劳动节", new(2026, 5, 1), new(2026, 5, 5)),
            .. MakeUp("劳动节", new DateOnly(2026, 5, 9)),
            .. Rest("端午节", new(2026, 6, 19), new(2026, 6, 21)),
            .. Rest("中秋节", new(2026, 9, 25), new(2026, 9, 27)),
            .. Rest("国庆节", new(2026, 10, 1), new(2026, 10, 7)),
            .. MakeUp("国庆节", new(2026, 9, 20), new(2026, 10, 10)),
        ]);

    public static IReadOnlyList<CalendarYearSchedule> All { get; } = [Year2025, Year2026];

    private static IEnumerable<CalendarDayEntry> Rest(string holiday, DateOnly first, DateOnly last)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            yield return new CalendarDayEntry(date, CalendarDayKind.PublicHoliday, holiday);
        }
    }

    private static IEnumerable<CalendarDayEntry> MakeUp(string holiday, params DateOnly[] dates) =>
        dates.Select(date => new CalendarDayEntry(date, CalendarDayKind.MakeUpWorkday, holiday + "调休上班"));
}
