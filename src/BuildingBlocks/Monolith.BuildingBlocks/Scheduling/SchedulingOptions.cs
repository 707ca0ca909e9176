namespace Monolith.BuildingBlocks.Scheduling;

/// <summary>Bound from the "Scheduling" configuration section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Work due within this is given a Hangfire job; later work waits in its table for the dispatcher.</summary>
    public TimeSpan Horizon { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long after its run time a job is given before the dispatcher takes it as lost (in-memory job store after a
    /// restart) and enqueues it again.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Rows a dispatcher pass hands to Hangfire per module.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Cron of the dispatcher (default: every minute).</summary>
    public string DispatchCron { get; set; } = "* * * * *";
}
