using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Web;

public static class PlatformHealthChecks
{
    /// <summary>/health: the database answers, and no integration event is parked (which needs an administrator).</summary>
    public static IServiceCollection AddPlatformHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<PlatformDbContext>("database")
            .AddCheck<ParkedMessagesHealthCheck>("messaging");
        return services;
    }

    private sealed class ParkedMessagesHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            using var scope = scopes.CreateScope();
            var problems = await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new ListMessageProblemsQuery(), cancellationToken);
            var parked = problems.Count(p => p.Parked);
            return parked == 0
                ? HealthCheckResult.Healthy($"{problems.Count} message(s) retrying")
                : HealthCheckResult.Degraded($"{parked} integration event(s) parked: see /Admin/Messages");
        }
    }
}
