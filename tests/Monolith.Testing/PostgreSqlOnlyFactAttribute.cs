using Xunit;

namespace Monolith.Testing;

/// <summary>
/// A test of what only a server engine does (persistent Hangfire storage, a dump and restore): run when the suites run
/// on PostgreSQL (MONOLITH_TEST_DATABASE=PostgreSql, as build/test.sh does), skipped on SQLite.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlOnlyFactAttribute : FactAttribute
{
    public PostgreSqlOnlyFactAttribute()
    {
        if (TestDatabase.Engine != TestDatabase.PostgreSql)
        {
            Skip = "needs the PostgreSQL suites (MONOLITH_TEST_DATABASE=PostgreSql)";
        }
    }
}
