using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Monolith.Bench;

/// <summary>
/// The database a bench run drives: a fresh SQLite file (the default), or a fresh database on a PostgreSQL server
/// (<c>--database postgresql</c>; bench/run.sh starts a throwaway cluster). The host and the bare baseline both use it,
/// and the driver reads the modules' tables from it directly.
/// </summary>
internal sealed class BenchDatabase
{
    private readonly string? adminConnectionString;

    private BenchDatabase(string provider, string connectionString, string description, string? adminConnectionString, string? file)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Description = description;
        this.adminConnectionString = adminConnectionString;
        File = file;
    }

    /// <summary>The host's Database:Provider: "Sqlite" or "PostgreSql".</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public string Description { get; }

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? File { get; }

    public bool IsSqlite => File is not null;

    public static BenchDatabase SqliteFile(string file) =>
        new("Sqlite", $"Data Source={file}", $"SQLite (WAL) {file}", null, file);

    /// <summary>Creates database <paramref name="name"/> on the server that <paramref name="adminConnectionString"/> reaches.</summary>
    public static async Task<BenchDatabase> CreatePostgreSqlAsync(string adminConnectionString, string name)
    {
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var create = admin.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{name}\"";
        await create.ExecuteNonQueryAsync();
        await using var version = admin.CreateCommand();
        version.CommandText = "SHOW server_version";
        var server = (string)(await version.ExecuteScalarAsync())!;
        await using var fsync = admin.CreateCommand();
        fsync.CommandText = "SHOW fsync";
        var durable = (string)(await fsync.ExecuteScalarAsync())! == "on";
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name };
        return new BenchDatabase(
            "PostgreSql", builder.ConnectionString, $"PostgreSQL {server} on {builder.Host}:{builder.Port}, database {name}, fsync {(durable ? "on" : "off")}",
            adminConnectionString, null);
    }

    /// <summary>Drops a PostgreSQL database this run created; nothing for a file, which goes with the work directory.</summary>
    public async Task DropAsync()
    {
        if (adminConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>How many events of <paramref name="type"/> a module's inbox has completed.</summary>
    public async Task<long> InboxCompletedAsync(string module, string schema, string type)
    {
        await using var connection = await OpenReadOnlyAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {Inbox(module, schema)} WHERE \"Type\" = @type AND \"CompletedAt\" IS NOT NULL";
        Add(command, "@type", type);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The event time and the handler's commit of the newest <paramref name="count"/> completed events of <paramref name="type"/>.</summary>
    public async Task<List<(DateTimeOffset Occurred, DateTimeOffset Completed)>> InboxTimesAsync(string module, string schema, string type, int count)
    {
        await using var connection = await OpenReadOnlyAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT \"OccurredAt\", \"CompletedAt\" FROM {Inbox(module, schema)} WHERE \"Type\" = @type AND \"CompletedAt\" IS NOT NULL ORDER BY \"OccurredAt\" DESC LIMIT @n";
        Add(command, "@type", type);
        Add(command, "@n", count);
        var times = new List<(DateTimeOffset, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            times.Add(IsSqlite
                ? (new DateTimeOffset(reader.GetInt64(0), TimeSpan.Zero), new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero)) // UTC ticks (SqliteProvider)
                : (reader.GetFieldValue<DateTimeOffset>(0), reader.GetFieldValue<DateTimeOffset>(1)));
        }

        return times;
    }

    // SQLite has no schemas, so a module's tables carry its name (TableNaming); other engines keep them in its schema.
    private string Inbox(string module, string schema) => IsSqlite ? $"\"{module}Inbox\"" : $"\"{schema}\".\"Inbox\"";

    private async Task<DbConnection> OpenReadOnlyAsync()
    {
        DbConnection connection = IsSqlite ? new SqliteConnection($"Data Source={File};Mode=ReadOnly") : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
