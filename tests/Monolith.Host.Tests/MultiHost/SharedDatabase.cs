using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Testing;

namespace Monolith.Host.Tests.MultiHost;

/// <summary>
/// The one database every host process of a test shares, and the only place that says which it is: a fresh database of
/// the run's engine (a SQLite file, or PostgreSQL when MONOLITH_TEST_DATABASE says so). The processes and the inspector
/// read <see cref="Provider"/> and <see cref="ConnectionString"/>, nothing else.
/// </summary>
internal sealed class SharedDatabase : IDisposable
{
    private readonly TestDatabase database = new();

    /// <summary>The provider name as the setting Database:Provider takes it.</summary>
    public string Provider => database.Provider;

    public string ConnectionString => database.ConnectionString;

    /// <summary>What every host on this database must be given alike (docs/deployment.md).</summary>
    public IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Database:Provider"] = Provider,
        ["Database:ConnectionString"] = ConnectionString,
        ["Database:MigrateOnStart"] = "true",
        ["PersonalData:Key"] = TestDatabase.PersonalDataKey,
    };

    /// <summary>
    /// The platform's services over this database without a web host (no hosted service, no Hangfire server): the
    /// modules' DbContexts and the data-protection key manager, to read what the hosts wrote through the same model.
    /// </summary>
    public ServiceProvider Inspector()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(HostSettings.ToDictionary(s => s.Key, s => (string?)s.Value))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        foreach (var provider in DatabaseProviderList.All)
        {
            services.AddDatabaseProvider(provider);
        }

        services.AddPlatform(configuration, ModuleList.All);
        return services.BuildServiceProvider();
    }

    public void Dispose() => database.Dispose();
}
