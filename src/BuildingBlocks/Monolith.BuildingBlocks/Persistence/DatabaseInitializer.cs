using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// Prepares the database at start-up: creates the SQLite folder and WAL journal, applies every context's migrations.
/// A context with no migrations at all (a module before its first migration, a test's fixture module) gets its tables
/// created from its model, in development on SQLite only; anywhere else the service refuses to start without them.
/// </summary>
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

        var development = scope.ServiceProvider.GetService<IHostEnvironment>()?.IsDevelopment() == true;
        foreach (var db in AllContexts(scope.ServiceProvider))
        {
            if (db.Database.GetMigrations().Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            else if (development && options.Provider == DatabaseProvider.Sqlite)
            {
                await CreateTablesOnceAsync(db, cancellationToken);
            }
            else
            {
                // Migrate() would log that it found no migrations and go on: the module would fail at its first request.
                throw new InvalidOperationException(
                    $"{db.GetType().Name} 没有数据库迁移，服务不能启动：请用 build/add-migration.sh 为它添加迁移（只有开发环境的 SQLite 数据库会直接按模型建表）。");
            }

            if (db is ModuleDbContext module)
            {
                await PersonalDataUpgrade.EncryptPlainValuesAsync(module, cancellationToken);
            }
        }
    }

    /// <summary>Every module's context, in registration order (the platform module first).</summary>
    internal static IEnumerable<DbContext> AllContexts(IServiceProvider scopedServices) =>
        scopedServices.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.DbContext(scopedServices));

    /// <summary>Creates the context's tables unless an earlier start did; refuses a file that has only some of them.</summary>
    private static async Task CreateTablesOnceAsync(DbContext db, CancellationToken cancellationToken)
    {
        var tables = db.Model.GetRelationalModel().Tables.Select(t => t.Name).ToList();
        var existing = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync(cancellationToken);
        var missing = tables.Except(existing, StringComparer.OrdinalIgnoreCase).Count();
        if (missing == tables.Count)
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        }
        else if (missing > 0)
        {
            throw new InvalidOperationException(
                $"{db.GetType().Name} 的模型已改变而它没有数据库迁移：请删除开发用的数据库文件，或为它添加迁移。");
        }
    }

    /// <summary>
    /// Creates the SQLite file owner-only (0600, its new folder 0700) before SQLite opens it, and tightens an existing
    /// file: it holds people's ID numbers and phones. SQLite gives its -wal and -shm files the database file's mode.
    /// </summary>
    internal static async Task PrepareSqliteAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        var onDisk = builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(dataSource) && dataSource != ":memory:";
        if (onDisk)
        {
            var path = Path.GetFullPath(dataSource);
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            if (!OperatingSystem.IsWindows())
            {
                if (!File.Exists(path))
                {
                    try
                    {
                        using var created = new FileStream(path, new FileStreamOptions
                        {
                            Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                        });
                    }
                    catch (IOException) when (File.Exists(path))
                    {
                        // Another host created it at the same moment.
                    }
                }

                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        // WAL lets pages read while the relay or a command writes; the setting persists in the file.
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
