using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Identity;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests;

/// <summary>Linkage numbers are issued inside each registration's transaction: concurrent clerks never share or skip one.</summary>
public sealed class ConcurrencyTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const int PerClerk = 20;

    [Fact]
    public async Task Two_clerks_registering_twenty_applications_each_at_once_get_forty_distinct_sequential_linkage_numbers()
    {
        var admin = await host.ClientFor("admin");
        using var created = await admin.PostAsJsonAsync("/api/admin/accounts", new
        {
            userName = "arbitration2",
            displayName = "第二仲裁立案员（测试）",
            role = "ArbitrationClerk",
            password = "Second2026clerk",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = await host.ClientFor("arbitration");
        using var second = await host.SignInAsync("arbitration2", "Second2026clerk");

        var registrations = Enumerable.Range(0, PerClerk)
            .SelectMany(i => new[] { (Clerk: first, Seed: 500 + i), (Clerk: second, Seed: 600 + i) })
            .Select(r => r.Clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(r.Seed))));
        var results = await Task.WhenAll(registrations);

        var expected = Enumerable.Range(1, 2 * PerClerk)
            .Select(n => string.Create(CultureInfo.InvariantCulture, $"360100-ZC-2026-{n:D6}"));
        Assert.Equal(expected, results.Select(r => r.LinkageNumber).Order(StringComparer.Ordinal));
        Assert.Equal(2 * PerClerk, results.Select(r => r.Id).Distinct().Count());
        var listed = await first.GetJsonAsync(Api.Applications);
        Assert.Equal(2 * PerClerk, listed.GetProperty("totalCount").GetInt32());
    }
}
