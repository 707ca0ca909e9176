using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Monolith.Providers.Sqlite;

/// <summary>
/// Lets SQLite itself wait for a lock on every connection EF Core opens (<c>PRAGMA busy_timeout</c>). Without it
/// Microsoft.Data.Sqlite answers SQLITE_BUSY by sleeping 150 ms before each retry, so two writers that meet pay 150 ms
/// even when the lock is free again a millisecond later; SQLite's own busy handler retries within milliseconds.
/// The managed retry (the command timeout) still applies after this wait.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 5_000;

    public static readonly SqliteBusyTimeout Instance = new();

    private static readonly string Pragma = FormattableString.Invariant($"PRAGMA busy_timeout = {Milliseconds};");

    private SqliteBusyTimeout()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection sqlite)
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
