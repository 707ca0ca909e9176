using Monolith.Providers.Sqlite;

namespace Monolith.BuildingBlocks.Tests.Unit;

/// <summary>Issue #7, defect 7: the SQLite file holds ID numbers and phones, so only its owner may read it (ADR 0035).</summary>
public sealed class SqliteFileModeTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"monolith-mode-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_new_database_file_and_its_new_folder_are_owner_only_and_an_existing_file_is_tightened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(folder, "data", "monolith.db");

        await SqliteFile.PrepareAsync($"Data Source={path}", CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        await SqliteFile.PrepareAsync($"Data Source={path}", CancellationToken.None);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
