using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.LegalAid.Domain;

/// <summary>Where a known time limit of the worker's came from.</summary>
internal enum TimeLimitSource
{
    /// <summary>Inspection registered a complaint: the one-year arbitration limitation runs again from that day.</summary>
    InspectionComplaint = 1,

    /// <summary>Recorded by the reviewer from the file (a referral's papers, an award's service date …), with its basis.</summary>
    Reviewer = 2,

    /// <summary>Stated by the referring agency in the referral (<c>LegalAidReferralRequestedIntegrationEvent.TimeLimits</c>).</summary>
    Referral = 3,
}

/// <summary>A worker's limitation or time limit the reviewer can have computed from its starting day, or one stated as a date.</summary>
internal enum TimeLimitKind
{
    /// <summary>A date the reviewer states (read from the file), with its basis.</summary>
    Stated = 0,

    /// <summary>劳动争议仲裁时效: 1 year from when the worker knew or should have known (or from an interruption).</summary>
    ArbitrationLimitation = 1,

    /// <summary>Wages owed during employment: 1 year from the end of the employment relationship.</summary>
    WageArbitrationAfterTermination = 2,

    /// <summary>The worker sues against a final award: 15 days from receiving it.</summary>
    SuitAgainstFinalAward = 3,

    /// <summary>A party sues against a non-final award: 15 days from receiving it.</summary>
    SuitAgainstNonFinalAward = 4,
}

/// <summary>A period of the worker's, as deadlines.md §2 states it (trigger, length, basis).</summary>
internal sealed record WorkerTimeLimitRule(TimeLimitKind Kind, string Name, string Trigger, Period Period, string LegalBasis);

/// <summary>
/// The worker's periods legal aid computes from a starting day: the trigger day is not counted, a year ends on the same
/// day of the final month (or its last day), and a last day that is a 法定休假日 moves to the first working day after it
/// (DeadlineCalculator; 民法典 第二百零一至二百零三条, 民诉法 第八十五条). These are the party's periods: no local
/// policy changes them.
/// </summary>
internal static class WorkerTimeLimits
{
    public static IReadOnlyList<WorkerTimeLimitRule> Rules { get; } =
    [
        new(TimeLimitKind.ArbitrationLimitation, "劳动争议仲裁时效", "知道或者应当知道其权利被侵害之日（或时效中断之日）",
            new Period(1, PeriodUnit.Years), "《劳动争议调解仲裁法》第二十七条第一款、第二款"),
        new(TimeLimitKind.WageArbitrationAfterTermination, "拖欠劳动报酬争议的仲裁时效（劳动关系终止后）", "劳动关系终止之日",
            new Period(1, PeriodUnit.Years), "《劳动争议调解仲裁法》第二十七条第四款"),
        new(TimeLimitKind.SuitAgainstFinalAward, "不服终局裁决的起诉期限", "劳动者收到仲裁裁决书之日",
            new Period(15, PeriodUnit.CalendarDays), "《劳动争议调解仲裁法》第四十八条"),
        new(TimeLimitKind.SuitAgainstNonFinalAward, "不服非终局裁决的起诉期限", "当事人收到仲裁裁决书之日",
            new Period(15, PeriodUnit.CalendarDays), "《劳动争议调解仲裁法》第五十条"),
    ];

    public static WorkerTimeLimitRule For(TimeLimitKind kind) =>
        Rules.SingleOrDefault(r => r.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "A stated time limit has no rule.");

    /// <summary>The last day of the period started on <paramref name="startsOn"/>, with the computation in Chinese.</summary>
    public static DeadlineComputation Compute(TimeLimitKind kind, DateOnly startsOn, WorkingDayCalendar calendar) =>
        DeadlineCalculator.Compute(For(kind).Period, startsOn, calendar);
}

/// <summary>
/// A limitation or time limit of the worker's (to arbitrate, to sue, to seek review) known for a matter, by linkage
/// number, whether it arrived before or after the application; 先行提供法律援助 is offered from it (第四十四条).
/// </summary>
internal sealed class KnownTimeLimit
{
    private KnownTimeLimit()
    {
    }

    public KnownTimeLimit(Guid id, string linkageNumber, string description, DateOnly expiresOn, TimeLimitSource source, Guid? sourceId, string basis, DateTimeOffset recordedAt)
    {
        Id = id;
        LinkageNumber = linkageNumber;
        Description = description;
        ExpiresOn = expiresOn;
        Source = source;
        SourceId = sourceId;
        Basis = basis;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    /// <summary>The last day of the period.</summary>
    public DateOnly ExpiresOn { get; private set; }

    public TimeLimitSource Source { get; private set; }

    /// <summary>The id of the fact it came from (Inspection's complaint id), so a repeated event adds nothing.</summary>
    public Guid? SourceId { get; private set; }

    public string Basis { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>Whether advance aid (先行提供, 第四十四条第一款第一项) is open on a day for a time limit.</summary>
/// <param name="ThresholdDate">Expiry − 7 days (backward, never rolled): the last day on which 7 days still remain.</param>
internal sealed record AdvanceAidWindow(DateOnly ExpiresOn, DateOnly ThresholdDate, int DaysRemaining, bool Offered, string Explanation)
{
    /// <summary>
    /// Days remaining = the days after <paramref name="today"/> up to and including the expiry. Fewer than 7 remain when
    /// today is after the threshold date; on or after the expiry day itself the worker must act that day, which still
    /// qualifies (0 remaining); after it, nothing remains to protect.
    /// </summary>
    public static AdvanceAidWindow On(DateOnly today, DateOnly expiresOn, DeadlineComputation threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        var remaining = expiresOn.DayNumber - today.DayNumber;
        var offered = today > threshold.DueDate && today <= expiresOn;
        var explanation = today > expiresOn
            ? $"期限已于{expiresOn:yyyy-MM-dd}届满。"
            : offered
                ? $"距{expiresOn:yyyy-MM-dd}届满仅剩{remaining}日，不足七日，可以先行提供法律援助（《法律援助法》第四十四条第一款第一项）。"
                : $"距{expiresOn:yyyy-MM-dd}届满尚有{remaining}日；{threshold.DueDate:yyyy-MM-dd}以后不足七日。";
        return new AdvanceAidWindow(expiresOn, threshold.DueDate, remaining, offered, explanation);
    }
}
