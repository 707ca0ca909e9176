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
}
