using System.Diagnostics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Identity;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Monolith.BuildingBlocks.Diagnostics;

/// <summary>Bound from the "Telemetry" configuration section.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// A secret a Prometheus server sends as "Authorization: Bearer &lt;token&gt;" to scrape /metrics without signing
    /// in. Empty (the default): only a signed-in administrator can read /metrics.
    /// </summary>
    public string? ScrapeToken { get; set; }

    /// <summary>The service name on traces and metrics (OpenTelemetry resource "service.name").</summary>
    public string ServiceName { get; set; } = "monolith";

    /// <summary>
    /// The name of the platform's meter. OpenTelemetry listens to meters by name across the whole process, so hosts
    /// sharing a process (the tests) give each its own name; a deployment runs one host per process and keeps the default.
    /// </summary>
    public string MeterName { get; set; } = PlatformTelemetry.Name;
}

/// <summary>Bound from the "Logging" configuration section (only the key the platform adds to the framework's own).</summary>
public sealed class LoggingFormatOptions
{
    public const string Section = "Logging";

    /// <summary>"json": the console writes one JSON object per line, with scopes, so trace and span ids appear. Otherwise the framework's plain text.</summary>
    public string? Format { get; set; }
}

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The policy of /metrics: an administrator (cookie) or the scrape token.</summary>
    public const string MetricsPolicy = "Metrics";

    /// <summary>The role the scrape token signs in with; it admits to /metrics and to nothing else.</summary>
    public const string MetricsScraperRole = "MetricsScraper";

    internal const string ScrapeTokenScheme = "ScrapeToken";

    /// <summary>The path Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// OpenTelemetry traces (ASP.NET Core, the platform's spans; EF Core's too when exported) and metrics (ASP.NET Core,
    /// the platform's meter, the runtime's) with the Prometheus exporter; both also go to an OTLP collector when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set.
    /// </summary>
    public static IServiceCollection AddPlatformTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.Section));
        var serviceName = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>()?.ServiceName ?? "monolith";
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithTracing(t =>
            {
                t.AddSource(PlatformTelemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsOperationsPath(http.Request.Path));
                if (otlp)
                {
                    // A span per SQL statement only where something receives it: unexported, it was 3 % of what a
                    // command allocates (issue #14).
                    t.AddEntityFrameworkCoreInstrumentation().AddOtlpExporter();
                }
            })
            .WithMetrics(m =>
            {
                // "System.Runtime": the runtime's own meter (CPU time, GC, allocations, working set, thread pool).
                m.AddMeter(configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>()?.MeterName ?? PlatformTelemetry.Name, "System.Runtime")
                    .AddAspNetCoreInstrumentation()
                    .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                if (otlp)
                {
                    m.AddOtlpExporter();
                }
            });

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ScrapeTokenHandler>(ScrapeTokenScheme, null);
        services.AddAuthorizationBuilder().AddPolicy(MetricsPolicy, p => p
            .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, ScrapeTokenScheme)
            .RequireRole(PlatformRoles.Administrator, MetricsScraperRole));
        return services;
    }

    /// <summary>
    /// The console logger writes JSON when Logging:Format (env Logging__Format) is "json"; either way log entries
    /// carry the trace and span id of the current activity as scopes.
    /// </summary>
    public static ILoggingBuilder AddPlatformLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(configuration);
        logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        var format = configuration.GetSection(LoggingFormatOptions.Section).Get<LoggingFormatOptions>()?.Format;
        if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            });
        }

        return logging;
    }

    /// <summary>/metrics (Prometheus text format) for administrators or the scrape token; a fresh reading of the modules' tables first.</summary>
    public static IEndpointConventionBuilder MapPlatformMetrics(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPrometheusScrapingEndpoint(
                MetricsPath,
                meterProvider: null,
                configureBranchedPipeline: pipeline => pipeline.Use(async (context, next) =>
                {
                    await context.RequestServices.GetRequiredService<OperationsReadings>().ReadAsync(context.RequestAborted);
                    await next(context);
                }),
                optionsName: null)
            .RequireAuthorization(MetricsPolicy)
            .WithDisplayName("Prometheus metrics");
    }

    /// <summary>Paths answered to machines (probes, scrapers): not traced, and a refusal is a status, not a redirect to the sign-in page.</summary>
    public static bool IsOperationsPath(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    /// <summary>Signs in a caller whose bearer token equals Telemetry:ScrapeToken, as <see cref="MetricsScraperRole"/>; nobody when no token is set.</summary>
    private sealed class ScrapeTokenHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptionsMonitor<TelemetryOptions> telemetry)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var expected = telemetry.CurrentValue.ScrapeToken;
            var header = Request.Headers.Authorization.ToString();
            if (string.IsNullOrEmpty(expected) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var given = header["Bearer ".Length..].Trim();
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
            {
                return Task.FromResult(AuthenticateResult.Fail("wrong scrape token"));
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "prometheus"), new Claim(ClaimTypes.Role, MetricsScraperRole)], Scheme.Name);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
        }

        protected override Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        }
    }
}
