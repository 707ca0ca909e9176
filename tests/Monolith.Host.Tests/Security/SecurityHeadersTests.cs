using System.Net;
using System.Net.Http.Json;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests.Security;

/// <summary>
/// Every response carries a Content-Security-Policy, X-Content-Type-Options and X-Frame-Options, not only those that
/// happen to issue an antiforgery cookie; API answers (personal data) are not stored by any cache; behind a TLS
/// reverse proxy the cookies are Secure (issue #7, defect 6).
/// </summary>
public sealed class SecurityHeadersTests(HostFactory host) : IClassFixture<HostFactory>
{
    public static TheoryData<string, string?> Responses => new()
    {
        { "/", "window" },
        { "/login", null },
        { "/Window", "window" },
        { "/Arbitration", "arbitration" },
        { "/Arbitration/Register", "arbitration" },
        { "/LegalAid", "legalaid" },
        { "/LegalAid/Lawyers", "legalaid" },
        { "/Supervision", "supervision" },
        { "/Inspection", "inspection" },
        { "/Union", "union" },
        { "/Mediation", "mediation" },
        { "/Admin", "admin" },
        { "/Admin/Messages", "admin" },
        { "/Admin/DeadlineRules", "admin" },
        { "/Platform/Accounts", "admin" },
        { "/Platform/Audit", "admin" },
        { "/Platform/Calendar", "admin" },
        { "/Denied", "union" },
        { "/no-such-page", "union" },
        { "/css/site.css", null },
        { "/api/arbitration/applications", "arbitration" },
        { "/api/arbitration/applications/00000000-0000-0000-0000-000000000000", "arbitration" },
        { "/api/auth/me", null },
        { "/health", null },
        { "/health/live", null },
        { "/health/ready", null },
        { "/metrics", "admin" },
        { "/openapi/v1.json", null },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string path, string? user)
    {
        using var anonymous = user is null ? host.Anonymous() : null;
        var client = anonymous ?? await host.ClientFor(user!);

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        if (path.StartsWith("/api", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal) || type == "text/html")
        {
            Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Behind_a_TLS_reverse_proxy_the_auth_cookie_is_secure_and_over_plain_http_it_is_not()
    {
        using var viaProxy = host.Anonymous();
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "10.20.30.40");
        using var direct = host.Anonymous();

        using var proxied = await viaProxy.PostAsJsonAsync("/api/auth/login", new { userName = "union", password = DemoAccounts.Password });
        using var plain = await direct.PostAsJsonAsync("/api/auth/login", new { userName = "union", password = DemoAccounts.Password });

        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.Contains("secure", AuthCookie(proxied), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", AuthCookie(plain), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_known_proxy_are_ignored()
    {
        using var stranger = ClientAddressFromTestHeader.From(host.Anonymous(), "203.0.113.7");
        stranger.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var response = await stranger.PostAsJsonAsync("/api/auth/login", new { userName = "union", password = DemoAccounts.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("secure", AuthCookie(response), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_job_dashboard_may_run_its_inline_scripts_and_nothing_else_may()
    {
        var admin = await host.ClientFor("admin");

        using var response = await admin.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'unsafe-inline'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header");

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("monolith.auth=", StringComparison.Ordinal));
}
