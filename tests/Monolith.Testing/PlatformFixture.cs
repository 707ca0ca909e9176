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
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Jobs;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.Modules.Platform;
using Monolith.Providers.PostgreSql;
using Monolith.Providers.Sqlite;
using System.Reflection;

namespace Monolith.Testing;

/// <summary>
/// The platform with the given modules over a real database (a SQLite file, or PostgreSQL: <see cref="TestDatabase"/>): a fake clock (starting on a working Monday morning),
/// a settable user, Hangfire storage without a server, and messaging that tests drive by hand with
/// <see cref="DeliverMessagesAsync"/>.
/// </summary>
public sealed class PlatformFixture : IAsyncDisposable
{
    /// <summary>Monday 2026-03-02 09:00 in China Standard Time: a working day outside any holiday.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly TestDatabase database;
    private readonly Func<IReadOnlyList<IModule>, ServiceProvider> build;
    private readonly IReadOnlyList<IModule> modules;
    private bool ownsDatabase = true;

    private PlatformFixture(Func<IReadOnlyList<IModule>, ServiceProvider> build, IReadOnlyList<IModule> modules, TestDatabase database)
    {
        this.build = build;
        this.modules = modules;
        this.database = database;
        Services = build(modules);
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
                ["Database:Provider"] = database.Provider,
                ["Database:ConnectionString"] = database.ConnectionString,
                ["PersonalData:Key"] = TestDatabase.PersonalDataKey,
                ["Deadlines:ActiveProfile"] = policyProfile ?? string.Empty,
                ["Messaging:RunInBackground"] = "false",
                ["Messaging:MaxAttempts"] = "3",
                ["Jobs:RunServer"] = "false",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        // The platform module (accounts, audit, calendar) is what every composition stands on.
        List<IModule> moduleList = [.. modules];
        if (!moduleList.Any(m => m is PlatformModule))
        {
            moduleList.Insert(0, new PlatformModule());
        }

        var clock = new FakeTimeProvider(start ?? DefaultStart);
        ServiceProvider Build(IReadOnlyList<IModule> composed)
        {
            var services = new ServiceCollection();
            services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
            services.AddSingleton<IConfiguration>(configuration);
            services.AddSingleton<TimeProvider>(clock);
            services.AddDatabaseProvider(SqliteProvider.Instance).AddDatabaseProvider(PostgreSqlProvider.Instance);
            services.AddPlatform(configuration, composed);
            services.AddPlatformJobs(configuration);
            services.AddSingleton<TestUser>();
            services.RemoveAll<ICurrentUser>();
            services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestUser>());
            configure?.Invoke(services);
            return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        }

