namespace Monolith.BuildingBlocks.Persistence;

/// <summary>Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The engine, by its <see cref="IDatabaseProvider.Name"/>: "Sqlite" (the embedded default), "SqlServer" or "PostgreSql".</summary>
    public string Provider { get; set; } = "Sqlite";

    public string ConnectionString { get; set; } = "Data Source=data/monolith.db";

    /// <summary>Apply pending migrations at start-up. On for the embedded default; production may run the SQL script instead.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// The embedded engine only (SQLite's <c>PRAGMA synchronous</c>): whether every commit waits for the disk. A server
    /// engine's durability is the server's own setting, so any other value than the default is refused there (ADR 0091).
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Full;
}

/// <summary>How SQLite, in WAL mode, brings a commit to the disk.</summary>
public enum SqliteSynchronous
{
    /// <summary>Every commit syncs the write-ahead log: nothing committed is lost, not even at a power cut. SQLite's default.</summary>
    Full,

    /// <summary>
    /// The log is synced only at checkpoints: a killed process still loses nothing it committed, but a power cut or an
    /// operating-system crash can lose the last commits before it (never corrupting the file). Writers hold the lock
    /// less by the disk's sync time per commit (issue #14, ADR 0091).
    /// </summary>
    Normal,
}
