using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Tests.TestModules.Publisher;
using Monolith.Providers.PostgreSql;
using Monolith.Providers.Sqlite;
using Monolith.Testing;

namespace Monolith.BuildingBlocks.Tests.Integration;

/// <summary>
/// ADR 0091: "Database:SqliteSynchronous" says whether every commit on the embedded engine waits for the disk (Full, the
/// default) or only checkpoints do (Normal); a server engine refuses anything but the default at start-up.
/// </summary>
public sealed class SqliteSynchronousTests
{
    private const long Full = 2, Normal = 1; // PRAGMA synchronous answers 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA

    [SqliteOnlyFact]
    public async Task By_default_every_commit_waits_for_the_disk()
    {
        await using var platform = await PlatformFixture.CreateAsync([new PublisherModule()]);
        Assert.Equal(Full, await SynchronousOfAModuleConnectionAsync(platform));
    }

    [SqliteOnlyFact]
    public async Task A_deployment_that_chooses_normal_gets_it_on_every_connection_its_modules_open()
    {
        await using var platform = await PlatformFixture.CreateAsync([new PublisherModule()], settings: new Dictionary<string, string?> { ["Database:SqliteSynchronous"] = "Normal" });

        Assert.Equal(Normal, await SynchronousOfAModuleConnectionAsync(platform));
        Assert.Equal(Normal, await SynchronousOfAModuleConnectionAsync(platform)); // a connection from the pool, opened again
        Assert.True(await platform.QueryAsync<PublisherDbContext, bool>(db => db.Database.CanConnectAsync()));
    }

    [Theory]
    [InlineData("PostgreSql", "Normal")]
    [InlineData("Sqlite", "Off")]
    [InlineData("Sqlite", "7")]
    public void An_unknown_value_or_anything_but_full_on_a_server_engine_is_refused_at_start_up_naming_the_setting(string provider, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = provider == "Sqlite" ? "Data Source=:memory:" : "Host=localhost",
            ["Database:SqliteSynchronous"] = value,
        }).Build();
        var services = new ServiceCollection();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddDatabaseProvider(SqliteProvider.Instance).AddDatabaseProvider(PostgreSqlProvider.Instance);
        using var provided = services.BuildServiceProvider();

        var refused = Assert.ThrowsAny<Exception>(() => provided.GetRequiredService<ActiveDatabase>());
        Assert.Contains("Database:SqliteSynchronous", refused.Message, StringComparison.Ordinal);
    }

    private static Task<long> SynchronousOfAModuleConnectionAsync(PlatformFixture platform) =>
        platform.QueryAsync<PublisherDbContext, long>(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            return (long)(await command.ExecuteScalarAsync())!;
        });
}
