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
