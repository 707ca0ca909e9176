using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Jobs;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Scheduling;

namespace Monolith.BuildingBlocks;

public static class PlatformStartup
{
    /// <summary>
    /// Everything the service does once before it takes requests: migrate, run the modules' initializers (the official
    /// holiday schedules, say), register the recurring jobs, and (embedded default only) put in the demo data.
    /// </summary>
    public static async Task InitializeAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // A local-policy profile that would lengthen a statutory period must stop the service now, not at first use.
        services.GetRequiredService<DeadlineCatalogue>();

        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.MigrateOnStart)
        {
            await DatabaseInitializer.MigrateAsync(services, cancellationToken);
        }

        // The embedded default is a demonstration; a configured server database gets demo data only if asked.
        var seedDemo = configuration.GetValue<bool?>("Demo:Seed") ?? services.GetRequiredService<ActiveDatabase>().Provider.IsEmbedded;
        await WriteStartupDataAsync(services, seedDemo, cancellationToken);

        var policy = services.GetRequiredService<IOptions<LocalPolicyOptions>>().Value;
        var scheduling = services.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<PlatformJobs>(PlatformJobs.DispatchScheduledWorkId, j => j.DispatchScheduledWorkAsync(CancellationToken.None), scheduling.DispatchCron);
        // Work that fell due while the service was down runs now, not at the next minute (ADR 0087).
        recurring.Trigger(PlatformJobs.DispatchScheduledWorkId);
        recurring.AddOrUpdate<PlatformJobs>(PlatformJobs.RecomputeDeadlinesId, j => j.RecomputeProvisionalDeadlinesAsync(CancellationToken.None), policy.SweepCron);
        recurring.AddOrUpdate<PlatformJobs>(
            PlatformJobs.MessagingMaintenanceId, j => j.MaintainMessagingAsync(CancellationToken.None), services.GetRequiredService<IOptions<MessagingOptions>>().Value.MaintenanceCron);
    }

    /// <summary>
    /// Initializers and seeders do nothing where their data is there already, but two hosts starting together on a fresh
    /// database would both see none: they run under the engine's start-up lock (EF Core's migrations lock on SQLite and
    /// SQL Server, an advisory lock on PostgreSQL), so the second host waits and then finds the data.
    /// </summary>
    internal static async Task WriteStartupDataAsync(IServiceProvider services, bool seedDemo, CancellationToken cancellationToken)
    {
        await using var startupLock = await StartupLock.AcquireAsync(services, cancellationToken);
        using (var scope = services.CreateScope())
        {
            foreach (var initializer in scope.ServiceProvider.GetServices<IModuleInitializer>())
            {
                await initializer.InitializeAsync(cancellationToken);
            }
        }

        if (seedDemo)
        {
            foreach (var seeder in services.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
            {
                using var scope = services.CreateScope();
                await seeder.SeedAsync(scope.ServiceProvider, cancellationToken);
            }
        }
    }
}
