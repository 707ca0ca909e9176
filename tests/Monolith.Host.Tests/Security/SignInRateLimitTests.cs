using System.Net;
using System.Net.Http.Json;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests.Security;

/// <summary>A host that allows five sign-in attempts per client address and minute.</summary>
public sealed class FiveSignInsPerMinute : HostFactory
{
    public FiveSignInsPerMinute() => Settings["SignIn:PermitsPerMinute"] = "5";
}

/// <summary>
/// Issue #7, defects 1 and 2 at the HTTP boundary: sign-in attempts are limited per client address (the framework's
/// rate limiter), before any password is checked, whatever names they try; another address is not affected; and the
/// per-name lockout that follows says the same for a real and an unknown name.
/// </summary>
public sealed class SignInRateLimitTests(FiveSignInsPerMinute host) : IClassFixture<FiveSignInsPerMinute>
{
    [Fact]
    public async Task The_sixth_attempt_in_a_minute_from_one_address_gets_429_with_retry_after_and_another_address_still_signs_in()
    {
        using var guesser = ClientAddressFromTestHeader.From(host.Anonymous(), "198.51.100.10");
        for (var i = 0; i < 5; i++)
        {
            using var attempt = await guesser.PostAsJsonAsync("/api/auth/login", new { userName = $"guess{i}", password = "Guess2026pass" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using var limited = await guesser.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = DemoAccounts.Password });
        using var elsewhere = ClientAddressFromTestHeader.From(host.Anonymous(), "198.51.100.11");
        using var other = await elsewhere.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = DemoAccounts.Password });

        var problem = await limited.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(Api.ContainsChinese(problem.Text("detail")));
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.False(limited.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_login_page_is_limited_too_and_answers_with_the_Chinese_error_page()
    {
        using var guesser = ClientAddressFromTestHeader.From(host.Anonymous(), "198.51.100.20");
        var form = await guesser.GetStringAsync("/login");
        var token = ComposedHost.AntiforgeryToken(form);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var posted = await guesser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "admin",
                ["Password"] = "Guess2026pass",
                ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(posted.StatusCode);
            if (posted.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("操作过于频繁", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Locking_admin_from_one_address_leaves_the_administrator_free_to_sign_in_from_their_own()
    {
        using var attacker = ClientAddressFromTestHeader.From(host.Anonymous(), "198.51.100.30");
        for (var i = 0; i < 5; i++)
        {
            using var attempt = await attacker.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "Guess2026pass" });
        }

        using var fromAdminsDesk = ClientAddressFromTestHeader.From(host.Anonymous(), "10.0.0.8");
        using var signedIn = await fromAdminsDesk.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = DemoAccounts.Password });

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }
}
