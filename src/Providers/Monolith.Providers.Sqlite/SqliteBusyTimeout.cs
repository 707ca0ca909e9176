using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Providers.Sqlite;

/// <summary>
/// Lets SQLite itself wait for a lock on every connection EF Core opens (<c>PRAGMA busy_timeout</c>). Without it
/// Microsoft.Data.Sqlite answers SQLITE_BUSY by sleeping 150 ms before each retry, so two writers that meet pay 150 ms
/// even when the lock is free again a millisecond later; SQLite's own busy handler retries within milliseconds.
/// The managed retry (the command timeout) still applies after this wait.
/// </summary>
public static class SqliteBusyTimeout
{
    public const int Milliseconds = 5_000;

    public static readonly ConnectionOpenedStatement Interceptor = new(FormattableString.Invariant($"PRAGMA busy_timeout = {Milliseconds};"));
}
