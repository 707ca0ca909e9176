using System.Net;
using System.Net.Http.Json;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests.MultiHost;

/// <summary>
/// The deployment shape of docs/deployment.md: hosts behind a TLS reverse proxy on another machine of the data centre's
/// network, which is named in ReverseProxy:KnownNetworks; sign-in attempts limited to three a minute per client.
/// </summary>
public sealed class ProxyOnTheDataCentreNetwork : HostFactory
{
    public const string Proxy = "10.20.0.5";

    public ProxyOnTheDataCentreNetwork()
    {
        Settings["ReverseProxy:KnownNetworks:0"] = "10.20.0.0/24";
        Settings["SignIn:PermitsPerMinute"] = "3";
    }
}

/// <summary>
/// Behind a proxy every request comes from the proxy's address: the host must take the browser's scheme and address
/// from X-Forwarded-Proto/-For of a configured proxy (so cookies are Secure and the sign-in limit is per browser, not
/// one limit for everyone behind the proxy), and from nobody else.
/// </summary>
public sealed class ReverseProxyTests(ProxyOnTheDataCentreNetwork host) : IClassFixture<ProxyOnTheDataCentreNetwork>
{
    [Fact]
    public async Task A_configured_proxy_network_is_believed_about_TLS_and_a_neighbouring_address_is_not()
    {
        using var viaProxy = ThroughProxy(ProxyOnTheDataCentreNetwork.Proxy, "198.51.100.40");
        using var neighbour = ThroughProxy("10.20.1.5", "198.51.100.41");

        using var proxied = await viaProxy.PostAsJsonAsync("/api/auth/login", new { userName = "union", password = DemoAccounts.Password });
        using var spoofed = await neighbour.PostAsJsonAsync("/api/auth/login", new { userName = "union", password = DemoAccounts.Password });

        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.Contains("secure", AuthCookie(proxied), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, spoofed.StatusCode);
        Assert.DoesNotContain("secure", AuthCookie(spoofed), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_browser_behind_the_proxy_not_for_the_proxy_as_a_whole()
    {
        using var guesser = ThroughProxy(ProxyOnTheDataCentreNetwork.Proxy, "198.51.100.50");
        for (var i = 0; i < 3; i++)
        {
            using var attempt = await guesser.PostAsJsonAsync("/api/auth/login", new { userName = $"proxyguess{i}", password = "Guess2026pass" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using var limited = await guesser.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = DemoAccounts.Password });
        using var colleague = ThroughProxy(ProxyOnTheDataCentreNetwork.Proxy, "198.51.100.51");
        using var other = await colleague.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = DemoAccounts.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    /// <summary>A browser at <paramref name="browser"/> whose requests reach the host from <paramref name="proxy"/> over TLS.</summary>
    private HttpClient ThroughProxy(string proxy, string browser)
    {
        var client = ClientAddressFromTestHeader.From(host.Anonymous(), proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", browser);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("monolith.auth=", StringComparison.Ordinal));
}
