using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests;

/// <summary>
/// Hangfire keeps process-wide statics (storage, activator, log provider) that every starting host overwrites. A host
/// must keep working when another host in the same process, started after it, has been disposed.
/// </summary>
public sealed class SeveralHostsInOneProcessTests
{
    [Fact]
    public async Task A_host_still_schedules_deadline_jobs_after_a_later_host_in_the_process_is_disposed()
    {
        await using var first = new HostFactory();
        await first.InitializeAsync();
        await using (var later = new HostFactory())
        {
            await later.InitializeAsync();
        }

        var clerk = await first.ClientFor("arbitration");

        // Registering starts the acceptance deadline, the first use of this host's Hangfire job client.
        var (id, _) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(407)));
        Assert.NotEqual(Guid.Empty, id);
    }
}
