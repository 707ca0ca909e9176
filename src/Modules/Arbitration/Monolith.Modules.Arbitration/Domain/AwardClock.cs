using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Arbitration.Domain;

/// <summary>Why the 45 days are not running (办案规则 第四十六条第（六）项).</summary>
internal enum ClockPauseKind
{
    /// <summary>中止审理.</summary>
    Suspension = 1,

    /// <summary>公告送达: the days of service by public notice.</summary>
    PublicNotice = 2,
}

/// <summary>A stretch of days excluded from the award period: from the decision to <see cref="To"/> (exclusive), or still running.</summary>
internal sealed class ClockPause
{
    private ClockPause()
    {
    }

    public ClockPause(Guid id, ClockPauseKind kind, DateOnly from, string reason)
    {
        Id = id;
        Kind = kind;
        From = from;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public ClockPauseKind Kind { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public void End(DateOnly on)
    {
        if (on < From)
        {
            throw new Monolith.BuildingBlocks.Domain.BusinessRuleViolationException("arbitration.resume-before-pause", "恢复日期不能早于中止日期。");
        }

        To = on;
    }
}

/// <summary>The award period as it stands: the day it is counted from, its due date (null while paused) and the steps.</summary>
/// <param name="EffectiveTrigger">The start day moved on by every excluded day: 45 calendar days from it give the first due date.</param>
/// <param name="FirstDueDate">The 45th day (rolled forward), before any extension.</param>
internal sealed record AwardClockState(DateOnly EffectiveTrigger, DateOnly? FirstDueDate, DateOnly? DueDate, bool Paused, int ExcludedDays, IReadOnlyList<string> Steps);

/// <summary>
/// 仲裁审理期限 (调解仲裁法 第四十三条; 办案规则 第四十五、四十六条): 45 calendar days from acceptance, or from the day the
/// period restarted (a party added, claims changed, a counter-claim joined, a case transferred in); the days of
/// suspension and of service by public notice are not counted; the chair's written approval adds 15 days counted from
/// the first due date. Calendar days: a last day that is a rest day moves to the next working day (§9.1).
/// </summary>
internal static class AwardClock
{
    public static readonly Period AwardPeriod = new(45, PeriodUnit.CalendarDays);

    public static readonly Period ExtensionPeriod = new(15, PeriodUnit.CalendarDays);

    public static AwardClockState Compute(DateOnly start, string startReason, IEnumerable<ClockPause> pauses, bool extended, WorkingDayCalendar calendar)
    {
        var steps = new List<string> { $"自{F(start)}（{startReason}）次日起计算四十五日。" };
        var excluded = 0;
        var paused = false;
        foreach (var pause in pauses.Where(p => p.From >= start).OrderBy(p => p.From))
        {
            var kind = pause.Kind == ClockPauseKind.Suspension ? "中止审理" : "公告送达";
            if (pause.To is { } to)
            {
                var days = to.DayNumber - pause.From.DayNumber;
                excluded += days;
                steps.Add($"{F(pause.From)}至{F(to)}{kind}（{pause.Reason}），{days}日不计入审理期限（办案规则 第四十六条第（六）项）。");
            }
            else
            {
                paused = true;
                steps.Add($"{F(pause.From)}起{kind}（{pause.Reason}），期间不计入审理期限，恢复后继续计算。");
            }
        }

        var trigger = start.AddDays(excluded);
        if (paused)
        {
            return new AwardClockState(trigger, null, null, true, excluded, steps);
        }

        var first = DeadlineCalculator.Compute(AwardPeriod, trigger, calendar);
        steps.Add(excluded > 0 ? $"扣除{excluded}日后，{first.Explanation}。" : $"{first.Explanation}。");
        if (!extended)
        {
            return new AwardClockState(trigger, first.DueDate, first.DueDate, false, excluded, steps);
        }

        var due = DeadlineCalculator.Compute(ExtensionPeriod, first.DueDate, calendar);
        steps.Add($"经仲裁委员会主任书面批准延长十五日：{due.Explanation}。");
        return new AwardClockState(trigger, first.DueDate, due.DueDate, false, excluded, steps);
    }

    private static string F(DateOnly date) => DayText.Format(date);
}
