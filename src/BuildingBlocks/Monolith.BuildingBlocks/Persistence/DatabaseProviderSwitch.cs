using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// The one place that knows the database providers: EF Core provider, migrations assembly and history table per
/// module, and Hangfire storage. Adding PostgreSQL means adding a case here and a migrations project.
/// </summary>
public static class DatabaseProviderSwitch
{
    public const string SqliteMigrationsAssembly = "Monolith.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Monolith.Migrations.SqlServer";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string schema)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                // SQLite has no schemas: each module keeps its own history table instead of one per schema.
                builder.UseSqlite(options.ConnectionString, sqlite => sqlite
                    .MigrationsAssembly(SqliteMigrationsAssembly)
                    .MigrationsHistoryTable($"__EFMigrationsHistory_{schema}"));
                builder.ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));
                builder.AddInterceptors(SqliteBusyTimeout.Instance);
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(options.ConnectionString, sql => sql
                    .MigrationsAssembly(SqlServerMigrationsAssembly)
                    .MigrationsHistoryTable("__EFMigrationsHistory", schema));
                break;
            default:
                throw new NotSupportedException($"Database provider '{options.Provider}' is not supported.");
        }

        // The model differs per provider (see PersistenceConventions) and holds the personal-data key's converter, so the cached model must too.
        builder.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }

    /// <summary>
    /// Hangfire storage. The embedded default keeps jobs in memory: deadline state lives in module tables and the
    /// recurring sweep rebuilds whatever a restart lost (ADR 0005).
    /// </summary>
    public static JobStorage CreateJobStorage(DatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => new InMemoryStorage(),
        DatabaseProvider.SqlServer => new SqlServerStorage(
            () => new SqlConnection(options.ConnectionString),
            new SqlServerStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }),
        _ => throw new NotSupportedException($"Database provider '{options.Provider}' is not supported."),
    };

    private sealed class ProviderAwareModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), context.Database.ProviderName, designTime, (context as ModuleDbContext)?.Protector.ModelCacheKey);
    }
}
