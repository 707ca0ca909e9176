using Monolith.BuildingBlocks.Calendar;

namespace Monolith.Modules.Arbitration.Domain;

internal enum LimitationEventKind
{
    /// <summary>时效中断: a demand on the other side, a request for relief to a competent body, or the other side agreeing to perform; the year starts again.</summary>
    Interruption = 1,

    /// <summary>时效中止: force majeure or another good cause; the period is paused from <see cref="LimitationEvent.From"/> to <see cref="LimitationEvent.To"/>.</summary>
    Suspension = 2,
}

/// <summary>One fact that interrupted or suspended the limitation period, as the applicant stated it.</summary>
internal sealed class LimitationEvent
{
    private LimitationEvent()
    {
    }

    public LimitationEvent(Guid id, LimitationEventKind kind, DateOnly from, DateOnly? to, string note)
    {
        if (kind == LimitationEventKind.Suspension && to is { } end && end < from)
        {
            throw new Monolith.BuildingBlocks.Domain.BusinessRuleViolationException("arbitration.suspension-ends-before-it-starts", "时效中止的结束日期不能早于开始日期。");
        }

        Id = id;
        Kind = kind;
        From = from;
        To = kind == LimitationEventKind.Suspension ? to : null;
        Note = note;
    }

    public Guid Id { get; private set; }

    public LimitationEventKind Kind { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>When the cause of a suspension ended; null while it lasts (and always for an interruption).</summary>
    public DateOnly? To { get; private set; }

    public string Note { get; private set; } = string.Empty;
}

internal enum LimitationVerdict
{
    /// <summary>The date the worker knew of the infringement is not known: nothing can be computed.</summary>
    Unknown = 0,

    /// <summary>Applied within the period.</summary>
    Within = 1,

    /// <summary>Unpaid remuneration while the employment lasts: no one-year bar (第二十七条第四款).</summary>
    Exempt = 2,

    /// <summary>Applied after the period: a warning only; the respondent must raise it and the tribunal decides.</summary>
    Expired = 3,

    /// <summary>Suspended and not yet resumed when the application was made.</summary>
    Suspended = 4,
}

/// <summary>The limitation check of one claim: the verdict, the last day, and each step of the computation in Chinese.</summary>
internal sealed record LimitationAssessment(LimitationVerdict Verdict, DateOnly? LastDay, IReadOnlyList<string> Steps)
{
    public bool IsWarning => Verdict is LimitationVerdict.Expired or LimitationVerdict.Unknown;
}

/// <summary>
/// 仲裁时效 (调解仲裁法 第二十七条; 办案规则 第二十六—二十八条): one year from the day the worker knew or should have known of
/// the infringement; an interruption starts the year again from its day; a suspension adds the days it lasted; a claim
/// for labour remuneration is not barred while the employment lasts and, after it ends, must be brought within one year
/// of its end. Years end on the corresponding day (民法典 第二百零二条, a 29 February start ending on 28 February) and a
/// last day that is a rest day moves to the next working day (第二百零三条). The result is a warning with its reasons,
/// never a ground to refuse the application (时效 is a defence the respondent raises).
/// </summary>
internal static class LimitationCalculator
{
    public static LimitationAssessment Assess(
        ClaimType claimType, DateOnly? knewOfInfringementOn, DateOnly? employmentEndedOn, IEnumerable<LimitationEvent> events, DateOnly appliedOn, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var steps = new List<string>();
        DateOnly start;
        if (ClaimTypes.IsLabourRemuneration(claimType))
        {
            if (employmentEndedOn is not { } ended || ended > appliedOn)
            {
                steps.Add("劳动关系存续期间因拖欠劳动报酬发生争议，申请仲裁不受一年仲裁时效期间的限制（《劳动争议调解仲裁法》第二十七条第四款）。");
                return new LimitationAssessment(LimitationVerdict.Exempt, null, steps);
            }

            start = ended;
            steps.Add($"劳动关系于{F(ended)}终止，劳动报酬争议应自终止之日起一年内提出（第二十七条第四款）。");
        }
        else if (knewOfInfringementOn is { } knew)
        {
            start = knew;
            steps.Add($"自知道或者应当知道权利被侵害之日{F(knew)}起计算一年（第二十七条第一款）。");
        }
        else
        {
            steps.Add("未登记知道或者应当知道权利被侵害之日，无法计算仲裁时效，请向申请人核实。");
            return new LimitationAssessment(LimitationVerdict.Unknown, null, steps);
        }

        var lastDay = start.AddYears(1);
        steps.Add($"时效期间至{F(lastDay)}届满。");
        foreach (var e in events.Where(e => e.From <= appliedOn).OrderBy(e => e.From).ThenBy(e => e.Kind))
        {
            if (e.From < start)
            {
                steps.Add($"{F(e.From)}的{Name(e.Kind)}（{e.Note}）早于时效起算之日，不予计算。");
                continue;
            }

            if (e.From > Rolled(lastDay, calendar))
            {
                steps.Add($"{F(e.From)}的{Name(e.Kind)}（{e.Note}）发生在时效届满之后，不产生{Name(e.Kind)}的效力。");
                continue;
            }

            if (e.Kind == LimitationEventKind.Interruption)
            {
                start = e.From;
                lastDay = e.From.AddYears(1);
                steps.Add($"{F(e.From)}时效中断（{e.Note}），自中断之日起重新计算一年，至{F(lastDay)}届满（第二十七条第二款）。");
            }
            else if (e.To is not { } to || to > appliedOn)
            {
                steps.Add($"{F(e.From)}起时效中止（{e.Note}），申请时中止原因尚未消除（第二十七条第三款）。");
                return new LimitationAssessment(LimitationVerdict.Suspended, null, steps);
            }
            else
            {
                var days = to.DayNumber - e.From.DayNumber;
                lastDay = lastDay.AddDays(days);
                steps.Add($"{F(e.From)}至{F(to)}时效中止（{e.Note}），中止{days}日不计入，时效期间顺延至{F(lastDay)}届满（第二十七条第三款）。");
            }
        }

        var due = Rolled(lastDay, calendar);
        if (due != lastDay)
        {
            steps.Add($"{F(lastDay)}为{DayText.RestReason(calendar.Describe(lastDay))}，顺延至{F(due)}（《民法典》第二百零三条）。");
        }

        if (appliedOn <= due)
        {
            steps.Add($"{F(appliedOn)}申请仲裁，在仲裁时效期间内。");
            return new LimitationAssessment(LimitationVerdict.Within, due, steps);
        }

        steps.Add($"{F(appliedOn)}申请仲裁，已超过仲裁时效（届满日{F(due)}）。仅作提示：时效由被申请人抗辩、仲裁庭审查，不得据此不予受理。");
        return new LimitationAssessment(LimitationVerdict.Expired, due, steps);
    }

    private static DateOnly Rolled(DateOnly lastDay, WorkingDayCalendar calendar) => calendar.NextWorkingDayOnOrAfter(lastDay);

    private static string Name(LimitationEventKind kind) => kind == LimitationEventKind.Interruption ? "时效中断" : "时效中止";

    private static string F(DateOnly date) => DayText.Format(date);
}
