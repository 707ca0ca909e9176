using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

        // Initializers look before they write (the calendar years not yet stored, say); two hosts starting together
        // would both look first and then both write, so they take turns under the start-up lock (ADR 0046).
        await UnderStartupLockAsync(services, async () =>
        {
            using var scope = services.CreateScope();
            foreach (var initializer in scope.ServiceProvider.GetServices<IModuleInitializer>())
            {
                await initializer.InitializeAsync(cancellationToken);
            }
        }, cancellationToken);

        var policy = services.GetRequiredService<IOptions<LocalPolicyOptions>>().Value;
        var scheduling = services.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<PlatformJobs>(PlatformJobs.DispatchScheduledWorkId, j => j.DispatchScheduledWorkAsync(CancellationToken.None), scheduling.DispatchCron);
        recurring.AddOrUpdate<PlatformJobs>(PlatformJobs.RecomputeDeadlinesId, j => j.RecomputeProvisionalDeadlinesAsync(CancellationToken.None), policy.SweepCron);
        recurring.AddOrUpdate<PlatformJobs>(
            PlatformJobs.MessagingMaintenanceId, j => j.MaintainMessagingAsync(CancellationToken.None), services.GetRequiredService<IOptions<MessagingOptions>>().Value.MaintenanceCron);

        // The embedded default is a demonstration; a configured server database gets demo data only if asked.
        var seedDemo = configuration.GetValue<bool?>("Demo:Seed") ?? database.Provider == DatabaseProvider.Sqlite;
        if (seedDemo)
        {
            await SeedDemoDataAsync(services, cancellationToken);
        }
    }

    /// <summary>
    /// Seeders do nothing where their module has data, but two hosts starting together on a fresh database would both
    /// see none: the seeding runs under the start-up lock (<see cref="UnderStartupLockAsync"/>), so the second host
    /// waits and then finds the data.
    /// </summary>
    internal static Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        UnderStartupLockAsync(services, async () =>
        {
            foreach (var seeder in services.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
            {
                using var scope = services.CreateScope();
                await seeder.SeedAsync(scope.ServiceProvider, cancellationToken);
            }
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> while this host holds the database lock EF Core takes for migrations (a lock row in
    /// SQLite, an application lock in SQL Server, an advisory lock in PostgreSQL), so one host at a time does it.
    /// </summary>
    internal static async Task UnderStartupLockAsync(IServiceProvider services, Func<Task> work, CancellationToken cancellationToken)
    {
        using var lockScope = services.CreateScope();
        var first = DatabaseInitializer.AllContexts(lockScope.ServiceProvider).First();
        await first.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var databaseLock = await first.GetService<IHistoryRepository>().AcquireDatabaseLockAsync(cancellationToken);
            await work();
        }
        finally
        {
            await first.Database.CloseConnectionAsync();
        }
    }
}
