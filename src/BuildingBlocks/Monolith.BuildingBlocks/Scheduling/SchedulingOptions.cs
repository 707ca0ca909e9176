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

    /// <summary>
    /// Rows a dispatcher pass claims at a time per module: work ahead, one such batch per pass; work already due, batch
    /// after batch until none is left.
    /// </summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Rows due at (nearly) the same time that one job runs in one transaction; 1 gives every row its own job.</summary>
    public int RunTogether { get; set; } = 100;

    /// <summary>How far apart the run times of rows run together may be: the last one's is when their job runs.</summary>
    public TimeSpan TogetherWithin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cron of the dispatcher (default: every minute).</summary>
    public string DispatchCron { get; set; } = "* * * * *";
}
