using Hangfire;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Jobs;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Testing;

/// <summary>
/// The platform with the given modules over a real SQLite file: a fake clock (starting on a working Monday morning),
/// a settable user, Hangfire storage without a server, and messaging that tests drive by hand with
/// <see cref="DeliverMessagesAsync"/>.
/// </summary>
public sealed class PlatformFixture : IAsyncDisposable
{
    /// <summary>Monday 2026-03-02 09:00 in China Standard Time: a working day outside any holiday.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly TestDatabase database;
    private readonly Func<ServiceProvider> build;
    private bool ownsDatabase = true;

    private PlatformFixture(Func<ServiceProvider> build, TestDatabase database)
    {
        this.build = build;
        this.database = database;
        Services = build();
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public TestUser User => Services.GetRequiredService<TestUser>();

    public string ConnectionString => database.ConnectionString;

    /// <param name="modules">The modules to compose, as the host would.</param>
    /// <param name="policyProfile">"Nanchang" (the shipped profile, read from the host's appsettings.json) or null for statute only.</param>
    /// <param name="configure">Last-minute service replacements (e.g. a failing handler).</param>
    public static async Task<PlatformFixture> CreateAsync(
        IEnumerable<IModule> modules,
        string? policyProfile = "Nanchang",
        Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null,
        DateTimeOffset? start = null)
    {
        var database = new TestDatabase();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "host-appsettings.json"), optional: false)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = database.ConnectionString,
                ["Deadlines:ActiveProfile"] = policyProfile ?? string.Empty,
                ["Messaging:RunInBackground"] = "false",
                ["Messaging:MaxAttempts"] = "3",
                ["Jobs:RunServer"] = "false",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var moduleList = modules.ToList();
        var clock = new FakeTimeProvider(start ?? DefaultStart);
        ServiceProvider Build()
        {
            var services = new ServiceCollection();
            services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
            services.AddSingleton<IConfiguration>(configuration);
            services.AddSingleton<TimeProvider>(clock);
            services.AddPlatform(configuration, moduleList);
            services.AddPlatformJobs(configuration);
            services.AddSingleton<TestUser>();
            services.RemoveAll<ICurrentUser>();
            services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestUser>());
            configure?.Invoke(services);
            return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        }

        var fixture = new PlatformFixture(Build, database);
        await fixture.CreateSchemaAsync();
        await fixture.Services.GetRequiredService<WorkingDayCalendarProvider>().SeedOfficialSchedulesAsync(CancellationToken.None);
        return fixture;
    }

    /// <summary>
    /// Simulates a process restart: this fixture's container (relay, inbox processor, caches, Hangfire storage) is
    /// disposed and a new one is built over the same database file and clock. Use the returned fixture from then on.
    /// </summary>
    public async Task<PlatformFixture> RestartAsync()
    {
        ownsDatabase = false;
        await Services.DisposeAsync();
        return new PlatformFixture(build, database);
    }

    /// <summary>Sends a request in its own scope, as a web request would.</summary>
    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Runs a query against a module's (or the platform's) DbContext in a fresh scope.</summary>
    public async Task<T> QueryAsync<TContext, T>(Func<TContext, Task<T>> query)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(query);
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    /// <summary>Puts an event into a module's outbox, as a command of that module publishing it would.</summary>
    public async Task PublishIntoAsync<TContext>(IntegrationEvent integrationEvent)
        where TContext : ModuleDbContext
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        db.Publish(integrationEvent);
        await db.SaveChangesAsync();
    }

    /// <summary>The events in a module's outbox, oldest first, read back as the relay would read them.</summary>
    public async Task<List<IntegrationEvent>> OutboxEventsAsync<TContext>()
        where TContext : ModuleDbContext
    {
        var rows = await QueryAsync<TContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking().ToListAsync());
        return rows.OrderBy(m => m.OccurredAt)
            .Select(m => IntegrationEventSerializer.Deserialize(m.Payload, Type.GetType(m.Type, throwOnError: true)!))
            .ToList();
    }

    /// <summary>Relays outboxes and processes inboxes until nothing more is ready; returns the number of steps taken.</summary>
    public async Task<int> DeliverMessagesAsync(int maxRounds = 20)
    {
        var relay = Services.GetRequiredService<OutboxRelay>();
        var inbox = Services.GetRequiredService<InboxProcessor>();
        var total = 0;
        for (var round = 0; round < maxRounds; round++)
        {
            var done = await relay.RelayPendingAsync(CancellationToken.None) + await inbox.ProcessPendingAsync(CancellationToken.None);
            if (done == 0)
            {
                return total;
            }

            total += done;
        }

        throw new InvalidOperationException($"Messages still flowing after {maxRounds} rounds.");
    }

    public Task<SweepResult> SweepDeadlinesAsync() => Services.GetRequiredService<DeadlineSweep>().RunAsync(CancellationToken.None);

    /// <summary>The Hangfire jobs scheduled so far, in the per-fixture in-memory storage.</summary>
    public JobStorage JobStorage => Services.GetRequiredService<JobStorage>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (ownsDatabase)
        {
            database.Dispose();
        }
    }

    private async Task CreateSchemaAsync()
    {
        using var scope = Services.CreateScope();
        foreach (var db in DatabaseInitializer.AllContexts(scope.ServiceProvider))
        {
            var creator = db.GetService<IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync())
            {
                await creator.CreateAsync();
            }

            await creator.CreateTablesAsync();
        }

        // As in production (DatabaseInitializer): readers do not block the writer.
        var wal = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await wal.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
