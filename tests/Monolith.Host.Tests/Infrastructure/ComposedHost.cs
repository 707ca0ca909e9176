using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Modules;
using Monolith.Testing;

namespace Monolith.Host.Tests.Infrastructure;

/// <summary>
/// The real service composed by <see cref="MonolithApp"/> of any module list (the host's own plus a fixture module, or
/// fewer), on a test server over a SQLite file, with the settings <see cref="HostFactory"/> uses: no Hangfire server,
/// the demo accounts seeded, no sample cases, and a fake clock starting Monday 2026-03-02 09:00 +08:00.
/// </summary>
public sealed partial class ComposedHost : IAsyncDisposable
{
    private readonly TestDatabase? ownedDatabase;

    private ComposedHost(WebApplication app, FakeTimeProvider clock, TestDatabase? ownedDatabase, CapturingLoggerProvider logs)
    {
        App = app;
        Clock = clock;
        this.ownedDatabase = ownedDatabase;
        Logs = logs;
    }

    /// <summary>Every log entry of warning level or above the host wrote.</summary>
    public CapturingLoggerProvider Logs { get; }

    public WebApplication App { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>The service composed of <paramref name="modules"/>, initialised (migrated, seeded) and started.</summary>
    /// <param name="shared">An existing database the caller owns (to start twice on it); by default a fresh one, deleted on dispose.</param>
    /// <param name="environment">The host environment; start-up treats a module without migrations differently outside development.</param>
    public static async Task<ComposedHost> StartAsync(IReadOnlyList<IModule> modules, TestDatabase? shared = null, string environment = "Development")
    {
        var host = Build(modules, shared, environment);
        try
        {
            await MonolithApp.InitializeAsync(host.App);
            await host.App.StartAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>The service composed and built, not yet initialised: for tests of the start-up itself.</summary>
    public static ComposedHost Build(IReadOnlyList<IModule> modules, TestDatabase? shared = null, string environment = "Development")
    {
        var owned = shared is null ? new TestDatabase() : null;
        var database = shared ?? owned!;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["Database:ConnectionString"] = database.ConnectionString,

            // The embedded engine keeps a key beside its file; a server needs one configured.
            ["PersonalData:Key"] = database.Provider == TestDatabase.Sqlite ? null : TestDatabase.PersonalDataKey,
            ["Database:MigrateOnStart"] = "true",
            ["Jobs:RunServer"] = "false",
            ["Demo:Seed"] = "true",
            ["Demo:SampleCases"] = "false",
            ["Deadlines:ActiveProfile"] = "Nanchang",
            ["SignIn:PermitsPerMinute"] = "100000",
        });
        builder.Services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddressFromTestHeader>();

        // Registered before the platform's, which only adds the system clock if no clock is registered.
        var clock = new FakeTimeProvider(HostFactory.Start);
        builder.Services.AddSingleton<TimeProvider>(clock);
        return new ComposedHost(MonolithApp.Build(builder, modules), clock, owned, logs);
    }

    /// <summary>A client of the test server that keeps its cookies and does not follow redirects.</summary>
    public HttpClient Anonymous() =>
        new(new CookieContainerHandler { InnerHandler = App.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("http://localhost") };

    /// <summary>A client signed in as one of the demo accounts the composed modules declare.</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DemoAccounts.Password });
        if (!response.IsSuccessStatusCode)
        {
            client.Dispose();
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>The anti-forgery token of the first form in a page, to post that form as the browser would.</summary>
    public static string AntiforgeryToken(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var match = AntiforgeryInput().Match(html);
        Assert.True(match.Success, "the page has no anti-forgery token");
        return match.Groups["token"].Value;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        ownedDatabase?.Dispose();
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""(?<token>[^""]+)""")]
    private static partial Regex AntiforgeryInput();
}
