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
/// Creates every DbContext for a given engine without a running database: what the schema scripts and the
/// migrations-in-sync check need, whatever engine the service itself is configured with.
/// </summary>
internal static class ProviderContexts
{
    public static IReadOnlyList<ContextDescriptor> All(IServiceProvider services) =>
        [.. services.GetRequiredService<ModuleCatalog>().Modules.Select(m => new ContextDescriptor(m.DbContextType, m.Info.Schema))];

    public static DbContext Create(ContextDescriptor context, IDatabaseProvider provider, string? connectionString = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(provider);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(context.ContextType))!;
        DatabaseProviders.Configure(builder, provider, connectionString ?? provider.OfflineConnectionString, context.Schema);
        return (DbContext)Activator.CreateInstance(context.ContextType, builder.Options)!;
    }
}

/// <summary>
/// The idempotent schema script of every context's migrations on one engine, for a DBA to review and run in production
/// (`dotnet run --project src/Host -- --Tools:SchemaScript=artifacts/monolith-sqlserver.sql --Tools:SchemaScriptProvider=SqlServer`).
/// </summary>
public static class SchemaScript
{
    public static string Generate(IServiceProvider services, string providerName)
    {
        var provider = services.GetServices<IDatabaseProvider>().FirstOrDefault(p => string.Equals(p.Name, providerName, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No database provider named '{providerName}'.");
        var script = new StringBuilder();
        script.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"-- 劳动者维权联动平台: idempotent {provider.Name} schema script of every module. Generated; do not edit.");
        foreach (var context in ProviderContexts.All(services))
        {
            using var db = ProviderContexts.Create(context, provider);
            script.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"-- {context.ContextType.Name} (schema {context.Schema})");
            script.AppendLine(db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent));
        }

        return script.ToString();
    }

    public static async Task WriteAsync(IServiceProvider services, string providerName, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await File.WriteAllTextAsync(path, Generate(services, providerName));
    }
}
