using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>A DbContext type with the schema it lives in.</summary>
internal sealed record ContextDescriptor(Type ContextType, string Schema);

/// <summary>
/// Creates every DbContext for a given provider without a running database: what the SQL Server script and the
/// migrations-in-sync check need, whatever provider the service itself is configured with.
/// </summary>
internal static class ProviderContexts
{
    /// <summary>A connection string that is never opened; script generation and model diffing need none.</summary>
    public const string OfflineSqlServer = "Server=sqlserver;Database=Monolith;Integrated Security=true;TrustServerCertificate=true";

    public static IReadOnlyList<ContextDescriptor> All(IServiceProvider services) =>
        [.. services.GetRequiredService<ModuleCatalog>().Modules.Select(m => new ContextDescriptor(m.DbContextType, m.Info.Schema))];

    public static DbContext Create(ContextDescriptor context, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(context.ContextType))!;
        DatabaseProviderSwitch.Configure(builder, new DatabaseOptions { Provider = provider, ConnectionString = connectionString }, context.Schema);
        return (DbContext)Activator.CreateInstance(context.ContextType, builder.Options)!;
    }
}

/// <summary>
/// The idempotent SQL Server script of every context's migrations, for a DBA to review and run in production
/// (`dotnet run --project src/Host -- --Tools:SqlServerScript=artifacts/monolith-sqlserver.sql`).
/// </summary>
public static class SqlServerScript
{
    public static string Generate(IServiceProvider services)
    {
        var script = new StringBuilder();
        script.AppendLine("-- 劳动者维权联动平台: idempotent SQL Server schema script of every module. Generated; do not edit.");
        foreach (var context in ProviderContexts.All(services))
        {
            using var db = ProviderContexts.Create(context, DatabaseProvider.SqlServer, ProviderContexts.OfflineSqlServer);
            script.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"-- {context.ContextType.Name} (schema {context.Schema})");
            script.AppendLine(db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent));
        }

        return script.ToString();
    }

    public static async Task WriteAsync(IServiceProvider services, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await File.WriteAllTextAsync(path, Generate(services));
    }
}
