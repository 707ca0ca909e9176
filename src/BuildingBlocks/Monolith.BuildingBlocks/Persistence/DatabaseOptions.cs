namespace Monolith.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one SQLite file, migrated on start.</summary>
    Sqlite,

    /// <summary>Production: SQL Server, with Hangfire's SQL Server storage.</summary>
    SqlServer,
}

/// <summary>Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "Data Source=data/monolith.db";

    /// <summary>Apply pending migrations at start-up. On for the embedded default; production may run the SQL script instead.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
