using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Diagnostics;

namespace Monolith.BuildingBlocks.Jobs;

/// <summary>
/// The recurring jobs of the building blocks, registered at start. Each pass is short and set-based, and never
/// overlaps itself: not in one host (a pass still running makes the next one a no-op) and not across hosts (Hangfire's
/// distributed lock on the job's storage).
/// </summary>
public sealed class PlatformJobs(IServiceScopeFactory scopes, PassGates gates, PlatformMetrics metrics)
{
    public const string DispatchScheduledWorkId = "scheduled-work";
    public const string RecomputeDeadlinesId = "deadline-recompute";
    public const string MessagingMaintenanceId = "messaging-maintenance";

    /// <summary>Hands scheduled work that has come near (or whose job was lost) to Hangfire; -1 if a pass was running.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 0)]
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("调度各模块定时工作")]
    public Task<int> DispatchScheduledWorkAsync(CancellationToken cancellationToken) =>
        OnceAtATime(DispatchScheduledWorkId, gates.Dispatching, sp => sp.GetRequiredService<Scheduling.ScheduledWorkDispatcher>().DispatchAsync(cancellationToken));

    /// <summary>Recomputes deadlines computed across a year whose schedule has since been published; -1 if a pass was running.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 0)]
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("重新计算暂定期限")]
    public Task<int> RecomputeProvisionalDeadlinesAsync(CancellationToken cancellationToken) =>
        OnceAtATime(RecomputeDeadlinesId, gates.Recomputing, sp => sp.GetRequiredService<Deadlines.DeadlineSweep>().RecomputeProvisionalAsync(cancellationToken));

    /// <summary>Parks abandoned messages and purges delivered ones past retention; -1 if a pass was running.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 0)]
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("消息维护（搁置中断的消息、清除过期记录）")]
    public Task<int> MaintainMessagingAsync(CancellationToken cancellationToken) =>
        OnceAtATime(MessagingMaintenanceId, gates.Maintaining, async sp =>
        {
            var result = await sp.GetRequiredService<Messaging.MessagingMaintenance>().RunAsync(cancellationToken);
            return result.Parked + result.Purged;
        });

    private async Task<int> OnceAtATime(string job, SemaphoreSlim gate, Func<IServiceProvider, Task<int>> pass)
    {
        if (!await gate.WaitAsync(0))
        {
            return -1;
        }

        using var activity = PlatformTelemetry.Source.StartActivity("job " + job);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            using var scope = scopes.CreateScope();
            var done = await pass(scope.ServiceProvider);
            activity?.SetTag("monolith.items", done);
            metrics.JobPerformed(job);
            return done;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            metrics.JobFailed(job);
            throw;
        }
        finally
        {
            metrics.JobTook(job, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            gate.Release();
        }
    }
}

/// <summary>One gate per recurring pass and host: a pass that finds its gate taken does nothing.</summary>
public sealed class PassGates : IDisposable
{
    internal SemaphoreSlim Dispatching { get; } = new(1, 1);

    internal SemaphoreSlim Recomputing { get; } = new(1, 1);

    internal SemaphoreSlim Maintaining { get; } = new(1, 1);

    public void Dispose()
    {
        Dispatching.Dispose();
        Recomputing.Dispose();
        Maintaining.Dispose();
    }
}
