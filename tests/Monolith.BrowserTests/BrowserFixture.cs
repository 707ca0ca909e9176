using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Monolith.BuildingBlocks.Demo;

namespace Monolith.BrowserTests;

/// <summary>
/// The real service (all six modules, the messaging relay running in the host) on a real Kestrel port over a fresh
/// SQLite file with the demo accounts, and one headless Chromium. Shared by the tests of a class.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string InstallHint = "build/test.sh installs it (apt-get install -y chromium); or set CHROMIUM_PATH to a Chromium binary.";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "monolith-browser-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> signedIn = [];
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;

    public BrowserFixture()
        : this(null)
    {
    }

    /// <param name="clock">A clock the test moves (the host's TimeProvider); null: the real one.</param>
    protected BrowserFixture(FakeTimeProvider? clock) => Clock = clock;

    /// <summary>The host's fake clock, when the fixture was made with one.</summary>
    public FakeTimeProvider? Clock { get; }

    /// <summary>The host's services (to run its due scheduled work, as Hangfire would, by the fake clock).</summary>
    public IServiceProvider Services => factory!.Services;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Never skip: a machine without Chromium must fail this test, loudly.
        var chromium = FindChromium()
            ?? throw new InvalidOperationException($"Chromium not found (looked at $CHROMIUM_PATH and /usr/bin/chromium). {InstallHint}");

        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "monolith.db");
        // A subclass rather than WithWebHostBuilder: on the factory WithWebHostBuilder returns, UseKestrel(0) was not
        // applied and Kestrel fell back to its default port 5000, which other test runs on this machine may hold.
        factory = PlatformFactory.Create(database, Clock);
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = ServerAddress(factory.Services);

        playwright = await Playwright.CreateAsync();

        // Playwright gives every launch a new temporary user-data directory, so no profile is shared or left behind.
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies), as if a second person sat at another computer.</summary>
    public async Task<IPage> NewPageAsync(string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            StorageState = storageState,
        });

        // Generous: the machine is shared and builds run beside the tests.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A fresh context already signed in as a demo user. The first time, it signs in through the login page; later
    /// contexts reuse that cookie, so tests that are not about signing in do not pay for it each time.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string userName)
    {
        if (signedIn.TryGetValue(userName, out var state))
        {
            return await NewPageAsync(state);
        }

        var page = await NewPageAsync();
        await page.GotoAsync("/login");
        await page.Locator("#UserName").FillAsync(userName);
        await page.Locator("#Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.OrdinalIgnoreCase));
        signedIn[userName] = await page.Context.StorageStateAsync();
        return page;
    }

    /// <summary>
    /// Waits until the page is at <paramref name="url"/>. If it never gets there, the failure says where the page is and
    /// what it shows (validation messages, notices), and whether a request was still unanswered, so that a failure in
    /// CI explains itself.
    /// </summary>
    public static async Task WaitForUrlOrExplainAsync(IPage page, System.Text.RegularExpressions.Regex url, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(action);
        var pending = new System.Collections.Concurrent.ConcurrentDictionary<IRequest, DateTime>();
        void Started(object? sender, IRequest request) => pending[request] = DateTime.UtcNow;
        void Ended(object? sender, IRequest request) => pending.TryRemove(request, out _);
        page.Request += Started;
        page.RequestFinished += Ended;
        page.RequestFailed += Ended;
        try
        {
            await action();
            await page.WaitForURLAsync(url);
        }
        catch (PlaywrightException e)
        {
            var shown = await page.Locator(".field-validation-error, .validation-summary-errors, .notice, .alert, .error").AllInnerTextsAsync();
            var unanswered = string.Join("; ", pending.Select(p => $"{p.Key.Method} {p.Key.Url} for {(DateTime.UtcNow - p.Value).TotalSeconds:0} s"));
            throw new System.TimeoutException(
                $"Expected {url}, still at {page.Url}. The page shows: {string.Join(" | ", shown.Where(t => t.Trim().Length > 0))}. Unanswered requests: {(unanswered.Length > 0 ? unanswered : "none")}.", e);
        }
        finally
        {
            page.Request -= Started;
            page.RequestFinished -= Ended;
            page.RequestFailed -= Ended;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; it is in the temp directory.
        }
    }

    private static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : throw new InvalidOperationException($"CHROMIUM_PATH={configured} does not exist. {InstallHint}");
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    private static string ServerAddress(IServiceProvider services)
    {
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        var uri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        return $"{uri.Scheme}://127.0.0.1:{uri.Port}";
    }
}

/// <summary>One host and one browser for all browser tests: they run one after another, sharing the demo data.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>The host over its own SQLite file, demo accounts seeded, no Hangfire server (jobs are not part of these tests).</summary>
internal sealed class PlatformFactory(string databasePath, FakeTimeProvider? clock) : WebApplicationFactory<Program>
{
    public static WebApplicationFactory<Program> Create(string databasePath, FakeTimeProvider? clock = null) => new PlatformFactory(databasePath, clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseSetting("Database:Provider", "Sqlite")
        .UseSetting("Database:ConnectionString", $"Data Source={databasePath}")
        .UseSetting("Jobs:RunServer", "false")
        .UseSetting("Demo:Seed", "true")
        .UseSetting("Demo:SampleCases", "false")
        .ConfigureTestServices(services =>
        {
            if (clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            }
        });
}

/// <summary>The same host and browser, on a fake clock starting Monday 2026-03-02 09:00 +08:00, for walks that span days.</summary>
public sealed class ClockedBrowserFixture() : BrowserFixture(new FakeTimeProvider(Monolith.Testing.PlatformFixture.DefaultStart));
