using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// Prepares the database at start-up: lets the engine prepare (the SQLite file and its WAL journal), applies every
/// context's migrations. A context with no migrations at all (a module before its first migration, a test's fixture
/// module) gets its tables created from its model, in development only; anywhere else the service refuses to start
/// without them.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<ActiveDatabase>();
        await database.Provider.PrepareAsync(database.ConnectionString, cancellationToken);

        var development = scope.ServiceProvider.GetService<IHostEnvironment>()?.IsDevelopment() == true;
        await using var startupLock = database.Provider.StartupLockSpansMigrations ? await StartupLock.AcquireAsync(services, cancellationToken) : null;
        foreach (var db in AllContexts(scope.ServiceProvider))
        {
            if (db.Database.GetMigrations().Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            else if (development)
            {
                await CreateTablesOnceAsync(database.Provider, db, cancellationToken);
            }
            else
            {
                // Migrate() would log that it found no migrations and go on: the module would fail at its first request.
                throw new InvalidOperationException(
                    $"{db.GetType().Name} 没有数据库迁移，服务不能启动：请用 build/add-migration.sh 为它添加迁移（只有开发环境会直接按模型建表）。");
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

    /// <summary>Creates the context's tables unless an earlier start did; refuses a database that has only some of them.</summary>
    private static async Task CreateTablesOnceAsync(IDatabaseProvider provider, DbContext db, CancellationToken cancellationToken)
    {
        var tables = db.Model.GetRelationalModel().Tables.Select(t => t.Name).ToList();
        var existing = await provider.ExistingTablesAsync(db, cancellationToken);
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
}

/// <summary>The engine's start-up lock, held on a connection of its own until disposed.</summary>
internal sealed class StartupLock : IAsyncDisposable
{
    private readonly IServiceScope scope;
    private readonly DbContext db;
    private readonly IAsyncDisposable held;

    private StartupLock(IServiceScope scope, DbContext db, IAsyncDisposable held)
    {
        this.scope = scope;
        this.db = db;
        this.held = held;
    }

    public static async Task<StartupLock> AcquireAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var scope = services.CreateScope();
        try
        {
            var db = DatabaseInitializer.AllContexts(scope.ServiceProvider).First();
            await db.Database.OpenConnectionAsync(cancellationToken);
            var held = await scope.ServiceProvider.GetRequiredService<ActiveDatabase>().Provider.AcquireStartupLockAsync(db, cancellationToken);
            return new StartupLock(scope, db, held);
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await held.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
        finally
        {
            scope.Dispose();
        }
    }
}
