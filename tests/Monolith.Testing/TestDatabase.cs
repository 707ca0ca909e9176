using Microsoft.Data.Sqlite;

namespace Monolith.Testing;

/// <summary>A fresh SQLite database file under the temp folder, deleted on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "monolith-tests");
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
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
}
