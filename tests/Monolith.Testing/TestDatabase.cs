using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Monolith.Testing;

/// <summary>
/// A fresh database, deleted on dispose: a SQLite file under the temp folder, or, when MONOLITH_TEST_DATABASE is
/// "PostgreSql", a new database on the throwaway cluster build/postgres.sh started (MONOLITH_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>
    /// The personal-data key every test host shares (ADR 0042), so hosts over different files reuse one cached model;
    /// without it each file would get its own key file and its own model. Not a secret: test data is fake.
    /// </summary>
    public const string PersonalDataKey = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    public const string Sqlite = "Sqlite";

    public const string PostgreSql = "PostgreSql";

    public TestDatabase()
        : this(Engine)
    {
    }

    public TestDatabase(string provider)
    {
        Provider = provider;
        if (provider == PostgreSql)
        {
            var admin = new NpgsqlConnectionStringBuilder(AdminConnectionString);
            var name = $"monolith_test_{Guid.NewGuid():N}";
            Execute(admin.ConnectionString, $"CREATE DATABASE \"{name}\"");
            admin.Database = name;
            ConnectionString = admin.ConnectionString;
        }
        else
        {
            var folder = Path.Combine(Path.GetTempPath(), "monolith-tests");
            Directory.CreateDirectory(folder);
            FilePath = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={FilePath}";
        }
    }

    /// <summary>The engine the suites run on this time: "Sqlite" unless MONOLITH_TEST_DATABASE says "PostgreSql".</summary>
    public static string Engine =>
        string.Equals(Environment.GetEnvironmentVariable("MONOLITH_TEST_DATABASE"), PostgreSql, StringComparison.OrdinalIgnoreCase) ? PostgreSql : Sqlite;

    /// <summary>Why a SQLite-file test does not run now, or null when it does (for <c>Skip</c>).</summary>
    public static string? SkipUnlessSqlite => Engine == Sqlite ? null : "reads or writes the SQLite file itself";

    /// <summary>The cluster's admin connection string (build/postgres.sh); the PostgreSQL suites fail without it.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("MONOLITH_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("MONOLITH_TEST_POSTGRES is not set: start the throwaway cluster with `eval \"$(build/postgres.sh start)\"` (build/test.sh does).");

    /// <summary>"Sqlite" or "PostgreSql", as "Database:Provider" names it.</summary>
    public string Provider { get; }

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>A table of a module as SQL names it on this engine: prefixed in SQLite, in the module's schema elsewhere.</summary>
    public string Table(string schema, string module, string table) => TableOn(Provider, schema, module, table);

    public static string TableOn(string provider, string schema, string module, string table) =>
        provider == PostgreSql ? $"\"{schema}\".\"{table}\"" : $"\"{module}{table}\"";

    /// <summary>An open connection to the database, for reading what the service wrote.</summary>
    public DbConnection OpenConnection() => OpenConnection(Provider, ConnectionString);

    public static DbConnection OpenConnection(string provider, string connectionString)
    {
        DbConnection connection = provider == PostgreSql ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The first column of the first row of a query, as a long (a count).</summary>
    public long Scalar(string sql) => Scalar(Provider, ConnectionString, sql);

    public static long Scalar(string provider, string connectionString, string sql)
    {
        using var connection = OpenConnection(provider, connectionString);
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // test SQL from constants and quoted table names
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The number of rows in every table of the database (the service's and Hangfire's), by quoted table name.</summary>
    public static Dictionary<string, long> RowCounts(string provider, string connectionString)
    {
        using var connection = OpenConnection(provider, connectionString);
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = provider == PostgreSql
                ? "SELECT '\"' || table_schema || '\".\"' || table_name || '\"' FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')"
                : "SELECT '\"' || name || '\"' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var count = connection.CreateCommand();
#pragma warning disable CA2100 // table names come from the catalogue, quoted
            count.CommandText = $"SELECT COUNT(*) FROM {table}";
#pragma warning restore CA2100
            counts[table] = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    public void Dispose()
    {
        if (Provider == PostgreSql)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            var admin = new NpgsqlConnectionStringBuilder(ConnectionString);
            var name = admin.Database;
            admin.Database = new NpgsqlConnectionStringBuilder(AdminConnectionString).Database;
            Execute(admin.ConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", ".key" })
        {
            try
            {
                File.Delete(FilePath + suffix);
            }
            catch (IOException)
            {
                // A file still held open by a finalising connection is left for the OS temp cleaner.
            }
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
