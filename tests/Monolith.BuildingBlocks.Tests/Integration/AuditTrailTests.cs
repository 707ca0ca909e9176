using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Tests.TestModules.Publisher;
using Monolith.BuildingBlocks.Tests.TestModules.Subscriber;
using Monolith.BuildingBlocks.Web;
using Monolith.Testing;

namespace Monolith.BuildingBlocks.Tests.Integration;

/// <summary>The audit trail written by the real pipeline (logging → audit → validation → transaction) on a SQLite file.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync()
    {
        platform = await PlatformFixture.CreateAsync([new PublisherModule(), new SubscriberModule()], policyProfile: null);
        platform.User.ActAs("inspector.zhao", "InspectionOfficer");
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_command_through_the_mediator_writes_who_did_what_when_and_how_it_ended()
    {
        platform.Clock.Advance(TimeSpan.FromMinutes(7));

        var noteId = await platform.SendAsync(new WriteNoteCommand("欠薪线索"));

        var entry = Assert.Single(await Entries());
        Assert.Equal("inspector.zhao", entry.UserName);
        Assert.Equal("InspectionOfficer", entry.Role);
        Assert.Equal(AuditKind.Command, entry.Kind);
        Assert.Equal("Publisher.WriteNote", entry.Action);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal(PlatformFixture.DefaultStart + TimeSpan.FromMinutes(7), entry.At);
        Assert.Equal(await LinkageNumberOf(noteId), entry.Subject); // the matter it published about, not an id it was given
        Assert.Null(entry.Detail);
    }

    [Fact]
    public async Task A_command_that_fails_validation_writes_one_rejected_entry_naming_the_field_and_nothing_else()
    {
        await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new WriteNoteCommand(" ")));

        var entry = Assert.Single(await Entries());
        Assert.Equal(AuditOutcome.Rejected, entry.Outcome);
        Assert.Equal("Publisher.WriteNote", entry.Action);
        Assert.Equal("text", entry.Detail);
        Assert.Equal(0, await platform.QueryAsync<PublisherDbContext, int>(db => db.Notes.CountAsync()));
        Assert.Equal(0, await platform.QueryAsync<PublisherDbContext, int>(db => db.Outbox.CountAsync()));
        Assert.Equal(0L, await platform.QueryAsync<PublisherDbContext, long>(db => db.LinkageSequences.SumAsync(s => s.LastNumber))); // the counters exist from start-up; none moved
    }

    [Fact]
    public async Task The_entry_of_a_failing_command_survives_the_rollback_of_the_command()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => platform.SendAsync(new WriteNoteCommand("会回滚", FailAfterPublish: true)));

        var entry = Assert.Single(await Entries());
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Equal("InvalidOperationException", entry.Detail);
        Assert.Equal("inspector.zhao", entry.UserName);
        Assert.Equal(0, await platform.QueryAsync<PublisherDbContext, int>(db => db.Notes.CountAsync()));
        Assert.Equal(0, await platform.QueryAsync<PublisherDbContext, int>(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Commands_sent_by_a_command_are_each_recorded_on_the_matter_they_touched_in_its_transaction()
    {
        await platform.SendAsync(new WriteNotesTogetherCommand(["第一条", "第二条"]));

        var numbers = await platform.QueryAsync<PublisherDbContext, List<string>>(db => db.Notes.OrderBy(n => n.Text).Select(n => n.LinkageNumber).ToListAsync());
        var entries = await Entries();
        var written = entries.Where(e => e.Action == "Publisher.WriteNote").ToList();
        Assert.Equal(numbers.Order(), written.Select(e => e.Subject!).Order());
        Assert.All(written, e => Assert.Equal(AuditOutcome.Succeeded, e.Outcome));
        var outer = Assert.Single(entries, e => e.Action == "Publisher.WriteNotesTogether");
        Assert.Equal(string.Join(",", numbers.Order(StringComparer.Ordinal)), outer.Subject);
    }

    [Fact]
    public async Task Commands_sent_by_a_command_that_then_fails_leave_no_success_entry_only_its_failure()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => platform.SendAsync(new WriteNotesTogetherCommand(["第一条", "第二条"], FailAtTheEnd: true)));

        var entry = Assert.Single(await Entries());
        Assert.Equal("Publisher.WriteNotesTogether", entry.Action);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Equal(0, await platform.QueryAsync<PublisherDbContext, int>(db => db.Notes.CountAsync()));
    }

    [Fact]
    public async Task Reading_a_persons_data_is_recorded_with_its_subject_and_a_plain_query_is_not()
    {
        var noteId = await platform.SendAsync(new WriteNoteCommand("工人反映欠薪"));
        var missingId = Guid.NewGuid();

        Assert.Equal("工人反映欠薪", (await platform.SendAsync(new ReadNoteQuery(noteId))).Text);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new ReadNoteQuery(missingId)));
        await platform.SendAsync(new CountNotesQuery());

        var reads = (await Entries()).Where(e => e.Kind == AuditKind.PersonalDataRead).ToList();
        Assert.Equal(2, reads.Count);
        Assert.Equal(("Publisher.ReadNote", noteId.ToString(), AuditOutcome.Succeeded), (reads[0].Action, reads[0].Subject, reads[0].Outcome));
        Assert.Equal(("Publisher.ReadNote", missingId.ToString(), AuditOutcome.NotFound), (reads[1].Action, reads[1].Subject, reads[1].Outcome));
        Assert.Equal(3, (await Entries()).Count); // the write and two reads; the count is not recorded
    }

    [Fact]
    public async Task A_platform_module_command_is_recorded_as_a_platform_action_with_the_subject_it_names()
    {
        platform.User.ActAs("admin", PlatformRoles.Administrator);

        await platform.PublishCalendarYearAsync(2027, "测试用2027年节假日安排（虚构）", [(new DateOnly(2027, 1, 1), CalendarDayKind.PublicHoliday, "元旦")]);

        var entry = Assert.Single(await Entries());
        Assert.Equal(("admin", "Platform.PublishCalendarYear", "calendar/2027", AuditOutcome.Succeeded), (entry.UserName, entry.Action, entry.Subject, entry.Outcome));
    }

    [Fact]
    public async Task Administrators_list_the_trail_newest_first_by_subject_or_by_user()
    {
        var noteId = await platform.SendAsync(new WriteNoteCommand("第一条"));
        platform.User.ActAs("inspector.qian", "InspectionOfficer");
        await platform.SendAsync(new ReadNoteQuery(noteId));
        await platform.SendAsync(new ReadNoteQuery(noteId));

        var bySubject = await platform.AuditAsync(noteId.ToString());
        Assert.Equal(2, bySubject.Count);
        Assert.All(bySubject, e => Assert.Equal("inspector.qian", e.UserName));

        var byUser = await platform.AuditAsync(userName: "inspector.zhao");
        Assert.Equal("Publisher.WriteNote", Assert.Single(byUser).Action);

        var all = await platform.AuditAsync();
        Assert.Equal(["Publisher.ReadNote", "Publisher.ReadNote", "Publisher.WriteNote"], all.Select(e => e.Action));
    }

    [Fact]
    public async Task A_command_whose_entry_cannot_be_written_is_not_committed_and_its_failure_goes_to_the_log_and_degrades_health()
    {
        var logs = new CapturingLoggerProvider();
        await using var broken = await PlatformFixture.CreateAsync(
            [new PublisherModule(), new SubscriberModule()],
            policyProfile: null,
            configure: services => services.AddSingleton<ILoggerProvider>(logs).AddPlatformHealthChecks());
        broken.User.ActAs("inspector.zhao", "InspectionOfficer");
        var auditTable = TestDatabase.TableOn(TestDatabase.Engine, "platform", "Platform", "AuditEntries");
#pragma warning disable EF1002 // the table name is the test's own constant
        await broken.QueryAsync<PublisherDbContext, int>(db => db.Database.ExecuteSqlRawAsync($"ALTER TABLE {auditTable} RENAME TO \"AuditEntriesLost\""));
#pragma warning restore EF1002

        // The success entry is part of the command's transaction (ADR 0085): no entry, no change.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => broken.SendAsync(new WriteNoteCommand("审计表故障时登记的线索")));

        Assert.Equal(0, await broken.QueryAsync<PublisherDbContext, int>(db => db.Notes.CountAsync()));
        var line = Assert.Single(logs.Entries, e => e.EventId.Name == "AuditEntryNotWritten");
        Assert.Equal(LogLevel.Critical, line.Level);
        Assert.Contains("inspector.zhao", line.Message, StringComparison.Ordinal);
        Assert.Contains("Publisher.WriteNote", line.Message, StringComparison.Ordinal);
        Assert.Contains("Failed", line.Message, StringComparison.Ordinal);
        var health = await broken.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Degraded, health.Entries["audit"].Status);
        Assert.Contains("AuditEntryNotWritten", health.Entries["audit"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_reports_the_audit_trail_healthy_while_every_entry_is_written()
    {
        await using var healthy = await PlatformFixture.CreateAsync(
            [new PublisherModule(), new SubscriberModule()], policyProfile: null, configure: services => services.AddPlatformHealthChecks());
        healthy.User.ActAs("inspector.zhao", "InspectionOfficer");

        await healthy.SendAsync(new WriteNoteCommand("正常登记"));

        var health = await healthy.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, health.Entries["audit"].Status);
    }

    [Fact]
    public async Task Contexts_are_pooled_and_the_one_that_wrote_an_entry_on_a_commands_connection_is_not_handed_out_again()
    {
        var registrations = platform.Services.GetServices<ModuleRegistration>().ToList();
        var publisher = registrations.Single(r => r.DbContextType == typeof(PublisherDbContext));
        var audit = registrations.Single(r => r.Info.Name == "Platform");
        ModuleDbContext leased;
        using (var scope = platform.Services.CreateScope())
        {
            leased = publisher.DbContext(scope.ServiceProvider);
        }

        using (var scope = platform.Services.CreateScope())
        {
            Assert.Same(leased, publisher.DbContext(scope.ServiceProvider));
        }

        // The success entry of a Publisher command is written by a Platform context on the command's connection.
        await platform.SendAsync(new WriteNoteCommand("借用连接"));

        // Every context either pool holds now, each leased at once from its own scope.
        var scopes = Enumerable.Range(0, 16).Select(_ => platform.Services.CreateScope()).ToList();
        try
        {
            var publisherConnections = scopes.Select(s => publisher.DbContext(s.ServiceProvider).Database.GetDbConnection()).ToHashSet();
            var platformContexts = scopes.Select(s => audit.DbContext(s.ServiceProvider)).ToList();
            Assert.All(platformContexts, db => Assert.DoesNotContain(db.Database.GetDbConnection(), publisherConnections));
            Assert.All(platformContexts, db => Assert.Null(db.Database.CurrentTransaction));
            Assert.Equal("Publisher.WriteNote", Assert.Single(await Entries()).Action);
        }
        finally
        {
            scopes.ForEach(s => s.Dispose());
        }
    }

    private Task<string> LinkageNumberOf(Guid noteId) =>
        platform.QueryAsync<PublisherDbContext, string>(db => db.Notes.Where(n => n.Id == noteId).Select(n => n.LinkageNumber).SingleAsync());

    private async Task<List<AuditRecord>> Entries() => [.. (await platform.AuditAsync()).Reverse()];
}
