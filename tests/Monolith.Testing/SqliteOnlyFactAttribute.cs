using Xunit;

namespace Monolith.Testing;

/// <summary>
/// A test of the SQLite file itself (its mode, its pragmas, reading every cell of it): skipped when the suites run on
/// PostgreSQL (MONOLITH_TEST_DATABASE=PostgreSql), where the same behaviour is covered by the engine-neutral tests.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestDatabase.SkipUnlessSqlite is { } reason)
        {
            Skip = reason;
        }
    }
}
