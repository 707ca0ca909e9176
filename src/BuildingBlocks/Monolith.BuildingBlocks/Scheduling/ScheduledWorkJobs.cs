using System.ComponentModel;
using Hangfire;
using Hangfire.States;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Diagnostics;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Scheduling;

/// <summary>
/// Hangfire's entry points for scheduled work. Thin: each runs a command that re-checks the database. A job is on its
/// module's queue and shows the module and the command's name on the dashboard. Hangfire does not retry it: a failure
/// is recorded on the row, which the dispatcher enqueues again after a backoff and parks after the last attempt.
/// </summary>
public sealed partial class ScheduledWorkJobs(IMediator mediator, IServiceScopeFactory scopes, PlatformMetrics metrics, ILogger<ScheduledWorkJobs> logger)
{
    /// <summary>The "job" tag of this entry point's counts.</summary>
    public const string JobName = "scheduled-work";

    /// <summary>Runs one scheduled command of <paramref name="module"/>; <paramref name="name"/> is for the dashboard.</summary>
    [JobDisplayName("{0}: {2}")]
    [AutomaticRetry(Attempts = 0)]
    [DisplayName("Scheduled work")]
    public Task RunAsync(string module, Guid id, string name, CancellationToken cancellationToken) =>
        RunOneAsync(mediator, module, id, name, cancellationToken);

    /// <summary>
    /// Runs scheduled commands of <paramref name="module"/> that fell due together, in one transaction; if that rolls
    /// back, each on its own. <paramref name="label"/> is for the dashboard.
    /// </summary>
    [JobDisplayName("{0}: {2}")]
    [AutomaticRetry(Attempts = 0)]
    [DisplayName("Scheduled work, together")]
    public async Task RunTogetherAsync(string module, Guid[] ids, string label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using (var activity = PlatformTelemetry.Source.StartActivity("job scheduled-work batch"))
        {
            activity?.SetTag("monolith.module", module);
            activity?.SetTag("monolith.items", ids.Length);
            try
            {
                await mediator.Send(new RunScheduledBatchCommand(module, ids), cancellationToken);
                metrics.JobPerformed(JobName);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogBatchFailed(logger, ex, ids.Length, module);
                activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            }
        }

        foreach (var id in ids)
        {
            using var scope = scopes.CreateScope();
            await RunOneAsync(scope.ServiceProvider.GetRequiredService<IMediator>(), module, id, label, cancellationToken);
        }
    }

    /// <summary>Runs one row; a failure is recorded on it (and counted) instead of thrown.</summary>
    private async Task RunOneAsync(IMediator sender, string module, Guid id, string name, CancellationToken cancellationToken)
    {
        using var activity = PlatformTelemetry.Source.StartActivity("job scheduled-work");
        activity?.SetTag("monolith.module", module);
        activity?.SetTag("monolith.command", name);
        try
        {
            await sender.Send(new RunScheduledCommand(module, id), cancellationToken);
            metrics.JobPerformed(JobName);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, module, name, id);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            metrics.JobFailed(JobName);
            await RecordFailureAsync(module, id, ex, cancellationToken);
        }
    }

    internal static void Enqueue(IBackgroundJobClient jobs, ModuleInfo module, Guid id, string name, TimeSpan delay) =>
        Create(jobs, module, Hangfire.Common.Job.FromExpression<ScheduledWorkJobs>(j => j.RunAsync(module.Name, id, name, CancellationToken.None), module.JobQueue), delay);

    internal static void EnqueueTogether(IBackgroundJobClient jobs, ModuleInfo module, Guid[] ids, string label, TimeSpan delay) =>
        Create(jobs, module, Hangfire.Common.Job.FromExpression<ScheduledWorkJobs>(j => j.RunTogetherAsync(module.Name, ids, label, CancellationToken.None), module.JobQueue), delay);

    private static void Create(IBackgroundJobClient jobs, ModuleInfo module, Hangfire.Common.Job job, TimeSpan delay) =>
        jobs.Create(job, delay > TimeSpan.Zero ? new ScheduledState(delay) : new EnqueuedState(module.JobQueue));

    private async Task RecordFailureAsync(string module, Guid id, Exception error, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ScheduledWorkFailures>().RecordAsync(module, id, error, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled work {Module}: a batch of {Count} rolled back; running them one at a time")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count, string module);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled work {Module}: {Name} ({Id}) failed; it will be tried again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string module, string name, Guid id);
}

/// <summary>A failed run of scheduled work: counted, with a backed-off next attempt; parked after the last.</summary>
internal sealed class ScheduledWorkFailures(IServiceProvider services, ModuleCatalog modules, TimeProvider time, IOptions<MessagingOptions> messaging)
{
    public async Task RecordAsync(string module, Guid id, Exception error, CancellationToken cancellationToken)
    {
        var db = modules.DbContext(services, module);
        var now = time.GetUtcNow();
        var options = messaging.Value;
        var attempts = await db.ScheduledCommands.Where(c => c.Id == id).Select(c => c.Attempts).SingleOrDefaultAsync(cancellationToken) + 1;
        var lastError = ClaimableMessages.Describe(error);
        var nextAttemptAt = now + options.RetryDelay(attempts);
        DateTimeOffset? parkedAt = attempts >= options.MaxAttempts ? now : null;
        await db.ScheduledCommands.Where(c => c.Id == id && c.CompletedAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Attempts, attempts)
                .SetProperty(c => c.LastError, lastError)
                .SetProperty(c => c.NextAttemptAt, nextAttemptAt)
                .SetProperty(c => c.ParkedAt, parkedAt)
                .SetProperty(c => c.LockedBy, (string?)null)
                .SetProperty(c => c.LockedUntil, (DateTimeOffset?)null),
            cancellationToken);
    }
}
