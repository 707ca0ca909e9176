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

    /// <summary>
    /// The personal-data key every test host shares (ADR 0042), so hosts over different files reuse one cached model;
    /// without it each file would get its own key file and its own model. Not a secret: test data is fake.
    /// </summary>
    public const string PersonalDataKey = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    public void Dispose()
    {
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
}
