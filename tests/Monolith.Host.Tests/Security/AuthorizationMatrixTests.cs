using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Monolith.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Monolith.Host.Tests.Security;

/// <summary>
/// Issue #7, "keep the probes": the authorisation matrix generated from the endpoint list (API and pages) × every demo
/// account and anonymous. Every endpoint declares a policy unless it is on the short anonymous list below (a new
/// endpoint without one fails here); every request is answered as its policy says: 401 (API) or the sign-in page for
/// anonymous, 403 (API) or the denied page for a role outside the policy, anything but those for a role inside it, and
/// never a 5xx. Writes are sent with a broken body, so nothing is written.
/// </summary>
public sealed class AuthorizationMatrixTests(HostFactory host, ITestOutputHelper output) : IClassFixture<HostFactory>
{
    /// <summary>What anyone may call: sign-in, health (and its liveness and readiness probes), the OpenAPI document, the pages around sign-in and errors, and legal aid's public application form.</summary>
    private static readonly HashSet<string> Anonymous = new(StringComparer.OrdinalIgnoreCase)
    {
        "POST /api/auth/login",
        "GET /health", "GET /health/live", "GET /health/ready", // ADR 0044
        "GET /openapi/{documentName}.json",
        "GET /Login", "POST /Login",
        "GET /Error", "POST /Error",
        "GET /Denied", "POST /Denied",
        "GET /LegalAid/Apply", "POST /LegalAid/Apply", // the worker's public online application (ADR 0081)
        "GET /LegalAid/Apply/Receipt", "POST /LegalAid/Apply/Receipt",
    };

    /// <summary>Sign-out ends the caller's session; it is checked (anonymous and as itself) by the session tests.</summary>
    private static readonly HashSet<string> NotSentAsAllowed = new(StringComparer.OrdinalIgnoreCase) { "POST /api/auth/logout", "GET /Logout", "POST /Logout" };

    [Fact]
    public void Every_endpoint_declares_a_policy_or_is_on_the_anonymous_list()
    {
        var undeclared = Endpoints().Where(e => e.Policies is null).Select(e => e.Key).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Anonymous.Order(StringComparer.OrdinalIgnoreCase), undeclared.Where(Anonymous.Contains).Order(StringComparer.OrdinalIgnoreCase));
        Assert.True(undeclared.All(Anonymous.Contains), "endpoints without a policy: " + string.Join(", ", undeclared.Where(k => !Anonymous.Contains(k))));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_role_and_anonymous_as_its_policy_says()
    {
        var endpoints = Endpoints().ToList();
        var policies = host.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var accounts = Monolith.Host.ModuleList.All.SelectMany(m => m.Info.DemoAccounts).ToList();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var account in accounts)
        {
            clients[account.UserName] = await host.ClientFor(account.UserName);
        }

        using var anonymous = host.Anonymous();
        var statuses = new Dictionary<int, int>();
        var violations = new List<string>();
        var sent = 0;
        foreach (var endpoint in endpoints)
        {
            var roles = await AllowedRolesAsync(policies, endpoint);
            foreach (var (user, role) in accounts.Select(a => ((string?)a.UserName, (string?)a.Role)).Prepend((null, null)))
            {
                var allowed = endpoint.Policies is null || (user is not null && (roles is null || roles.Contains(role!)));
                if (allowed && user is not null && NotSentAsAllowed.Contains(endpoint.Key))
                {
                    continue;
                }

                using var response = await SendAsync(user is null ? anonymous : clients[user], endpoint);
                sent++;
                statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                var verdict = Verdict(endpoint, response, allowed, user is null);
                if (verdict is not null)
                {
                    violations.Add($"{endpoint.Key} as {user ?? "anonymous"}: {(int)response.StatusCode} {response.Headers.Location} — {verdict}");
                }
            }
        }

        output.WriteLine($"{endpoints.Count} endpoints, {sent} requests, statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}, violations: {violations.Count}");
        Assert.True(endpoints.Count > 50, $"only {endpoints.Count} endpoints found");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static string? Verdict(HostEndpoint endpoint, HttpResponseMessage response, bool allowed, bool anonymous)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.ToString() ?? string.Empty;
        var toSignIn = status == 302 && location.Contains("/Login", StringComparison.OrdinalIgnoreCase);
        var toDenied = status == 302 && location.Contains("/denied", StringComparison.OrdinalIgnoreCase);
        if (status >= 500)
        {
            return "server error";
        }

        if (allowed && endpoint.Key.EndsWith(" /Denied", StringComparison.Ordinal))
        {
            return status == 403 ? null : "the denied page answers 403"; // by design: it is the answer to a refusal
        }

        if (allowed)
        {
            return status is 401 or 403 || (endpoint.Policies is not null && (toSignIn || toDenied)) ? "refused to an allowed caller" : null;
        }

        if (endpoint.IsApi)
        {
            return status == (anonymous ? 401 : 403) ? null : $"expected {(anonymous ? 401 : 403)}";
        }

        return (anonymous ? toSignIn : toDenied) ? null : $"expected a redirect to {(anonymous ? "/Login" : "/denied")}";
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HostEndpoint endpoint)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (endpoint.Method != "GET")
        {
            // Broken on purpose: authorisation runs before the body is read, and an allowed caller gets a 400, not a write.
            request.Content = endpoint switch
            {
                { Accepts: "multipart/form-data" } => new MultipartFormDataContent { { new StringContent("probe"), "probe" } },
                { IsApi: true } => new StringContent("{", Encoding.UTF8, "application/json"),
                _ => new FormUrlEncodedContent([new("probe", "1")]),
            };
        }

        return await client.SendAsync(request);
    }

    private static Task<HashSet<string>?> AllowedRolesAsync(IAuthorizationPolicyProvider provider, HostEndpoint endpoint) =>
        HostEndpoints.AllowedRolesAsync(provider, endpoint);

    private IEnumerable<HostEndpoint> Endpoints() => HostEndpoints.All(host.Services);
}
