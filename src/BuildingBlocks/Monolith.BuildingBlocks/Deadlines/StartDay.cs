namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>Whether the trigger day counts as day 1.</summary>
public enum StartDay
{
    /// <summary>
    /// The trigger day is not counted; day 1 is the next day (民诉法 第八十五条; 民诉解释 第一百二十五条;
    /// 民法典 第二百零一条). The default for every statutory period.
    /// </summary>
    NextDay = 0,

    /// <summary>
    /// The trigger day is day 1 (local "当日起N日内" wording). Calendar days: due = trigger + (N − 1) days.
    /// Working days: the N-th working day counting the trigger day if it is a working day (otherwise as
    /// <see cref="NextDay"/>). Months/years: the day before the corresponding day. A period of 0 still ends on the
    /// trigger day (or, for working days, the next working day).
    /// </summary>
    TriggerDay = 1,
}
