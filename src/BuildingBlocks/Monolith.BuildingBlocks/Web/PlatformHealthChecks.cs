using System.Text.Json;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Diagnostics;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using OpenTelemetry;

namespace Monolith.BuildingBlocks.Web;

/// <summary>
/// Health per dependency (ADR 0044). Liveness (/health/live) asks nothing of any dependency: the process answers.
/// Readiness (/health/ready, and /health as before) runs every check tagged <see cref="ReadyTag"/>: the database and
/// the job storage answer (else Unhealthy, 503), the relay keeps up (lag over Messaging:LagWarning: Degraded), no
/// integration event is parked (Degraded), every audit entry was written (Degraded). Degraded answers 200: the host
/// still serves, someone should look.
/// </summary>
public static class PlatformHealthChecks
{
    public const string ReadyTag = "ready";

    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    /// <summary>The check names, as they appear in the JSON body.</summary>
    public static class Checks
    {
        public const string Database = "database";
        public const string JobStorage = "job-storage";
        public const string MessagingLag = "messaging-lag";
        public const string Messaging = "messaging";
        public const string Audit = "audit";
    }

    public static IServiceCollection AddPlatformHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(Checks.Database, HealthStatus.Unhealthy, [ReadyTag])
            .AddCheck<JobStorageHealthCheck>(Checks.JobStorage, HealthStatus.Unhealthy, [ReadyTag])
            .AddCheck<MessagingLagHealthCheck>(Checks.MessagingLag, HealthStatus.Degraded, [ReadyTag])
            .AddCheck<ParkedMessagesHealthCheck>(Checks.Messaging, HealthStatus.Degraded, [ReadyTag])
            .AddCheck<AuditHealthCheck>(Checks.Audit, HealthStatus.Degraded, [ReadyTag]);
        return services;
    }

    /// <summary>/health/live, /health/ready and /health (= ready), open to anyone, each answering a JSON body that lists its checks.</summary>
    public static IEndpointRouteBuilder MapPlatformHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync }).AllowAnonymous();
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJsonAsync };
        endpoints.MapHealthChecks(ReadyPath, ready).AllowAnonymous();
        endpoints.MapHealthChecks("/health", ready).AllowAnonymous();
        return endpoints;
    }

    /// <summary>{"status":"Healthy","durationMs":3.1,"checks":[{"name":"database","status":"Healthy","description":"…","durationMs":1.2}]}</summary>
    internal static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? e.Value.Exception?.Message,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    private sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, ModuleCatalog modules) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            using var scope = scopes.CreateScope();
            using var notTraced = SuppressInstrumentationScope.Begin();
            return await modules.Modules[0].DbContext(scope.ServiceProvider).Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("the database answers")
                : HealthCheckResult.Unhealthy("the database does not answer");
        }
    }

    /// <summary>Hangfire's storage answers a read (the recurring jobs' set), within 10 s.</summary>
    internal sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var recurring = await Task.Run(
                    () =>
                    {
                        using var connection = storage.GetConnection();
                        return connection.GetAllItemsFromSet("recurring-jobs").Count;
                    },
                    cancellationToken).WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
                return HealthCheckResult.Healthy($"job storage answers ({recurring} recurring job(s))");
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy($"job storage does not answer: {ex.GetType().Name}: {ex.Message}", ex);
            }
        }
    }

    /// <summary>The oldest message waiting in any outbox or inbox is younger than Messaging:LagWarning.</summary>
    private sealed class MessagingLagHealthCheck(OperationsReadings readings, IOptions<MessagingOptions> options) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var reading = await readings.ReadAsync(cancellationToken);
            var threshold = options.Value.LagWarning;
            var late = reading.Modules
                .Select(m => (m.Module, Lag: m.OutboxLag > m.InboxLag ? m.OutboxLag : m.InboxLag, Where: m.OutboxLag >= m.InboxLag ? "outbox" : "inbox"))
                .Where(m => m.Lag > threshold)
                .OrderByDescending(m => m.Lag)
                .ToList();
            return late.Count == 0
                ? HealthCheckResult.Healthy($"longest wait {Minutes(reading.MaxLag)} (threshold {Minutes(threshold)})")
                : HealthCheckResult.Degraded(
                    $"messages wait longer than {Minutes(threshold)}: " + string.Join(", ", late.Select(m => $"{m.Module} {m.Where} {Minutes(m.Lag)}")));
        }

        private static string Minutes(TimeSpan span) => $"{span.TotalMinutes:0.#} min";
    }

    private sealed class AuditHealthCheck(UnwrittenAuditEntries unwritten) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(unwritten.Count == 0
                ? HealthCheckResult.Healthy("every audit entry written")
                : HealthCheckResult.Degraded(
                    $"Audit entries not written since start: {unwritten.Count}, the last at {unwritten.Last:O}. Recover them from the log (event AuditEntryNotWritten)."));
    }

    private sealed class ParkedMessagesHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            using var scope = scopes.CreateScope();
            using var notTraced = SuppressInstrumentationScope.Begin();
            var mediator = scope.ServiceProvider.GetRequiredService<MediatR.IMediator>();
            var problems = (await mediator.Send(new ListMessageProblemsQuery(), cancellationToken)).TotalCount;
            var parked = (await mediator.Send(new ListMessageProblemsQuery(ParkedOnly: true), cancellationToken)).TotalCount;
            return parked == 0
                ? HealthCheckResult.Healthy($"{problems} message(s) retrying")
                : HealthCheckResult.Degraded($"{parked} integration event(s) parked: see /Admin/Messages");
        }
    }
}
