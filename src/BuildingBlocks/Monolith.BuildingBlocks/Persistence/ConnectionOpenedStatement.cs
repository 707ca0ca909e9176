using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// Runs one statement on every connection a context opens: for settings that belong to the connection, not to the
/// database (SQLite's <c>PRAGMA busy_timeout</c> and <c>PRAGMA synchronous</c>), so a pooled connection that is opened
/// again gets them again.
/// </summary>
public sealed class ConnectionOpenedStatement(string statement) : DbConnectionInterceptor
{
    /// <summary><c>PRAGMA synchronous = NORMAL</c>, for a deployment that chose <see cref="SqliteSynchronous.Normal"/> (ADR 0091).</summary>
    public static readonly ConnectionOpenedStatement SqliteNormalSynchronous = new("PRAGMA synchronous = NORMAL;");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = statement;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
