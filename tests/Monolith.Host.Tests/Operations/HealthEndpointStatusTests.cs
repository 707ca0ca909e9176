using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Monolith.BuildingBlocks.Web;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests.Operations;

/// <summary>
/// ADR 0044: the probes' status codes, on a bare web app with the platform's mapping and checks that fail on purpose:
/// readiness (and /health) answer 503 when a ready check is Unhealthy and 200 when one is only Degraded, liveness
/// answers 200 whatever the checks say.
/// </summary>
public sealed class HealthEndpointStatusTests
{
    [Theory]
    [InlineData(HealthStatus.Unhealthy, HttpStatusCode.ServiceUnavailable)]
    [InlineData(HealthStatus.Degraded, HttpStatusCode.OK)]
    public async Task Readiness_answers_503_only_when_a_check_is_unhealthy_and_liveness_always_200(HealthStatus status, HttpStatusCode readyAnswer)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddHealthChecks()
            .AddCheck("dependency", () => new HealthCheckResult(status, "the dependency is " + status), [PlatformHealthChecks.ReadyTag]);
        await using var app = builder.Build();
        app.MapPlatformHealthChecks();
        await app.StartAsync();
        using var client = app.GetTestClient();

        foreach (var path in new[] { PlatformHealthChecks.ReadyPath, "/health" })
        {
            using var ready = await client.GetAsync(path);
            Assert.Equal(readyAnswer, ready.StatusCode);
            var body = await ready.ReadJsonAsync();
            Assert.Equal(status.ToString(), body.Text("status"));
            var check = Assert.Single(body.GetProperty("checks").EnumerateArray());
            Assert.Equal("dependency", check.Text("name"));
            Assert.Equal("the dependency is " + status, check.Text("description"));
        }

        using var live = await client.GetAsync(PlatformHealthChecks.LivePath);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}

/// <summary>Without Telemetry:ScrapeToken (the default), no bearer token opens /metrics; an administrator's cookie does.</summary>
public sealed class MetricsWithoutScrapeTokenTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("anything")]
    public async Task No_bearer_token_is_accepted_when_none_is_configured(string token)
    {
        using var client = host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_administrator_reads_the_metrics()
    {
        var admin = await host.ClientFor("admin");

        using var response = await admin.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}
