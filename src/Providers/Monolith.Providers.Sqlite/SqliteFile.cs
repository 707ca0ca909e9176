using Microsoft.Data.Sqlite;

namespace Monolith.Providers.Sqlite;

/// <summary>The database file: where it is, and making it owner-only and WAL before the first migration.</summary>
public static class SqliteFile
{
    /// <summary>The full path of the file a connection string opens; null for an in-memory database.</summary>
    public static string? PathOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var inMemory = builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:";
        return inMemory ? null : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>
    /// Creates the SQLite file owner-only (0600, its new folder 0700) before SQLite opens it, and tightens an existing
    /// file: it holds people's ID numbers and phones. SQLite gives its -wal and -shm files the database file's mode.
    /// </summary>
    public static async Task PrepareAsync(string connectionString, CancellationToken cancellationToken)
    {
        if (PathOf(connectionString) is { } path)
        {
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            if (!OperatingSystem.IsWindows())
            {
                if (!File.Exists(path))
                {
                    try
                    {
                        using var created = new FileStream(path, new FileStreamOptions
                        {
                            Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                        });
                    }
                    catch (IOException) when (File.Exists(path))
                    {
                        // Another host created it at the same moment.
                    }
                }

                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        // WAL lets pages read while the relay or a command writes; the setting persists in the file.
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
