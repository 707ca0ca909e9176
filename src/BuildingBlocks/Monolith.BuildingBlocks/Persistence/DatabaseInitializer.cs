using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>Prepares the database at start-up: creates the SQLite folder and WAL journal, applies every context's migrations.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            await PrepareSqliteAsync(options.ConnectionString, cancellationToken);
        }

        foreach (var db in AllContexts(scope.ServiceProvider))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>Every module's context, in registration order (the platform module first).</summary>
    internal static IEnumerable<DbContext> AllContexts(IServiceProvider scopedServices) =>
        scopedServices.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.DbContext(scopedServices));

    private static async Task PrepareSqliteAsync(string connectionString, CancellationToken cancellationToken)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // WAL lets pages read while the relay or a command writes; the setting persists in the file.
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
