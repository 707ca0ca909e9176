using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Web;

public static class PlatformHealthChecks
{
    /// <summary>
    /// /health: the database answers, no integration event is parked (which needs an administrator), and every audit
    /// entry since the start has been written.
    /// </summary>
    public static IServiceCollection AddPlatformHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<ParkedMessagesHealthCheck>("messaging")
            .AddCheck<AuditHealthCheck>("audit");
        return services;
    }

    private sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, ModuleCatalog modules) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            using var scope = scopes.CreateScope();
            return await modules.Modules[0].DbContext(scope.ServiceProvider).Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("the database does not answer");
        }
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
            var mediator = scope.ServiceProvider.GetRequiredService<MediatR.IMediator>();
            var problems = (await mediator.Send(new ListMessageProblemsQuery(), cancellationToken)).TotalCount;
            var parked = (await mediator.Send(new ListMessageProblemsQuery(ParkedOnly: true), cancellationToken)).TotalCount;
            return parked == 0
                ? HealthCheckResult.Healthy($"{problems} message(s) retrying")
                : HealthCheckResult.Degraded($"{parked} integration event(s) parked: see /Admin/Messages");
        }
    }
}
