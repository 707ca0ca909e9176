namespace Monolith.BrowserTests;

/// <summary>Screenshots go to this project's TestResults folder (git-ignored), for a human to look at.</summary>
internal static class Screenshots
{
    public static string PathFor(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Monolith.BrowserTests.csproj")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine([directory?.FullName ?? AppContext.BaseDirectory, "TestResults", .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
