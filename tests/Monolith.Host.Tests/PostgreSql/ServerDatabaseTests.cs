using System.Diagnostics;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Jobs;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;
using Npgsql;

namespace Monolith.Host.Tests.PostgreSql;

/// <summary>
/// What a server database gives that the embedded file does not (issue #8): Hangfire's jobs kept across a restart, and
/// the restore drill of the deployment guide (docs/deployment.md, "Backups and the restore drill") actually performed.
/// </summary>
public sealed class ServerDatabaseTests
{
    [PostgreSqlOnlyFact]
    public async Task Scheduled_and_recurring_jobs_survive_a_restart_of_the_host()
    {
        using var database = new TestDatabase();
        string scheduled;
        await using (var first = HostFactory.Over(database.ConnectionString))
        {
            await first.InitializeAsync();
            scheduled = first.Services.GetRequiredService<IBackgroundJobClient>()
                .Schedule<PlatformJobs>(j => j.MaintainMessagingAsync(CancellationToken.None), TimeSpan.FromDays(2));
        }

        await using var second = HostFactory.Over(database.ConnectionString);
        await second.InitializeAsync();
        var storage = second.Services.GetRequiredService<JobStorage>();

        Assert.Contains(storage.GetMonitoringApi().ScheduledJobs(0, 100), j => j.Key == scheduled);
        using var connection = storage.GetConnection();
        var recurring = connection.GetRecurringJobs().Select(j => j.Id).ToList();
        Assert.Contains(PlatformJobs.DispatchScheduledWorkId, recurring);
        Assert.Contains(PlatformJobs.RecomputeDeadlinesId, recurring);
        Assert.Contains(PlatformJobs.MessagingMaintenanceId, recurring);
    }

    [PostgreSqlOnlyFact]
    public async Task A_dump_restored_into_a_fresh_cluster_starts_the_service_with_its_data()
    {
        using var database = new TestDatabase();
        Guid id;
        string number, idNumber;
        await using (var original = HostFactory.Over(database.ConnectionString))
        {
            await original.InitializeAsync();
            var clerk = await original.ClientFor("arbitration");
            var application = Api.NewApplication(new FakeIdentity(8801));
            idNumber = application["applicant"]!["residentIdNumber"]!.GetValue<string>();
            (id, number) = await clerk.RegisterAsync(application);
        }

        var dump = Path.Combine(Path.GetTempPath(), $"monolith-drill-{Guid.NewGuid():N}.dump");
        var cluster = Path.Combine(Path.GetTempPath(), $"monolith-pg-drill-{Guid.NewGuid():N}");
        try
        {
            // As the guide says: a custom-format dump of the one database, restored into an empty database of another cluster.
            Run(Tool("pg_dump"), $"--format=custom --no-owner --file={dump} --dbname={Uri(database.ConnectionString)}");
            var restoredAdmin = StartCluster(cluster);
            var restored = new NpgsqlConnectionStringBuilder(restoredAdmin) { Database = "monolith_restored" }.ConnectionString;
            Run(Tool("createdb"), $"--maintenance-db={Uri(restoredAdmin)} monolith_restored");
            Run(Tool("pg_restore"), $"--no-owner --exit-on-error --dbname={Uri(restored)} {dump}");

            await using var service = HostFactory.Over(restored, TestDatabase.PostgreSql);
            service.Settings["Demo:Seed"] = "false";
            await service.InitializeAsync();
            var clerk = await service.ClientFor("arbitration");
            var shown = await clerk.GetJsonAsync($"{Api.Applications}/{id}");

            Assert.Equal(number, shown.Text("linkageNumber"));
            Assert.Equal(idNumber, shown.GetProperty("applicant").Text("residentIdNumber"));
            var (_, next) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(8802)));
            Assert.True(string.CompareOrdinal(next, number) > 0, $"{next} follows {number}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Script(cluster, "stop");
            File.Delete(dump);
        }
    }

    /// <summary>A second throwaway cluster, as build/postgres.sh makes the first; returns its admin connection string.</summary>
    private static string StartCluster(string folder)
    {
        var output = Script(folder, "start");
        var line = output.Split('\n').First(l => l.StartsWith("export MONOLITH_TEST_POSTGRES=", StringComparison.Ordinal));
        return line["export MONOLITH_TEST_POSTGRES=".Length..].Trim('\'', ' ', '\r');
    }

    private static string Script(string folder, string verb)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryFolder.Root, "build", "postgres.sh"), verb]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["MONOLITH_PG_DIR"] = folder;
        start.Environment.Remove("MONOLITH_PG_PORT");
        return RunProcess(start);
    }

    private static void Run(string tool, string arguments) =>
        RunProcess(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true });

    private static string RunProcess(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{start.FileName} did not finish");
        Assert.True(process.ExitCode == 0, $"{start.FileName} {string.Join(' ', start.ArgumentList)} {start.Arguments} failed: {error.Result}");
        return output.Result;
    }

    /// <summary>The cluster's own client tools (build/postgres.sh exports their folder), so dump and server versions match.</summary>
    private static string Tool(string name) =>
        Environment.GetEnvironmentVariable("MONOLITH_PG_BIN") is { Length: > 0 } bin ? Path.Combine(bin, name) : name;

    /// <summary>A libpq URI of an Npgsql connection string (trust authentication: no password).</summary>
    private static string Uri(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
