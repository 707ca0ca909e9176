using Microsoft.Data.Sqlite;
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
        await using var first = ComposedHost.Build(ModuleList.All, database.FilePath);
        await using var second = ComposedHost.Build(ModuleList.All, database.FilePath);

        // Both migrate (EF Core serialises that) and then both seed.
        await Task.WhenAll(MonolithApp.InitializeAsync(first.App), MonolithApp.InitializeAsync(second.App));

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(4L, await CountAsync(connection, "SELECT COUNT(*) FROM LegalAidLawyers"));
        Assert.Equal(
            await CountAsync(connection, "SELECT COUNT(DISTINCT UserName) FROM PlatformAccounts"),
            await CountAsync(connection, "SELECT COUNT(*) FROM PlatformAccounts"));
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
