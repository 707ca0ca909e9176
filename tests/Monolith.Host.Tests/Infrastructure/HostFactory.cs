using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Monolith.BuildingBlocks.Demo;
using Monolith.Testing;

namespace Monolith.Host.Tests.Infrastructure;

/// <summary>
/// The real service (Program, every module, the hosted messaging loop) over a fresh temp SQLite file, with no Hangfire
/// server (the sweep is run by hand, as the recurring job would), the demo accounts and lawyer roster seeded, and a
/// fake clock starting Monday 2026-03-02 09:00 +08:00 that tests move forward.
/// </summary>
/// <remarks>
/// The cookie ticket's expiry is checked against the fake clock too: after moving the clock more than 8 hours, sign in
/// again (<see cref="SignInAsync"/>) instead of reusing a client from <see cref="ClientFor"/>.
/// </remarks>
public class HostFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = PlatformFixture.DefaultStart;

    /// <summary>The demo accounts the composed modules declare, as the README lists them.</summary>
    public static IReadOnlyList<string> DemoUsers { get; } =
        [.. Monolith.Host.ModuleList.All.SelectMany(m => m.Info.DemoAccounts).Select(a => a.UserName)];

    private readonly TestDatabase? ownedDatabase;
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> clients = new();

    // The document is the same for every factory (the same modules; settings do not change the endpoints), and generating
    // it is not cheap: the first factory to need it fetches it for all.
    private static Lazy<Task<DocumentedStatuses>>? document;

    public HostFactory()
    {
        ownedDatabase = new TestDatabase();
        ConnectionString = ownedDatabase.ConnectionString;
        Provider = ownedDatabase.Provider;
    }

    private HostFactory(string connectionString, string provider)
    {
        ConnectionString = connectionString;
        Provider = provider;
    }

    /// <summary>A host over an existing database, which the caller owns (e.g. to start the service twice on it).</summary>
    public static HostFactory Over(string connectionString, string? provider = null) => new(connectionString, provider ?? TestDatabase.Engine);

    public string ConnectionString { get; }

    /// <summary>"Sqlite" or "PostgreSql" (<see cref="TestDatabase.Engine"/>).</summary>
    public string Provider { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Every log entry the host wrote, for tests that check what happened at start-up.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Extra settings, applied before the host reads its configuration.</summary>
    public IDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public Task InitializeAsync()
    {
        // Starts the host: migrates the file, seeds, registers the recurring sweep.
        _ = Server;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
        {
            client.Value.Result.Dispose();
        }

        await base.DisposeAsync();
        ownedDatabase?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new client signed in as one of the demo accounts (cookie kept by the client).</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = DemoAccounts.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            client.Dispose();
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>A signed-in client per demo account, shared by the tests of a class (do not move the clock with these).</summary>
    public Task<HttpClient> ClientFor(string userName) =>
        clients.GetOrAdd(userName, name => new Lazy<Task<HttpClient>>(() => SignInAsync(name))).Value;

    public HttpClient Anonymous() =>
        CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>The operations of the service's OpenAPI document and the statuses each declares.</summary>
    public Task<DocumentedStatuses> DocumentAsync()
    {
        var fetched = LazyInitializer.EnsureInitialized(ref document, () => new Lazy<Task<DocumentedStatuses>>(FetchDocumentAsync));
        if (fetched.Value.IsFaulted)
        {
            Interlocked.CompareExchange(ref document, null, fetched); // a host that failed to start does not fail the others
        }

        return fetched.Value;
    }

    /// <summary>
    /// A client as the framework's, whose /api answers are checked against the OpenAPI document
    /// (<see cref="DocumentedStatuses"/>): every client this factory hands out goes through here.
    /// </summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    /// <inheritdoc cref="CreateClient()"/>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        }

        if (options.HandleCookies)
        {
            handlers.Add(new CookieContainerHandler());
        }

        handlers.Add(new DocumentedStatuses.Check(DocumentAsync));
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    private async Task<DocumentedStatuses> FetchDocumentAsync()
    {
        using var client = CreateDefaultClient();
        return DocumentedStatuses.Parse(await client.GetStringAsync(new Uri(DocumentedStatuses.DocumentPath, UriKind.Relative)));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // UseSetting reaches WebApplication.CreateBuilder's configuration before Program reads it (Jobs:RunServer is read
        // while services are registered); a test asserts that no Hangfire server runs.
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("PersonalData:Key", TestDatabase.PersonalDataKey);
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:SampleCases", "false");
        builder.UseSetting("Deadlines:ActiveProfile", "Nanchang");

        // Tests sign in far more often than people do; SignInThrottleTests sets its own limit.
        builder.UseSetting("SignIn:PermitsPerMinute", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, ClientAddressFromTestHeader>();
        });
    }
}
