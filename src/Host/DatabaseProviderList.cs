using Monolith.BuildingBlocks.Persistence;
using Monolith.Providers.PostgreSql;
using Monolith.Providers.Sqlite;
using Monolith.Providers.SqlServer;

namespace Monolith.Host;

/// <summary>The database engines this service ships (ADR 0047); "Database:Provider" picks one by name.</summary>
internal static class DatabaseProviderList
{
    public static IReadOnlyList<IDatabaseProvider> All { get; } =
    [
        SqliteProvider.Instance,
        SqlServerProvider.Instance,
        PostgreSqlProvider.Instance,
    ];
}
