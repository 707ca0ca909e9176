using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// Sets <c>PRAGMA synchronous = NORMAL</c> on every connection a module context opens, when the deployment chose
/// <see cref="SqliteSynchronous.Normal"/> (only allowed on the embedded engine). The setting belongs to the connection, not
/// to the file, so it is set at each open (ADR 0091).
/// </summary>
internal sealed class SqliteNormalSynchronous : DbConnectionInterceptor
{
    public static readonly SqliteNormalSynchronous Instance = new();

    private const string Pragma = "PRAGMA synchronous = NORMAL;";

    private SqliteNormalSynchronous()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