        var fixture = new PlatformFixture(Build, moduleList, database);
        await fixture.CreateSchemaAsync();
        await fixture.InitializeModulesAsync();
        return fixture;
    }

    /// <summary>
    /// Simulates a process restart: this fixture's container (relay, inbox processor, caches, Hangfire storage) is
    /// disposed and a new one is built over the same database file and clock. Use the returned fixture from then on.
    /// </summary>
    /// <param name="withModules">A new release of the modules (e.g. with classes renamed); by default the same ones.</param>
    public async Task<PlatformFixture> RestartAsync(IEnumerable<IModule>? withModules = null)
    {
        ownsDatabase = false;
        await Services.DisposeAsync();
        return new PlatformFixture(build, withModules is null ? modules : [new PlatformModule(), .. withModules], database);
    }

    /// <summary>
    /// A second host process over the same database file and clock, as a second instance behind a load balancer would
    /// be: its own container, relay and Hangfire storage. Dispose it before this fixture.
    /// </summary>
    public PlatformFixture AnotherHost() => new(build, modules, database) { ownsDatabase = false };

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

    /// <summary>
    /// Starts a deadline of a composed module's rule in that module's own tables, as a command of the module would (for
    /// a module that has no such command yet); by default triggered now by the fake clock. Returns the deadline's id.
    /// </summary>
    public async Task<Guid> StartDeadlineAsync(string ruleId, DeadlineSubject subject, DateTimeOffset? triggeredAt = null)
    {
        using var scope = Services.CreateScope();
        var module = Services.GetRequiredService<DeadlineCatalogue>().Entry(ruleId).Module;
        var db = Services.GetRequiredService<ModuleCatalog>().DbContext(scope.ServiceProvider, module);
        var deadline = await scope.ServiceProvider.GetRequiredService<DeadlineTracker>()
            .StartAsync(db, ruleId, triggeredAt ?? Clock.GetUtcNow(), subject, CancellationToken.None);
        await db.SaveChangesAsync();
        return deadline.Id;
    }

    /// <summary>A module's deadline list, as its page and API read it (the module named by its own DbContext).</summary>
    public async Task<IReadOnlyList<DeadlineView>> DeadlinesAsync<TContext>(DeadlineFilter filter = DeadlineFilter.Pending)
        where TContext : ModuleDbContext =>
        (await SendAsync(new ListDeadlinesQuery<TContext>(filter, null, new PageRequest(1, PageRequest.MaxSize)))).Items;

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
            .Select(m => IntegrationEventSerializer.Deserialize(m.Payload, EventType(m.Type)))
            .ToList();
    }

    /// <summary>The audit log, newest first, optionally for one subject (linkage number, id) or one user.</summary>
    public async Task<IReadOnlyList<AuditRecord>> AuditAsync(string? subject = null, string? userName = null)
    {
        // Read from the table, not through the (itself audited) query, so that inspecting the log does not add to it.
        var entries = await QueryAsync<Modules.Platform.Persistence.PlatformDbContext, List<Modules.Platform.Audit.AuditEntry>>(db => db.AuditEntries.AsNoTracking()
            .Where(e => subject == null || e.Subject == subject || e.Shown.Any(s => s.Key == subject))
            .Where(e => userName == null || e.UserName == userName)
            .OrderByDescending(e => e.Id)
            .ToListAsync());
        return [.. entries.Select(e => new AuditRecord(e.At, e.UserName, e.Role, e.Kind, e.Action, e.Subject, e.Outcome, e.Detail, [.. e.Shown.Select(s => s.Key)]))];
    }

    /// <summary>An administrator publishes (or corrects) a year's holiday schedule, through the platform module's command.</summary>
    public Task PublishCalendarYearAsync(int year, string source, IReadOnlyList<(DateOnly Date, CalendarDayKind Kind, string Name)> days) =>
        SendAsync(new Modules.Platform.Calendar.PublishCalendarYearCommand(
            year, source, [.. days.Select(d => new Modules.Platform.Calendar.CalendarDayInput(d.Date, d.Kind, d.Name))]));

    /// <summary>Runs every module's start-up initializers again (e.g. the official holiday schedules), as a restart would.</summary>
    public async Task InitializeModulesAsync()
    {
        using var scope = Services.CreateScope();
        foreach (var initializer in scope.ServiceProvider.GetServices<IModuleInitializer>())
        {
            await initializer.InitializeAsync(CancellationToken.None);
        }
    }

    /// <summary>The CLR type of a stored event name, among the event types of the composed modules and the building blocks.</summary>
    public static Type EventType(string name) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Monolith.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .FirstOrDefault(t => t.GetCustomAttribute<IntegrationEventNameAttribute>()?.Name == name)
        ?? throw new InvalidOperationException($"No integration event is named '{name}'.");

    /// <summary>How many deliveries a module's inbox holds (handled or not).</summary>
    public Task<int> InboxCountAsync<TContext>()
        where TContext : ModuleDbContext =>
        QueryAsync<TContext, int>(db => db.Inbox.CountAsync());

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

    /// <summary>Runs the scheduled work of every module that is due by the fake clock, as Hangfire would; returns how many ran.</summary>
    public Task<int> RunDueScheduledWorkAsync() => DueWork.RunScheduledAsync(Services);

    /// <inheritdoc cref="DueWork.ProcessDeadlinesAsync"/>
    public Task<ProcessedDeadlines> ProcessDeadlinesAsync() => DueWork.ProcessDeadlinesAsync(Services);

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
        // As in production (DatabaseInitializer): on SQLite the file is made WAL, so readers do not block the writer.
        var database = Services.GetRequiredService<ActiveDatabase>();
        await database.Provider.PrepareAsync(database.ConnectionString, CancellationToken.None);
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
    }
}

/// <summary>One entry of the audit log as tests read it.</summary>
public sealed record AuditRecord(
    DateTimeOffset At, string UserName, string? Role, AuditKind Kind, string Action, string? Subject, AuditOutcome Outcome, string? Detail, IReadOnlyList<string> Shown);
