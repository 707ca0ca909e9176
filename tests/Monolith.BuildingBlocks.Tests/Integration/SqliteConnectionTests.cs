using Microsoft.EntityFrameworkCore;
using Monolith.Providers.Sqlite;
using Monolith.BuildingBlocks.Tests.TestModules.Publisher;
using Monolith.Testing;

namespace Monolith.BuildingBlocks.Tests.Integration;

/// <summary>Every connection a module context opens on SQLite lets SQLite wait for a lock itself (<see cref="SqliteBusyTimeout"/>).</summary>
public sealed class SqliteConnectionTests
{
    [SqliteOnlyFact]
    public async Task Each_module_connection_has_sqlites_own_busy_timeout()
    {
        await using var platform = await PlatformFixture.CreateAsync([new PublisherModule()], policyProfile: null);

        var timeout = await platform.QueryAsync<PublisherDbContext, long>(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            return (long)(await command.ExecuteScalarAsync())!;
        });

        Assert.Equal(SqliteBusyTimeout.Milliseconds, timeout);
    }
}
