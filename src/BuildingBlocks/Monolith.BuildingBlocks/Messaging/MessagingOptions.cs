namespace Monolith.BuildingBlocks.Messaging;

/// <summary>Bound from the "Messaging" configuration section.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Run the relay and inbox loops in the background. Tests turn this off and drive them by hand.</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>How soon an idle host looks again for work that another host committed (its own commits wake it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The poll interval doubles while nothing arrives, up to this: an idle host hardly touches the database.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows claimed, delivered and marked together.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Inbox rows delivered in one transaction of the receiving module (one commit and one turn at the writers' gate for
    /// them all); 1 delivers each in its own. A command waits behind at most one such transaction.
    /// </summary>
    public int DeliveriesPerTransaction { get; set; } = 20;

    /// <summary>
    /// After this many attempts a message is parked and listed for administrators. With the defaults the retries span
    /// about half an hour (5 s, 10 s, … capped at 10 min), so a short outage heals by itself.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a claim on a row lasts; a host that dies holding one loses it after this.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long relayed outbox rows and handled inbox rows are kept before they are deleted (they carry personal
    /// data). Parked rows stay until an administrator acts.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Cron of the housekeeping pass (parking rows abandoned by a dead host, purging past the retention).</summary>
    public string MaintenanceCron { get; set; } = "*/10 * * * *";

    /// <summary>
    /// Readiness reports Degraded when a message has waited longer than this in an outbox (not yet relayed) or an
    /// inbox (not yet handled), parked ones aside (ADR 0044).
    /// </summary>
    public TimeSpan LagWarning { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Exponential backoff: first delay, doubled per further attempt, capped.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Max(0, attempts - 1));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}
