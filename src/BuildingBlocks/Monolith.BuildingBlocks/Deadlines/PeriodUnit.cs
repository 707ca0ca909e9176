namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>The unit a period is counted in (deadlines.md §0, §9).</summary>
public enum PeriodUnit
{
    /// <summary>自然日: every day counts; a last day that is a rest day rolls forward unless the rule says otherwise.</summary>
    CalendarDays = 0,

    /// <summary>工作日: only working days count (§9.7); always ends on a working day.</summary>
    WorkingDays = 1,

    /// <summary>
    /// Arbitration "日" not yet settled as working or calendar days (deadlines.md §9.6). The deadline is due at
    /// the working-day reading (the later date); the reminder must fire no later than the calendar-day reading.
    /// </summary>
    CalendarOrWorkingDays = 2,

    /// <summary>公历月, corresponding-day rule (民法典 第二百零二条).</summary>
    Months = 3,

    /// <summary>公历年, corresponding-day rule (民法典 第二百零二条).</summary>
    Years = 4,
}
