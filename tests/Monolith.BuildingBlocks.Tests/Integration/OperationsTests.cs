using System.Diagnostics.Metrics;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Monolith.BuildingBlocks.Diagnostics;
using Monolith.BuildingBlocks.Jobs;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Tests.TestModules.Duties;
using Monolith.BuildingBlocks.Tests.TestModules.Publisher;
using Monolith.BuildingBlocks.Tests.TestModules.Subscriber;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Platform;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Providers.Sqlite;
using Monolith.Testing;

namespace Monolith.BuildingBlocks.Tests.Integration;

/// <summary>
/// Issue #8, operations (ADR 0043, 0044): the readiness checks go Degraded or Unhealthy when their dependency does
/// (a message waiting past Messaging:LagWarning, a parked message, a database that does not answer, a job storage that
/// does not answer), the per-module reading behind the gauges counts what waits and which deadlines are due soon or
/// missed, and the platform counters count relays, deliveries, failures and jobs of this host only.
/// </summary>
public sealed class OperationsTests : IAsyncLifetime, IDisposable
{
    private PlatformFixture platform = null!;
    private MeterListener listener = null!;
    private readonly Dictionary<(string Instrument, string Tag), long> counted = [];

    public async Task InitializeAsync()
    {
        platform = await PlatformFixture.CreateAsync(
            [new PublisherModule(), new SubscriberModule(), new DutiesModule()], policyProfile: null, configure: services => services.AddPlatformHealthChecks());

        // Only this fixture's meter: other tests' hosts run in the same process.
        var meters = platform.Services.GetRequiredService<IMeterFactory>();
        listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PlatformTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument is Histogram<double>)
            {
                var tag = tags.ToArray().Select(t => t.Value?.ToString()).Single()!;
                lock (counted)
                {
                    counted[(instrument.Name, tag)] = counted.GetValueOrDefault((instrument.Name, tag)) + 1;
                }
            }
        });
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument is Counter<long>)
            {
                var tag = tags.ToArray().Select(t => t.Value?.ToString()).Single()!;
                lock (counted)
                {
                    counted[(instrument.Name, tag)] = counted.GetValueOrDefault((instrument.Name, tag)) + value;
                }
            }
        });
        listener.Start();
    }

    public async Task DisposeAsync()
    {
        listener.Dispose();
        await platform.DisposeAsync();
    }

    public void Dispose() => listener?.Dispose();

    private OperationsReadings Readings => platform.Services.GetRequiredService<OperationsReadings>();

    private long Counted(string instrument, string tag)
    {
        lock (counted)
        {
            return counted.GetValueOrDefault((instrument, tag));
        }
    }

    [Fact]
    public async Task A_message_left_in_the_outbox_past_the_lag_warning_degrades_readiness_and_shows_as_outbox_lag_until_it_is_relayed()
    {
        await platform.SendAsync(new WriteNoteCommand("登记后未转发"));
        platform.Clock.Advance(TimeSpan.FromMinutes(4));

        var early = await CheckAsync();
        Assert.Equal(HealthStatus.Healthy, early.Entries[PlatformHealthChecks.Checks.MessagingLag].Status);
        var publisher = (await Readings.ReadAsync(CancellationToken.None)).Modules.Single(m => m.Module == "Publisher");
        Assert.Equal(1, publisher.OutboxPending);
        Assert.Equal(TimeSpan.FromMinutes(4), publisher.OutboxLag);

        platform.Clock.Advance(TimeSpan.FromMinutes(2));
        var late = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, late.Status);
        Assert.Equal(HealthStatus.Degraded, late.Entries[PlatformHealthChecks.Checks.MessagingLag].Status);
        Assert.Contains("Publisher outbox 6 min", late.Entries[PlatformHealthChecks.Checks.MessagingLag].Description, StringComparison.Ordinal);

        await platform.DeliverMessagesAsync();
        var relayed = await CheckAsync();
        Assert.Equal(HealthStatus.Healthy, relayed.Entries[PlatformHealthChecks.Checks.MessagingLag].Status);
        Assert.Equal(HealthStatus.Healthy, relayed.Status);
        Assert.Equal(1, Counted(PlatformTelemetry.Instruments.OutboxRelayed, "Publisher"));
        Assert.Equal(1, Counted(PlatformTelemetry.Instruments.InboxHandled, "Subscriber"));
        Assert.All((await Readings.ReadAsync(CancellationToken.None)).Modules, m => Assert.Equal(TimeSpan.Zero, m.OutboxLag));
    }

    [Fact]
    public async Task A_delivery_waiting_in_the_inbox_past_the_lag_warning_is_inbox_lag()
    {
        await platform.SendAsync(new WriteNoteCommand("已转发未处理"));
        await platform.Services.GetRequiredService<OutboxRelay>().RelayPendingAsync(CancellationToken.None);
        platform.Clock.Advance(TimeSpan.FromMinutes(7));

        var subscriber = (await Readings.ReadAsync(CancellationToken.None)).Modules.Single(m => m.Module == "Subscriber");
        Assert.Equal(1, subscriber.InboxPending);
        Assert.Equal(TimeSpan.FromMinutes(7), subscriber.InboxLag);
        var report = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, report.Entries[PlatformHealthChecks.Checks.MessagingLag].Status);
        Assert.Contains("Subscriber inbox 7 min", report.Entries[PlatformHealthChecks.Checks.MessagingLag].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parked_message_degrades_readiness_counts_as_parked_and_its_failed_attempts_are_counted_but_it_is_no_lag()
    {
        platform.Services.GetRequiredService<HandlerFaults>().FailNext(100);
        await platform.SendAsync(new WriteNoteCommand("一直失败"));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await platform.DeliverMessagesAsync();
            platform.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var report = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.Equal(HealthStatus.Degraded, report.Entries[PlatformHealthChecks.Checks.Messaging].Status);
        Assert.Contains("1 integration event(s) parked", report.Entries[PlatformHealthChecks.Checks.Messaging].Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, report.Entries[PlatformHealthChecks.Checks.MessagingLag].Status);
        var subscriber = (await Readings.ReadAsync(CancellationToken.None)).Modules.Single(m => m.Module == "Subscriber");
        Assert.Equal(1, subscriber.Parked);
        Assert.Equal(0, subscriber.InboxPending);
        Assert.Equal(3, Counted(PlatformTelemetry.Instruments.InboxFailed, "Subscriber"));
        Assert.Equal(0, Counted(PlatformTelemetry.Instruments.InboxHandled, "Subscriber"));
    }

    [Fact]
    public async Task A_deadline_is_due_soon_once_its_reminder_time_has_come_and_missed_once_its_due_time_has_passed()
    {
        await platform.SendAsync(new StartDutyCommand(DutyRules.SameDay)); // 2026-03-02 09:00, reminder 15:00, due 24:00

        Assert.Equal((0, 0), await DutiesAsync());
        platform.Clock.Advance(TimeSpan.FromHours(6.5));
        await platform.ProcessDeadlinesAsync();
        Assert.Equal((1, 0), await DutiesAsync());
        platform.Clock.Advance(TimeSpan.FromHours(9));
        await platform.ProcessDeadlinesAsync();
        Assert.Equal((0, 1), await DutiesAsync());

        async Task<(int DueSoon, int Missed)> DutiesAsync()
        {
            var duties = (await Readings.ReadAsync(CancellationToken.None)).Modules.Single(m => m.Module == "Duties");
            return (duties.DeadlinesDueSoon, duties.DeadlinesMissed);
        }
    }

    [Fact]
    public async Task The_database_commands_a_command_sends_are_counted_under_its_module()
    {
        var before = Counted(PlatformTelemetry.Instruments.DbCommands, "Publisher");

        await platform.SendAsync(new WriteNoteCommand("计数"));

        Assert.True(Counted(PlatformTelemetry.Instruments.DbCommands, "Publisher") - before >= 1); // the note and its outbox event, in one batch or more
        Assert.Equal(0, Counted(PlatformTelemetry.Instruments.DbCommands, "Duties"));
    }

    [Fact]
    public async Task On_an_engine_with_one_writer_a_commands_turn_at_the_write_gate_is_timed_and_on_others_there_is_no_turn()
    {
        var waited = Counted(PlatformTelemetry.Instruments.WriteGateWaited, "command");
        var held = Counted(PlatformTelemetry.Instruments.WriteGateHeld, "command");

        await platform.SendAsync(new WriteNoteCommand("写锁计时"));

        var turns = Counted(PlatformTelemetry.Instruments.WriteGateHeld, "command") - held;
        if (platform.Services.GetRequiredService<ActiveDatabase>().Provider.OneWriterAtATime)
        {
            Assert.True(turns >= 1);
            Assert.Equal(turns, Counted(PlatformTelemetry.Instruments.WriteGateWaited, "command") - waited);
        }
        else
        {
            Assert.Equal(0, turns);
        }
    }

    [Fact]
    public async Task A_recurring_job_that_runs_is_counted_as_performed_and_one_that_throws_as_failed_and_both_are_timed()
    {
        using var scope = platform.Services.CreateScope();
        var jobs = scope.ServiceProvider.GetRequiredService<PlatformJobs>();
        await jobs.MaintainMessagingAsync(CancellationToken.None);
        Assert.Equal(1, Counted(PlatformTelemetry.Instruments.JobsPerformed, PlatformJobs.MessagingMaintenanceId));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => jobs.MaintainMessagingAsync(new CancellationToken(canceled: true)));
        Assert.Equal(1, Counted(PlatformTelemetry.Instruments.JobsFailed, PlatformJobs.MessagingMaintenanceId));
        Assert.Equal(2, Counted(PlatformTelemetry.Instruments.JobsDuration, PlatformJobs.MessagingMaintenanceId)); // both passes timed
    }

    [Fact]
    public async Task A_database_that_does_not_answer_makes_readiness_unhealthy()
    {
        var missing = Path.Combine(Path.GetTempPath(), "monolith-no-such-dir-" + Guid.NewGuid().ToString("N"), "monolith.db");
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "host-appsettings.json"), optional: false)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = $"Data Source={missing}",
                ["PersonalData:Key"] = TestDatabase.PersonalDataKey,
                ["Messaging:RunInBackground"] = "false",
                ["Jobs:RunServer"] = "false",
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Critical))
            .AddSingleton<IConfiguration>(configuration)
            .AddDatabaseProvider(SqliteProvider.Instance)
            .AddPlatform(configuration, [new PlatformModule(), new PublisherModule()])
            .AddPlatformJobs(configuration)
            .AddPlatformHealthChecks();
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(c => c.Name == PlatformHealthChecks.Checks.Database);

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Equal("the database does not answer", report.Entries[PlatformHealthChecks.Checks.Database].Description);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task A_job_storage_that_does_not_answer_is_unhealthy_and_one_that_does_is_healthy()
    {
        var broken = await new PlatformHealthChecks.JobStorageHealthCheck(new UnreachableStorage()).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, broken.Status);
        Assert.Contains("storage unreachable", broken.Description, StringComparison.Ordinal);

        var report = await CheckAsync();
        Assert.Equal(HealthStatus.Healthy, report.Entries[PlatformHealthChecks.Checks.JobStorage].Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries[PlatformHealthChecks.Checks.Database].Status);
    }

    private Task<HealthReport> CheckAsync() =>
        platform.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(PlatformHealthChecks.ReadyTag));

    private sealed class UnreachableStorage : JobStorage
    {
        public override IMonitoringApi GetMonitoringApi() => throw new InvalidOperationException("storage unreachable");

        public override IStorageConnection GetConnection() => throw new InvalidOperationException("storage unreachable");
    }
}
