using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;
using Xunit.Abstractions;

namespace Monolith.Host.Tests.Operations;

/// <summary>
/// Issue #8, operations (ADR 0043, 0044), through the real service: /metrics for an administrator or the scrape token
/// and nobody else, the platform's instruments with values once a referral has gone through the outbox, JSON log lines
/// carrying the request's trace id, and the liveness and readiness probes with a JSON body per check.
/// </summary>
public sealed partial class OperationsEndpointsTests(OperationsEndpointsTests.OperationsHost host, ITestOutputHelper output)
    : IClassFixture<OperationsEndpointsTests.OperationsHost>
{
    public const string ScrapeToken = "scrape-secret-for-tests";

    /// <summary>The service with a scrape token set, the console logger on JSON, and every JSON line it formats kept.</summary>
    public sealed class OperationsHost : HostFactory
    {
        public OperationsHost()
        {
            Settings["Telemetry:ScrapeToken"] = ScrapeToken;
            Settings["Logging:Format"] = "json";
        }

        public JsonLogLines JsonLines { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(sp => JsonLines.Attach(sp)));
        }
    }

    [Fact]
    public async Task Metrics_as_an_administrator_show_the_platform_instruments_with_values_after_a_referral_went_through_the_outbox()
    {
        var clerk = await host.ClientFor("arbitration");
        var reviewer = await host.ClientFor("legalaid");
        var admin = await host.ClientFor("admin");
        var (id, linkageNumber) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(801)));
        await clerk.ReferAsync(id);
        await reviewer.WaitForLegalAidApplicationAsync(linkageNumber);

        var text = await Eventually.MatchAsync(
            async () => await admin.GetStringAsync(new Uri("/metrics", UriKind.Relative)),
            t => Value(t, "monolith_outbox_relayed_total", "Arbitration") > 0 && Value(t, "monolith_inbox_handled_total", "LegalAid") > 0,
            Api.EventualTimeout,
            "the referral should be counted as relayed by arbitration and handled by legal aid");

        output.WriteLine(string.Join('\n', text.Split('\n').Where(l => l.StartsWith("monolith_", StringComparison.Ordinal))));
        Assert.NotNull(Value(text, "monolith_outbox_lag_seconds", "Arbitration"));
        Assert.NotNull(Value(text, "monolith_inbox_lag_seconds", "LegalAid"));
        Assert.NotNull(Value(text, "monolith_outbox_pending", "Arbitration"));
        Assert.NotNull(Value(text, "monolith_messages_parked", "LegalAid"));
        Assert.True(Value(text, "monolith_deadlines_due_soon", "LegalAid") >= 0);
        Assert.True(Value(text, "monolith_deadlines_missed", "LegalAid") >= 0);

        // ASP.NET Core's own instruments (http_server_request_duration_seconds) are exported too, but not asserted here:
        // their meter has a fixed name, and OpenTelemetry listens to meters by name across the test process, where many
        // hosts run, so which host's instrument this endpoint shows is a race. A single-host process shows its own.
    }

    [Fact]
    public async Task Metrics_are_refused_to_anonymous_callers_to_other_roles_and_to_a_wrong_token_and_served_to_the_scrape_token()
    {
        using var anonymous = host.Anonymous();
        using var refused = await anonymous.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Null(refused.Headers.Location);

        var clerk = await host.ClientFor("arbitration");
        using var forbidden = await clerk.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Null(forbidden.Headers.Location);

        using var wrong = host.Anonymous();
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");
        using var wrongAnswer = await wrong.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAnswer.StatusCode);

        using var prometheus = host.Anonymous();
        prometheus.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeToken);
        using var scraped = await prometheus.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("monolith_outbox_lag_seconds", await scraped.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The token admits to /metrics only: it is no administrator anywhere else.
        using var elsewhere = await prometheus.GetAsync("/api/admin/messages");
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
    }

    [Fact]
    public async Task With_Logging_Format_json_the_console_writes_JSON_lines_that_carry_the_requests_trace_id()
    {
        var options = host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(ConsoleFormatterNames.Json, options.FormatterName);
        var clerk = await host.ClientFor("arbitration");

        using var response = await clerk.GetAsync("/api/arbitration/applications");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var line = await Eventually.MatchAsync(
            () => Task.FromResult(host.JsonLines.Lines.FirstOrDefault(l => l.Contains("\"RequestPath\":\"/api/arbitration/applications\"", StringComparison.Ordinal)
                && l.Contains("LoggingBehavior", StringComparison.Ordinal))),
            l => l is not null,
            because: "the query's log line should be written as JSON");
        output.WriteLine(line);
        using var json = JsonDocument.Parse(line!);
        var scopes = json.RootElement.GetProperty("Scopes").EnumerateArray().ToList();
        var traceId = scopes.Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("TraceId", out _))
            .Select(s => s.GetProperty("TraceId").GetString()).Single();
        Assert.Matches(TraceIdPattern(), traceId);
        Assert.NotEqual(new string('0', 32), traceId);
        Assert.Contains(scopes, s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("SpanId", out _));
    }

    [Fact]
    public async Task Liveness_asks_no_dependency_and_readiness_and_health_list_every_check_in_JSON()
    {
        using var anonymous = host.Anonymous();

        using var live = await anonymous.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var liveBody = await live.ReadJsonAsync();
        Assert.Equal("Healthy", liveBody.Text("status"));
        Assert.Empty(liveBody.GetProperty("checks").EnumerateArray());

        foreach (var path in new[] { "/health/ready", "/health" })
        {
            using var ready = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var body = await ready.ReadJsonAsync();
            Assert.Equal("Healthy", body.Text("status"));
            var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.Text("name"), c => c);
            Assert.Equal(["audit", "database", "job-storage", "messaging", "messaging-lag"], checks.Keys.Order(StringComparer.Ordinal));
            Assert.All(checks.Values, c => Assert.Equal("Healthy", c.Text("status")));
            Assert.All(checks.Values, c => Assert.False(string.IsNullOrEmpty(c.Text("description"))));
        }
    }

    /// <summary>The value of a sample of <paramref name="metric"/> for the module; null when there is none.</summary>
    private static double? Value(string exposition, string metric, string module)
    {
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith(metric + "{", StringComparison.Ordinal) && line.Contains($"module=\"{module}\"", StringComparison.Ordinal))
            {
                var value = line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0];
                return double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceIdPattern();
}

/// <summary>
/// A log provider that formats every entry with the host's own JSON console formatter (the one Logging:Format=json
/// selects) and keeps the lines: what the console would print, without sharing the process's console between tests.
/// </summary>
public sealed class JsonLogLines
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public ILoggerProvider Attach(IServiceProvider services) => new Provider(services, lines);

    private sealed class Provider(IServiceProvider services, ConcurrentQueue<string> lines) : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();
        private ConsoleFormatter? formatter;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }

        private void Write<TState>(LogEntry<TState> entry)
        {
            formatter ??= services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
            using var writer = new StringWriter();
            formatter.Write(entry, scopes, writer);
            lines.Enqueue(writer.ToString().Trim());
        }

        private sealed class Logger(Provider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => provider.scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter));
        }
    }
}
