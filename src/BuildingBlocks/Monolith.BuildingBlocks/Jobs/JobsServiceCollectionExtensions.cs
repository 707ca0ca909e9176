using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Jobs;

/// <summary>Bound from the "Jobs" configuration section.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server in this process. Tests switch it off and run jobs by hand.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 2;
}

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire with storage chosen by the database provider. Storage and activator are registered per host, not via
    /// Hangfire's static globals, so several hosts in one process (tests) do not share jobs (stack.md gotcha 12).
    /// Storage is created lazily because `dotnet ef` builds the host without running it.
    /// </summary>
    public static IServiceCollection AddPlatformJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section));
        services.AddSingleton<JobStorage>(sp =>
        {
            var database = sp.GetRequiredService<ActiveDatabase>();
            return database.Provider.CreateJobStorage(database.ConnectionString);
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        if (configuration.GetSection(JobsOptions.Section).Get<JobsOptions>()?.RunServer ?? true)
        {
            services.AddHangfireServer((sp, o) =>
            {
                o.WorkerCount = sp.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(5);

                // Each module's scheduled work is on its own queue, so the dashboard shows whose it is.
                o.Queues = [.. sp.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Info.JobQueue), "default"];
            });
        }

        return services;
    }

    /// <summary>The Hangfire dashboard at /hangfire, for administrators only.</summary>
    public static IApplicationBuilder UseAdministratorJobDashboard(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorDashboardFilter()],
            DashboardTitle = "后台任务（期限提醒与会议提醒）",
            AppPath = "/",
        });
    }

    private sealed class AdministratorDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var http = context.GetHttpContext();
            return http.User.Identity?.IsAuthenticated == true && http.User.IsInRole(PlatformRoles.Administrator);
        }
    }
}
