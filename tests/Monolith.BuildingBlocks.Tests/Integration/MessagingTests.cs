using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Tests.TestModules.Duties;
using Monolith.BuildingBlocks.Tests.TestModules.Publisher;
using Monolith.BuildingBlocks.Tests.TestModules.Subscriber;
using Monolith.BuildingBlocks.Tests.TestModules.SubscriberNextRelease;
using Monolith.Testing;

namespace Monolith.BuildingBlocks.Tests.Integration;

/// <summary>
/// What a module team relies on from messaging beyond the crash cases of <see cref="OutboxInboxTests"/>: stable stored
/// names, completion only under a held claim, replies to the asker alone, handlers in the command pipeline, retention.
/// </summary>
public sealed class MessagingTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() =>
        platform = await PlatformFixture.CreateAsync([new PublisherModule(), new SubscriberModule(), new DutiesModule()], policyProfile: null);

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Rows_are_stored_under_stable_names_never_clr_type_names()
    {
        await platform.SendAsync(new WriteNoteCommand("欠薪线索"));
        await Relay().RelayPendingAsync(CancellationToken.None);

        var outbox = Assert.Single(await platform.QueryAsync<PublisherDbContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking().ToListAsync()));
        Assert.Equal("test.note-written.v1", outbox.Type);
        var inbox = Assert.Single(await SubscriberInbox());
        Assert.Equal("test.note-written.v1", inbox.Type);
        Assert.Equal("subscriber.record-note", inbox.Handler);
    }

    [Fact]
    public async Task After_a_release_that_renames_the_event_and_handler_classes_pending_rows_still_deliver_once()
    {
        var relayed = await platform.SendAsync(new WriteNoteCommand("已转到收件箱"));
        await Relay().RelayPendingAsync(CancellationToken.None);          // pending in the subscriber's inbox
        var unrelayed = await platform.SendAsync(new WriteNoteCommand("还在发件箱")); // pending in the publisher's outbox

        platform = await platform.RestartAsync([new PublisherModule(), new SubscriberNextReleaseModule()]);
        await platform.DeliverMessagesAsync();

        var arrivals = await Arrivals();
        Assert.Equal(new[] { relayed, unrelayed }.Order(), arrivals.Select(a => a.NoteId).Order());
        Assert.All(arrivals, a => Assert.EndsWith("（新版本处理）", a.Text, StringComparison.Ordinal));

        // Redelivery (the outbox rows relayed again, as after a crash before marking): the inbox keys hold.
        await platform.QueryAsync<PublisherDbContext, int>(db => db.Outbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.CompletedAt, (DateTimeOffset?)null)));
        await platform.DeliverMessagesAsync();
        Assert.Equal(2, (await Arrivals()).Count);
    }

    [Fact]
    public async Task A_processor_whose_claim_was_taken_over_while_its_handler_ran_cannot_complete_the_row_so_the_effect_happens_once()
    {
        await platform.SendAsync(new WriteNoteCommand("慢处理"));
        await Relay().RelayPendingAsync(CancellationToken.None);
        var slow = Processor();
        var module = platform.Services.GetRequiredService<ModuleCatalog>().Get("Subscriber");
        var claimed = Assert.Single(await slow.ClaimAsync(module, CancellationToken.None));

        // The slow processor's handler outlives the lease; a second processor claims the row and completes it.
        platform.Clock.Advance(platform.Services.GetRequiredService<IOptions<MessagingOptions>>().Value.ClaimLease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Processor().ProcessPendingAsync(CancellationToken.None));

        // The slow one finishes: its completion finds the claim gone, so its transaction (and effect) is rolled back.
        Assert.False(await slow.DeliverAsync(claimed, CancellationToken.None));
        Assert.Equal(2, platform.Services.GetRequiredService<HandlerFaults>().Invocations);
        Assert.Single(await Received());
        var row = Assert.Single(await SubscriberInbox());
        Assert.NotNull(row.CompletedAt);
        Assert.Null(row.LastError); // the loser recorded no failure on a row it no longer held
    }

    [Fact]
    public async Task A_reply_goes_to_the_module_it_is_addressed_to_and_no_other_subscriber()
    {
        var noteId = await platform.SendAsync(new WriteNoteCommand("需要回复"));
        await platform.DeliverMessagesAsync();

        await platform.SendAsync(new AnswerNoteCommand(noteId, "Duties"));
        await platform.DeliverMessagesAsync();

        Assert.Equal(1, await platform.QueryAsync<DutiesDbContext, int>(db => db.ChoresDone.CountAsync(c => c.Chore == "answer")));
        Assert.DoesNotContain(await Received(), r => r.Text == "answer");
        Assert.DoesNotContain(await SubscriberInbox(), m => m.Type == "test.note-answered.v1");

        await platform.SendAsync(new AnswerNoteCommand(noteId, "Subscriber"));
        await platform.DeliverMessagesAsync();

        Assert.Single(await Received(), r => r.Text == "answer");
        Assert.Equal(1, await platform.QueryAsync<DutiesDbContext, int>(db => db.ChoresDone.CountAsync(c => c.Chore == "answer")));
    }

    [Fact]
    public async Task An_event_handler_runs_in_the_command_pipeline_and_is_audited_as_its_handler_on_the_matters_linkage_number()
    {
        platform.User.ActAs("system", "");
        var noteId = await platform.SendAsync(new WriteNoteCommand("审计"));
        var linkageNumber = await platform.QueryAsync<PublisherDbContext, string>(db => db.Notes.Where(n => n.Id == noteId).Select(n => n.LinkageNumber).SingleAsync());

        await platform.DeliverMessagesAsync();

        var handled = Assert.Single(await platform.AuditAsync(linkageNumber), e => e.Action == "Subscriber.subscriber.record-note");
        Assert.Equal(AuditKind.Command, handled.Kind);
        Assert.Equal(AuditOutcome.Succeeded, handled.Outcome);
    }

    [Fact]
    public async Task Rows_claimed_together_are_delivered_in_one_transaction_each_audited_on_its_own_matter()
    {
        platform.User.ActAs("system", "");
        var notes = new List<Guid>();
        foreach (var text in new[] { "一", "二", "三" })
        {
            notes.Add(await platform.SendAsync(new WriteNoteCommand(text)));
        }

        await Relay().RelayPendingAsync(CancellationToken.None);
        var module = platform.Services.GetRequiredService<ModuleCatalog>().Get("Subscriber");
        var processor = Processor();
        var claimed = await processor.ClaimAsync(module, CancellationToken.None);
        Assert.Equal(3, claimed.Count);
        Assert.True(await processor.DeliverTogetherAsync("Subscriber", claimed, CancellationToken.None));

        Assert.Equal(notes.Order(), (await Received()).Select(r => r.NoteId).Order());
        Assert.All(await SubscriberInbox(), row => Assert.NotNull(row.CompletedAt));
        foreach (var noteId in notes)
        {
            var linkageNumber = await platform.QueryAsync<PublisherDbContext, string>(db => db.Notes.Where(n => n.Id == noteId).Select(n => n.LinkageNumber).SingleAsync());
            var handled = Assert.Single(await platform.AuditAsync(linkageNumber), e => e.Action == "Subscriber.subscriber.record-note");
            Assert.Equal(AuditOutcome.Succeeded, handled.Outcome);
            Assert.Equal(linkageNumber, handled.Subject);
        }
    }

    [Fact]
    public async Task A_delivery_that_fails_in_a_batch_rolls_the_batch_back_and_then_fails_alone_while_the_others_take_effect_once()
    {
        platform.User.ActAs("system", "");
        foreach (var text in new[] { "甲", "总是失败", "丙" })
        {
            await platform.SendAsync(new WriteNoteCommand(text));
        }

        platform.Services.GetRequiredService<HandlerFaults>().FailAlwaysOn("总是失败");
        await platform.DeliverMessagesAsync();

        Assert.Equal(["丙", "甲"], (await Received()).Select(r => r.Text).Order());
        var rows = await SubscriberInbox();
        var failing = Assert.Single(rows, r => r.CompletedAt is null);
        Assert.Equal(1, failing.Attempts);
        Assert.Contains("Simulated handler failure", failing.LastError, StringComparison.Ordinal);
        Assert.Equal(2, rows.Count(r => r.CompletedAt is not null));

        // The batch ran its handlers up to the failing one (1 to 3 of them, in the claim's order), rolled back, and then
        // each ran alone: two effects, one per note, however many times the handlers ran.
        Assert.InRange(platform.Services.GetRequiredService<HandlerFaults>().Invocations, 1 + 3, 3 + 3);
        var audit = (await platform.AuditAsync()).Where(e => e.Action == "Subscriber.subscriber.record-note").ToList();
        Assert.Equal(2, audit.Count(e => e.Outcome == AuditOutcome.Succeeded)); // the rolled-back batch's successes are not recorded
        Assert.Contains(audit, e => e.Outcome == AuditOutcome.Failed);
    }

    [Fact]
    public async Task Delivered_rows_are_purged_after_the_retention_period_and_parked_ones_stay()
    {
        await platform.SendAsync(new WriteNoteCommand("已处理"));
        await platform.DeliverMessagesAsync();
        platform.Services.GetRequiredService<HandlerFaults>().FailNext(100);
        await platform.SendAsync(new WriteNoteCommand("一直失败"));
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await platform.DeliverMessagesAsync();
            platform.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var retention = platform.Services.GetRequiredService<IOptions<MessagingOptions>>().Value.Retention;
        var maintenance = platform.Services.GetRequiredService<MessagingMaintenance>();
        Assert.Equal(0, (await maintenance.RunAsync(CancellationToken.None)).Purged); // within the retention period

        platform.Clock.Advance(retention);
        Assert.Equal(3, (await maintenance.RunAsync(CancellationToken.None)).Purged); // two outbox rows, one handled inbox row

        Assert.Empty(await platform.QueryAsync<PublisherDbContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking().ToListAsync()));
        var parked = Assert.Single(await SubscriberInbox());
        Assert.NotNull(parked.ParkedAt);
        Assert.Single(await Received()); // the effect of the delivered one stays, of course
    }

    private OutboxRelay Relay() => platform.Services.GetRequiredService<OutboxRelay>();

    /// <summary>An inbox processor as a separate host would run it: its own instance id, same database.</summary>
    private InboxProcessor Processor() => new(
        platform.Services.GetRequiredService<IServiceScopeFactory>(),
        platform.Services.GetRequiredService<ModuleCatalog>(),
        platform.Clock,
        platform.Services.GetRequiredService<IOptions<MessagingOptions>>(),
        new MessagingInstance(),
        platform.Services.GetRequiredService<Monolith.BuildingBlocks.Diagnostics.PlatformMetrics>(),
        new WriteGate(platform.Services.GetRequiredService<ActiveDatabase>()), // a host of its own has a gate of its own
        NullLogger<InboxProcessor>.Instance);

    private Task<List<InboxMessage>> SubscriberInbox() => platform.QueryAsync<SubscriberDbContext, List<InboxMessage>>(db => db.Inbox.AsNoTracking().ToListAsync());

    private Task<List<ReceivedNote>> Received() => platform.QueryAsync<SubscriberDbContext, List<ReceivedNote>>(db => db.ReceivedNotes.AsNoTracking().ToListAsync());

    private Task<List<NoteArrival>> Arrivals() => platform.QueryAsync<NextReleaseDbContext, List<NoteArrival>>(db => db.Arrivals.AsNoTracking().ToListAsync());
}
