using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Providers.PostgreSql;

/// <summary>PostgreSQL: one schema per module, Hangfire's tables in the "hangfire" schema, jobs kept across restarts.</summary>
public sealed class PostgreSqlProvider : IDatabaseProvider
{
    public static readonly PostgreSqlProvider Instance = new();

    private PostgreSqlProvider()
    {
    }

    public string Name => "PostgreSql";

    public bool HasSchemas => true;

    public bool IsEmbedded => false;

    public bool OneWriterAtATime => false;

    public bool UpdateCanReturn => true;

    public string OfflineConnectionString => "Host=postgres;Database=monolith;Username=monolith";

    public string MigrationsAssembly => "Monolith.Migrations.PostgreSql";

    public void Configure(DbContextOptionsBuilder builder, string connectionString, string schema) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(MigrationsAssembly)
            .MigrationsHistoryTable("__EFMigrationsHistory", schema));

    /// <summary>
    /// timestamptz holds instants and Npgsql writes only UTC ones; the service's clock answers in China Standard Time
    /// (+08:00), so every instant is turned to UTC on the way in. It reads back in UTC, as on the other engines.
    /// </summary>
    public void ConfigureConventions(ModelConfigurationBuilder configuration) =>
        configuration.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();

    public JobStorage CreateJobStorage(string connectionString) => new PostgreSqlStorage(
        new NpgsqlConnectionFactory(connectionString, Options, null),
        Options);

    public Task PrepareAsync(string connectionString, CancellationToken cancellationToken) => Task.CompletedTask;

    public string? DefaultPersonalDataKeyFile(string connectionString) => null;

    /// <summary>
    /// A session-level advisory lock, independent of Npgsql's migrations lock (LOCK TABLE, released when each
    /// migration's transaction ends): held around the migrations of every context and the start-up writes.
    /// </summary>
    public bool StartupLockSpansMigrations => true;

    public async Task<IAsyncDisposable> AcquireStartupLockAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({StartupLockKey})", cancellationToken);
        return new AdvisoryLock(db);
    }

    public async Task<IReadOnlyCollection<string>> ExistingTablesAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var schema = db.Model.GetDefaultSchema();
        return await db.Database.SqlQuery<string>($"SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = {schema}").ToListAsync(cancellationToken);
    }

    private static readonly PostgreSqlStorageOptions Options = new() { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };

    private sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(),
        value => value.ToUniversalTime());

    /// <summary>Any fixed number: the key of the one advisory lock every host of this service takes at start-up.</summary>
    private const long StartupLockKey = 4_206_202_611;

    private sealed class AdvisoryLock(DbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({StartupLockKey})");
    }
}
