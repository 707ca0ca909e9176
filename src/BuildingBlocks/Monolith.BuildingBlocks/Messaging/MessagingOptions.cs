namespace Monolith.BuildingBlocks.Messaging;

/// <summary>Bound from the "Messaging" configuration section.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Run the relay and inbox loops in the background. Tests turn this off and drive them by hand.</summary>
    public bool RunInBackground { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// After this many attempts a message is parked and listed for administrators. With the defaults the retries span
    /// about half an hour (5 s, 10 s, … capped at 10 min), so a short outage heals by itself.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a claim on a row lasts; a host that dies holding one loses it after this.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Exponential backoff: first delay, doubled per further attempt, capped.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Max(0, attempts - 1));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}
