using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests.MultiHost;

/// <summary>
/// Two hosts on one database share the data-protection key ring through the platform's table (ADR 0045): a sign-in
/// cookie or an antiforgery token issued by one is accepted by the other. A host on another database, which shares
/// everything else (the machine, the user profile, the content root, the application name), refuses them: so the keys
/// travel through the database and not through a key folder on this machine.
/// </summary>
public sealed class SharedKeyRingTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase database = new();
    private HostFactory a = null!;
    private HostFactory b = null!;
    private HostFactory elsewhere = null!;

    public async Task InitializeAsync()
    {
        a = HostFactory.Over(database.ConnectionString);
        await a.InitializeAsync();
        b = HostFactory.Over(database.ConnectionString);
        await b.InitializeAsync();
        elsewhere = new HostFactory();
        await elsewhere.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await a.DisposeAsync();
        await b.DisposeAsync();
        await elsewhere.DisposeAsync();
    }

    // xunit disposes after DisposeAsync: the file goes once both hosts on it have stopped.
    public void Dispose() => database.Dispose();

    [Fact]
    public async Task A_sign_in_cookie_from_one_host_is_accepted_by_the_other_and_not_by_a_host_on_another_database()
    {
        var cookies = new Cookies();
        using (var fromA = Client(a))
        using (var signedIn = await fromA.PostAsJsonAsync("/api/auth/login", new { userName = "arbitration", password = DemoAccounts.Password }))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
            cookies.Take(signedIn);
        }

        Assert.NotNull(cookies["monolith.auth"]);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(b, cookies.Request(HttpMethod.Get, "/api/auth/me")));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(b, cookies.Request(HttpMethod.Get, "/api/arbitration/applications")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(elsewhere, cookies.Request(HttpMethod.Get, "/api/auth/me")));
    }

    [Fact]
    public async Task An_antiforgery_token_from_one_hosts_form_posts_on_the_other_and_not_on_a_host_on_another_database()
    {
        var cookies = new Cookies();
        string form;
        using (var fromA = Client(a))
        using (var page = await fromA.SendAsync(cookies.Request(HttpMethod.Get, "/login")))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            cookies.Take(page);
            form = await page.Content.ReadAsStringAsync();
        }

        FormUrlEncodedContent Fields() => new(new Dictionary<string, string>
        {
            ["UserName"] = "legalaid",
            ["Password"] = DemoAccounts.Password,
            ["__RequestVerificationToken"] = ComposedHost.AntiforgeryToken(form),
        });

        // Elsewhere cannot read the antiforgery cookie: the post is refused before the page runs.
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(elsewhere, cookies.Request(HttpMethod.Post, "/login", Fields())));

        using var fromB = Client(b);
        using var posted = await fromB.SendAsync(cookies.Request(HttpMethod.Post, "/login", Fields()));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        cookies.Take(posted);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(a, cookies.Request(HttpMethod.Get, "/api/auth/me")));
    }

    [Fact]
    public void Both_hosts_keep_their_keys_in_the_database_and_hold_the_same_single_key()
    {
        foreach (var host in new[] { a, b })
        {
            var repository = host.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
            Assert.NotNull(repository);
            Assert.StartsWith("EntityFrameworkCoreXmlRepository", repository.GetType().Name, StringComparison.Ordinal);
        }

        var keysOfA = a.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).ToList();
        var keysOfB = b.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).ToList();
        Assert.Single(keysOfA);
        Assert.Equal(keysOfA, keysOfB);
        Assert.DoesNotContain(keysOfA.Single(), elsewhere.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId));
    }

    private static HttpClient Client(HostFactory host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    private static async Task<HttpStatusCode> StatusAsync(HostFactory host, HttpRequestMessage request)
    {
        using (request)
        using (var client = Client(host))
        using (var response = await client.SendAsync(request))
        {
            return response.StatusCode;
        }
    }
}
