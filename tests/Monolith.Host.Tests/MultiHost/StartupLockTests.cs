using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests.MultiHost;

/// <summary>
/// Module initializers look before they write (the calendar years not stored yet, whether the key ring has a key), so
/// two hosts starting together take turns: the initializers run under the start-up lock, as the demo seeding does
/// (ADR 0046). Here one host holds the lock and another, with nothing to migrate, starts its initialization.
/// </summary>
public sealed class StartupLockTests
{
    [Fact]
    public async Task A_starting_host_runs_its_initializers_only_once_another_host_has_released_the_start_up_lock()
    {
        using var database = new TestDatabase();
        await using var first = HostFactory.Over(database.ConnectionString);
        await first.InitializeAsync();
        await using var second = HostFactory.Over(database.ConnectionString);
        second.Settings["Database:MigrateOnStart"] = "false";
        await second.InitializeAsync();

        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = Task.Run(async () =>
        {
            using var scope = first.Services.CreateScope();
            var db = DatabaseInitializer.AllContexts(scope.ServiceProvider).First();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var startupLock = await scope.ServiceProvider.GetRequiredService<ActiveDatabase>().Provider.AcquireStartupLockAsync(db, CancellationToken.None);
                held.SetResult();
                await release.Task;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
        await held.Task;

        // No migrations to wait for (MigrateOnStart=false) and no demo seeding: only the initializers could take the lock.
        var noDemo = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Seed"] = "false" }).Build();
        var starting = PlatformStartup.InitializeAsync(second.Services, noDemo);
        var first3Seconds = await Task.WhenAny(starting, Task.Delay(TimeSpan.FromSeconds(3)));
        Assert.NotSame(starting, first3Seconds);

        release.SetResult();
        await holder;
        await starting.WaitAsync(TimeSpan.FromSeconds(60));
    }
}
