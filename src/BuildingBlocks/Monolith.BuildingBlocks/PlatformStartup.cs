using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks;

public static class PlatformStartup
{
    /// <summary>
    /// Everything the service does once before it takes requests: migrate, store the official holiday schedules it
    /// knows, register the recurring deadline sweep, and (embedded default only) put in the demo data.
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

        await services.GetRequiredService<WorkingDayCalendarProvider>().SeedOfficialSchedulesAsync(cancellationToken);

        var policy = services.GetRequiredService<IOptions<LocalPolicyOptions>>().Value;
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<DeadlineJobs>(
            DeadlineJobs.SweepJobId, j => j.SweepAsync(CancellationToken.None), policy.SweepCron);

        // The embedded default is a demonstration; a configured server database gets demo data only if asked.
        var seedDemo = configuration.GetValue<bool?>("Demo:Seed") ?? database.Provider == DatabaseProvider.Sqlite;
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
