using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// A database engine the service can run on (ADR 0047). Each is one small project under src/Providers that only the
/// host references; the "Database:Provider" setting picks one by <see cref="Name"/>. The building blocks and the
/// modules know only this contract, never a provider package.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>The value of "Database:Provider" that selects it: "Sqlite", "SqlServer", "PostgreSql".</summary>
    string Name { get; }

    /// <summary>
    /// Whether the engine has schemas. Without them (SQLite) two modules' "Applications" tables would collide, so every
    /// table is also prefixed with its module's name; with them the module's schema is enough.
    /// </summary>
    bool HasSchemas { get; }

    /// <summary>
    /// The embedded default (SQLite): demo data and accounts by default, a personal-data key kept beside the database,
    /// and in development a module without migrations gets its tables from its model. Servers get none of these.
    /// </summary>
    bool IsEmbedded { get; }

    /// <summary>
    /// Whether the engine runs one write transaction at a time for the whole database (SQLite), so that this process
    /// queues its writers in <see cref="WriteGate"/> rather than in the engine's busy-wait.
    /// </summary>
    bool OneWriterAtATime { get; }

    /// <summary>Whether an UPDATE can return the values it wrote with <c>RETURNING</c> (SQLite, PostgreSQL).</summary>
    bool UpdateCanReturn { get; }

    /// <summary>A connection string that is never opened: model building, migrations and script generation need none.</summary>
    string OfflineConnectionString { get; }

    /// <summary>The assembly holding this engine's migrations of every module (src/Migrations/Monolith.Migrations.&lt;Name&gt;).</summary>
    string MigrationsAssembly { get; }

    /// <summary>Points a module's context at the database, with the module's migrations history in the module's own schema or table.</summary>
    void Configure(DbContextOptionsBuilder builder, string connectionString, string schema);

    /// <summary>Type conventions the engine needs (e.g. how an instant is stored).</summary>
    void ConfigureConventions(ModelConfigurationBuilder configuration);

    /// <summary>Hangfire's storage on this engine.</summary>
    JobStorage CreateJobStorage(string connectionString);

    /// <summary>Anything to do before the first migration (create the file owner-only, switch on WAL); nothing on servers.</summary>
    Task PrepareAsync(string connectionString, CancellationToken cancellationToken);

    /// <summary>
    /// The embedded engine's key file when none is configured (beside the database file); null for an in-memory database,
    /// whose key need not outlive the process. Servers are never asked: they require a configured key.
    /// </summary>
    string? DefaultPersonalDataKeyFile(string connectionString);

    /// <summary>
    /// Holds the lock EF Core takes for migrations (on <paramref name="db"/>'s open connection) until disposed, so that of
    /// several hosts starting together on one database only one at a time runs the start-up writes (module initializers,
    /// demo data); the others wait and then find them done.
    /// </summary>
    Task<IAsyncDisposable> AcquireStartupLockAsync(DbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the start-up lock is independent of EF Core's own migrations lock, so that the migrations of every
    /// context can run inside it (PostgreSQL: EF's lock ends with each migration's transaction, so two hosts migrating
    /// at once could both apply one migration). Where it is EF's own lock, holding it around Migrate would wait forever.
    /// </summary>
    bool StartupLockSpansMigrations { get; }

    /// <summary>The names of the tables the database has now (for creating a migration-less context's tables once).</summary>
    Task<IReadOnlyCollection<string>> ExistingTablesAsync(DbContext db, CancellationToken cancellationToken);
}
