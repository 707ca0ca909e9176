using Hangfire;
using Hangfire.InMemory;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Providers.Sqlite;

/// <summary>The embedded default: one SQLite file, owner-only, in WAL mode, migrated on start, with demo data.</summary>
public sealed class SqliteProvider : IDatabaseProvider
{
    public static readonly SqliteProvider Instance = new();

    private SqliteProvider()
    {
    }

    public string Name => "Sqlite";

    public bool HasSchemas => false;

    public bool IsEmbedded => true;

    public bool OneWriterAtATime => true;

    public bool UpdateCanReturn => true;

    public string OfflineConnectionString => "Data Source=:memory:";

    public string MigrationsAssembly => "Monolith.Migrations.Sqlite";

    public void Configure(DbContextOptionsBuilder builder, string connectionString, string schema)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // SQLite has no schemas: each module keeps its own history table instead of one per schema.
        builder.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(MigrationsAssembly)
            .MigrationsHistoryTable($"__EFMigrationsHistory_{schema}"));
        builder.ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));
        builder.AddInterceptors(SqliteBusyTimeout.Interceptor);
    }

    public void ConfigureConventions(ModelConfigurationBuilder configuration) =>

        // SQLite cannot compare or order DateTimeOffset in SQL; all instants are UTC, so store them as UTC ticks.
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();

    /// <summary>Jobs in memory: deadline state lives in module tables and the recurring sweep rebuilds whatever a restart lost (ADR 0005).</summary>
    public JobStorage CreateJobStorage(string connectionString) => new InMemoryStorage();

    public Task PrepareAsync(string connectionString, CancellationToken cancellationToken) =>
        SqliteFile.PrepareAsync(connectionString, cancellationToken);

    public string? DefaultPersonalDataKeyFile(string connectionString) =>
        SqliteFile.PathOf(connectionString) is { } path ? path + ".key" : null;

    /// <summary>A row in the platform's __EFMigrationsLock table, retried until free.</summary>
    /// <summary>The start-up lock is EF Core's migrations lock itself.</summary>
    public bool StartupLockSpansMigrations => false;

    public async Task<IAsyncDisposable> AcquireStartupLockAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.GetService<IHistoryRepository>().AcquireDatabaseLockAsync(cancellationToken);
    }

    public async Task<IReadOnlyCollection<string>> ExistingTablesAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync(cancellationToken);
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
