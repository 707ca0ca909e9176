using System.Net;
using System.Net.Http.Json;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests.Security;

/// <summary>
/// A cookie copied before sign-out, disabling or a password change no longer works after it (issue #7, defect 5): each
/// request checks the cookie's security stamp against the account's.
/// </summary>
public sealed class SessionTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_cookie_saved_before_logout_is_refused_after_it()
    {
        using var browser = await host.SignInAsync("union");
        var saved = await AuthCookieAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(saved).GetAsync("/api/auth/me")).StatusCode);

        using var loggedOut = await browser.PostAsync("/api/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, loggedOut.StatusCode);
        using var replayed = await WithCookie(saved).GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        using var page = await WithCookie(saved).GetAsync("/Union");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location?.PathAndQuery ?? page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_out_on_the_page_ends_the_session_too()
    {
        using var browser = await host.SignInAsync("mediation");
        var saved = await AuthCookieAsync(browser);
        var form = await browser.GetStringAsync("/Logout");

        using var posted = await browser.PostAsync("/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ComposedHost.AntiforgeryToken(form),
        }));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(saved).GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_and_refuses_its_sign_in()
    {
        var admin = await host.ClientFor("admin");
        await CreateAsync(admin, "clerk.disabled", "Disabled2026x");
        using var clerk = await host.SignInAsync("clerk.disabled", "Disabled2026x");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/arbitration/applications")).StatusCode);

        using var disabled = await admin.PostAsync("/api/admin/accounts/clerk.disabled/disable", null);

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await clerk.GetAsync("/api/arbitration/applications")).StatusCode);
        using var again = host.Anonymous();
        using var refused = await again.PostAsJsonAsync("/api/auth/login", new { userName = "clerk.disabled", password = "Disabled2026x" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var admin = await host.ClientFor("admin");
        await CreateAsync(admin, "clerk.changing", "Changing2026x");
        using var here = await host.SignInAsync("clerk.changing", "Changing2026x");
        using var elsewhere = await host.SignInAsync("clerk.changing", "Changing2026x");

        using var wrong = await here.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Wrong2026xx", newPassword = "Changed2027y" });
        Assert.Equal(["currentPassword"], (await wrong.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        using var changed = await here.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Changing2026x", newPassword = "Changed2027y" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/auth/me")).StatusCode);
        using var withOld = host.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await withOld.PostAsJsonAsync("/api/auth/login", new { userName = "clerk.changing", password = "Changing2026x" })).StatusCode);
        using var withNew = await host.SignInAsync("clerk.changing", "Changed2027y");
    }

    private static async Task CreateAsync(HttpClient admin, string userName, string password)
    {
        using var created = await admin.PostAsJsonAsync("/api/admin/accounts", new { userName, displayName = "测试文书", role = "ArbitrationClerk", password });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    /// <summary>The auth cookie as the browser holds it: signing in again proves nothing, replaying the old value does.</summary>
    private static async Task<string> AuthCookieAsync(HttpClient client)
    {
        // The clients of WebApplicationFactory keep cookies in a handler; read them back through /api/auth/me's request.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = request.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : string.Empty;
        Assert.Contains("monolith.auth=", cookie, StringComparison.Ordinal);
        return cookie;
    }

    private HttpClient WithCookie(string cookie)
    {
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
