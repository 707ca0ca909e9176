namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>Decides whether a local policy's period can be accepted as no longer than the statutory one.</summary>
public static class PeriodComparison
{
    /// <summary>
    /// True when <paramref name="candidate"/> ends no later than <paramref name="statutory"/> for every trigger date
    /// and every holiday schedule. Used to reject a local policy that would lengthen a statutory period.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Both periods are assumed to use the engine's defaults: counted forward, trigger day excluded, roll-forward
    /// to the next working day. With R(d) = the first working day on or after d and t = the trigger, the due dates
    /// are: n calendar days → R(t+n); n working days → the n-th working day after t, W(n), with W(0) = R(t);
    /// n calendar-or-working days → W(n) (its due date is the working-day reading, deadlines.md §9.6);
    /// m months → R(t.AddMonths(m)); y years → R(t.AddYears(y)) = R(t.AddMonths(12y)).
    /// </para>
    /// <para>
    /// Nothing is assumed about which days are working days: an administrator may publish any schedule, so a proof
    /// may use neither weekends (a run of make-up days can make every day a working day) nor a bound on the length
    /// of a rest block. Hence the rules, each of them sound, and false whenever none applies:
    /// </para>
    /// <list type="number">
    /// <item>A period of 0 in any unit ends on R(t), and every period ends on a working day on or after t: true.</item>
    /// <item>Same kind (calendar; working or calendar-or-working; months or years as 12 months): R, W and AddMonths
    /// are monotone, so true iff the candidate's value ≤ the statutory value.</item>
    /// <item>Calendar n vs working m: W(m) is a working day on or after t+m, so R(t+n) ≤ W(m) when n ≤ m. With n &gt; m
    /// it is false (if every day is a working day, R(t+n) = t+n &gt; t+m = W(m)).</item>
    /// <item>Working n vs calendar m: W(1) = R(t+1) ≤ R(t+m) for m ≥ 1, so only n ≤ 1 is provable. From n = 2 a long
    /// enough rest block defeats any m: 2 working days from 2025-09-30 end on 2025-10-10, 9 calendar days on 10-09.</item>
    /// <item>Calendar n vs months/years: m months span at least 28m days (the clamped corresponding day in a
    /// 28-day February is the worst case) and y years at least 365y days, so true when n ≤ that minimum.</item>
    /// <item>Working n vs months/years: as rule 4, true only for n ≤ 1 against a non-zero statutory period.</item>
    /// <item>Months/years vs calendar or working m: m' months span at most 31m' days and y years at most 366y days;
    /// when that maximum ≤ m, t.AddMonths(m') ≤ t+m ≤ W(m), so true.</item>
    /// </list>
    /// </remarks>
    public static bool IsProvablyNoLongerThan(Period candidate, Period statutory)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(statutory);
        if (candidate.Value == 0)
        {
            return true;
        }

        var c = candidate.Value;
        var s = statutory.Value;
        return (Kind(candidate.Unit), Kind(statutory.Unit)) switch
        {
            (UnitKind.Calendar, UnitKind.Calendar) => c <= s,
            (UnitKind.Calendar, UnitKind.Working) => c <= s,
            (UnitKind.Calendar, UnitKind.Months) => c <= MinimumDays(statutory),
            (UnitKind.Working, UnitKind.Working) => c <= s,
            (UnitKind.Working, UnitKind.Calendar or UnitKind.Months) => c == 1 && s >= 1,
            (UnitKind.Months, UnitKind.Months) => TotalMonths(candidate) <= TotalMonths(statutory),
            (UnitKind.Months, UnitKind.Calendar or UnitKind.Working) => MaximumDays(candidate) <= s,
            _ => false,
        };
    }

    private enum UnitKind
    {
        Calendar,
        Working,
        Months,
    }

    private static UnitKind Kind(PeriodUnit unit) => unit switch
    {
        PeriodUnit.CalendarDays => UnitKind.Calendar,
        PeriodUnit.WorkingDays or PeriodUnit.CalendarOrWorkingDays => UnitKind.Working,
        _ => UnitKind.Months,
    };

    private static long TotalMonths(Period period) => period.Unit == PeriodUnit.Years ? 12L * period.Value : period.Value;

    private static long MinimumDays(Period period) => period.Unit == PeriodUnit.Years ? 365L * period.Value : 28L * period.Value;

    private static long MaximumDays(Period period) => period.Unit == PeriodUnit.Years ? 366L * period.Value : 31L * period.Value;
}
