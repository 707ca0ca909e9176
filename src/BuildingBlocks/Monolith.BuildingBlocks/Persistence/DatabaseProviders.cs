using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// The engine "Database:Provider" names, with the connection string; what every context and Hangfire are built on. On
/// the embedded engine, <paramref name="SqliteSynchronous"/> says whether every commit waits for the disk.
/// </summary>
public sealed record ActiveDatabase(IDatabaseProvider Provider, string ConnectionString, SqliteSynchronous SqliteSynchronous = SqliteSynchronous.Full);

public static class DatabaseProviders
{
    /// <summary>Makes an engine available to "Database:Provider". The host adds every engine it ships.</summary>
    public static IServiceCollection AddDatabaseProvider(this IServiceCollection services, IDatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDatabaseProvider>(provider));
        services.TryAddSingleton(Select);
        return services;
    }

    private static ActiveDatabase Select(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var available = services.GetServices<IDatabaseProvider>().ToList();
        var provider = available.FirstOrDefault(p => string.Equals(p.Name, options.Provider, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"Database:Provider「{options.Provider}」不可用，可选：{string.Join("、", available.Select(p => p.Name))}。" +
                $" Database:Provider '{options.Provider}' is not one of: {string.Join(", ", available.Select(p => p.Name))}.");
        if (!Enum.IsDefined(options.SqliteSynchronous) || (options.SqliteSynchronous != SqliteSynchronous.Full && !provider.IsEmbedded))
        {
            throw new InvalidOperationException(
                $"Database:SqliteSynchronous「{options.SqliteSynchronous}」只适用于嵌入式 SQLite，取值 Full 或 Normal；服务器数据库的持久性由服务器自身配置。" +
                $" Database:SqliteSynchronous '{options.SqliteSynchronous}' applies only to the embedded SQLite, as Full or Normal; a server engine's durability is the server's own setting.");
        }

        return new ActiveDatabase(provider, options.ConnectionString, options.SqliteSynchronous);
    }

    /// <summary>A module's context on an engine: the engine's options, the module's schema, and a model cached per engine and key.</summary>
    public static void Configure(DbContextOptionsBuilder builder, IDatabaseProvider provider, string connectionString, string schema)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(provider);
        provider.Configure(builder, connectionString, schema);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new DatabaseProviderExtension(provider));

        // The model differs per engine (table names, conventions) and holds the personal-data key's converter, so the cached model must too.
        builder.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }

    private sealed class ProviderAwareModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), context.Database.ProviderName, designTime, (context as ModuleDbContext)?.Protector.ModelCacheKey);
    }
}

/// <summary>Carries the engine into the context, whose model conventions and table naming depend on it.</summary>
internal sealed class DatabaseProviderExtension(IDatabaseProvider provider) : IDbContextOptionsExtension
{
    public IDatabaseProvider Provider { get; } = provider;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => string.Empty;

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}
