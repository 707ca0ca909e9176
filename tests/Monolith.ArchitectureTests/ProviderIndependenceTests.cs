using System.Xml.Linq;
using Monolith.Testing;

namespace Monolith.ArchitectureTests;

/// <summary>
/// ADR 0047: the building blocks and the modules know database engines only through IDatabaseProvider; the engines'
/// packages are referenced by the projects under src/Providers, and those only by the host and the migrations.
/// </summary>
public sealed class ProviderIndependenceTests
{
    private static readonly string[] EnginePackages =
    [
        "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql", "Hangfire.SqlServer",
        "Hangfire.PostgreSql", "Hangfire.InMemory", "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient",
    ];

    [Fact]
    public void The_building_blocks_and_the_modules_reference_no_database_engine()
    {
        var offenders = new List<string>();
        foreach (var assembly in Subjects.Real.Assemblies.Where(a => a != Subjects.Host))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (IsEngine(reference.Name) || reference.Name?.StartsWith("Monolith.Providers.", StringComparison.Ordinal) == true)
                {
                    offenders.Add($"{assembly.GetName().Name} → {reference.Name}");
                }
            }
        }

        foreach (var project in ProjectFiles("src/BuildingBlocks").Concat(ProjectFiles("src/Modules")))
        {
            foreach (var package in XDocument.Load(project).Descendants("PackageReference").Select(p => (string?)p.Attribute("Include")))
            {
                if (IsEngine(package))
                {
                    offenders.Add($"{Path.GetFileName(project)} → package {package}");
                }
            }
        }

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Each_engine_project_references_its_own_engine_and_nothing_else()
    {
        var expected = new Dictionary<string, string[]>
        {
            ["Monolith.Providers.Sqlite"] = ["Hangfire.InMemory", "Microsoft.EntityFrameworkCore.Sqlite"],
            ["Monolith.Providers.SqlServer"] = ["Hangfire.SqlServer", "Microsoft.EntityFrameworkCore.SqlServer"],
            ["Monolith.Providers.PostgreSql"] = ["Hangfire.PostgreSql", "Npgsql.EntityFrameworkCore.PostgreSQL"],
        };
        var projects = ProjectFiles("src/Providers").ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => p);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), projects.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, packages) in expected)
        {
            var actual = XDocument.Load(projects[name]).Descendants("PackageReference").Select(p => (string)p.Attribute("Include")!);
            Assert.Equal(packages, actual.Order(StringComparer.Ordinal));
        }
    }

    private static bool IsEngine(string? name) =>
        name is not null && EnginePackages.Any(e => name.Equals(e, StringComparison.OrdinalIgnoreCase) || name.StartsWith(e + ".", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> ProjectFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Root, folder), "*.csproj", SearchOption.AllDirectories);
}
