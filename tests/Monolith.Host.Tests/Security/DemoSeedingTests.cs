using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests.Security;

/// <summary>Issue #7, defect 11: two hosts starting together on a fresh database seed the demo data once.</summary>
public sealed class DemoSeedingTests
{
    [Fact]
    public async Task Two_hosts_starting_together_on_a_fresh_database_seed_the_demo_data_once()
    {
        using var database = new TestDatabase();
        await using var first = ComposedHost.Build(ModuleList.All, database);
        await using var second = ComposedHost.Build(ModuleList.All, database);

        // Both migrate (EF Core serialises that) and then both seed.
        await Task.WhenAll(MonolithApp.InitializeAsync(first.App), MonolithApp.InitializeAsync(second.App));

        var lawyers = database.Table("legalaid", "LegalAid", "Lawyers");
        var accounts = database.Table("platform", "Platform", "Accounts");
        Assert.Equal(4L, database.Scalar($"SELECT COUNT(*) FROM {lawyers}"));
        Assert.Equal(
            database.Scalar($"SELECT COUNT(DISTINCT \"UserName\") FROM {accounts}"),
            database.Scalar($"SELECT COUNT(*) FROM {accounts}"));
    }
}
