using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Tests.TestModules.Publisher;
using Monolith.BuildingBlocks.Tests.TestModules.Subscriber;
using Monolith.Testing;

namespace Monolith.BuildingBlocks.Tests.Integration;

/// <summary>
/// The outbox → relay → inbox → handler chain on a real SQLite file: a crash at any step loses nothing and duplicates
/// no effect. "Crash" is simulated by restarting the container, or by undoing the step that had not yet committed.
/// </summary>
public sealed class OutboxInboxTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() =>
        platform = await PlatformFixture.CreateAsync([new PublisherModule(), new SubscriberModule()], policyProfile: null);

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_committed_command_leaves_its_event_in_the_outbox_and_nothing_reaches_the_subscriber_before_the_relay()
    {
        var noteId = await platform.SendAsync(new WriteNoteCommand("欠薪线索"));

        Assert.Single(await Outbox());
        Assert.Equal(noteId, (await Notes()).Single().Id);
        Assert.Empty(await Received());
        Assert.Empty(await Inbox());
    }

    [Fact]
    public async Task A_command_that_fails_validation_writes_neither_its_change_nor_its_event()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new WriteNoteCommand("")));

        Assert.Contains("text", error.Errors.Keys);
        Assert.Empty(await Notes());
        Assert.Empty(await Outbox());
    }

    [Fact]
    public async Task A_command_that_throws_after_publishing_rolls_back_its_change_and_its_event_together()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => platform.SendAsync(new WriteNoteCommand("会回滚", FailAfterPublish: true)));

        Assert.Empty(await Notes());
        Assert.Empty(await Outbox());
    }

    [Fact]
    public async Task An_event_written_before_a_crash_is_delivered_once_after_the_restart()
    {
        var noteId = await platform.SendAsync(new WriteNoteCommand("重启前写入"));

        // The process dies before the relay ran: only the outbox row exists.
        platform = await platform.RestartAsync();
        await platform.DeliverMessagesAsync();

        Assert.Equal(noteId, (await Received()).Single().NoteId);
        Assert.NotNull((await Outbox()).Single().CompletedAt);
        Assert.NotNull((await Inbox()).Single().CompletedAt);
    }

    [Fact]
    public async Task A_relay_that_dies_after_delivering_but_before_marking_the_outbox_row_does_not_deliver_twice()
    {
        await platform.SendAsync(new WriteNoteCommand("投递后宕机"));
        await Relay().RelayPendingAsync(CancellationToken.None);

        // Undo the last step, as if the relay had crashed before recording the dispatch, and let the lease run out.
        await InPublisher(db => db.Outbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.CompletedAt, (DateTimeOffset?)null)));
        platform = await platform.RestartAsync();
        await platform.DeliverMessagesAsync();

        Assert.Single(await Inbox());
        Assert.Single(await Received());
        Assert.NotNull((await Outbox()).Single().CompletedAt);
    }

    [Fact]
    public async Task A_handler_that_crashes_mid_transaction_leaves_no_effect_and_the_delivery_is_retried_after_its_lease()
    {
        await platform.SendAsync(new WriteNoteCommand("处理中宕机"));
        await Relay().RelayPendingAsync(CancellationToken.None);

        // A host claimed the row and died inside the handler's transaction: the claim remains, the effect does not.
        await InSubscriber(db => db.Inbox.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LockedBy, "dead-host")
            .SetProperty(m => m.LockedUntil, platform.Clock.GetUtcNow() + TimeSpan.FromMinutes(1))));
        platform = await platform.RestartAsync();
        await platform.DeliverMessagesAsync();
        Assert.Empty(await Received());

        platform.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await platform.DeliverMessagesAsync();

        Assert.Single(await Received());
    }

    [Fact]
    public async Task A_handler_that_fails_twice_then_succeeds_takes_effect_exactly_once_with_its_attempts_recorded()
    {
        Faults.FailNext(2);
        await platform.SendAsync(new WriteNoteCommand("两次失败"));

        await platform.DeliverMessagesAsync();
        var afterFirst = (await Inbox()).Single();
        Assert.Equal(1, afterFirst.Attempts);
        Assert.Contains("Simulated handler failure", afterFirst.LastError);
        Assert.Equal(platform.Clock.GetUtcNow() + Options.RetryDelay(1), afterFirst.NextAttemptAt);

        // Not before the backoff has passed.
        await platform.DeliverMessagesAsync();
        Assert.Equal(1, (await Inbox()).Single().Attempts);

        platform.Clock.Advance(Options.RetryDelay(1));
        await platform.DeliverMessagesAsync();
        var afterSecond = (await Inbox()).Single();
        Assert.Equal(2, afterSecond.Attempts);
        Assert.Equal(platform.Clock.GetUtcNow() + Options.RetryDelay(2), afterSecond.NextAttemptAt);
        Assert.Equal(Options.RetryDelay(1) * 2, Options.RetryDelay(2));

        platform.Clock.Advance(Options.RetryDelay(2));
        await platform.DeliverMessagesAsync();

        var delivered = (await Inbox()).Single();
        Assert.NotNull(delivered.CompletedAt);
        Assert.Equal(3, delivered.Attempts);
        Assert.Single(await Received());
        Assert.Equal(3, Faults.Invocations);
    }

    [Fact]
    public async Task A_delivery_whose_handler_keeps_killing_the_process_is_parked_instead_of_retried_forever()
    {
        await platform.SendAsync(new WriteNoteCommand("每次都让进程崩溃"));
        await Relay().RelayPendingAsync(CancellationToken.None);

        // Every permitted attempt was claimed by a host that died inside the handler: attempts counted, no error written.
        await InSubscriber(db => db.Inbox.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, Options.MaxAttempts)
            .SetProperty(m => m.LockedBy, "dead-host")
            .SetProperty(m => m.LockedUntil, platform.Clock.GetUtcNow() - TimeSpan.FromSeconds(1))));
        await platform.DeliverMessagesAsync();
        await platform.Services.GetRequiredService<MessagingMaintenance>().RunAsync(CancellationToken.None);

        var parked = (await Inbox()).Single();
        Assert.NotNull(parked.ParkedAt);
        Assert.Null(parked.CompletedAt);
        Assert.Equal(0, Faults.Invocations);
        Assert.True(((await platform.SendAsync(new ListMessageProblemsQuery())).Items).Single().Parked);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_parked_listed_for_administrators_and_delivered_once_when_retried()
    {
        Faults.FailNext(100);
        await platform.SendAsync(new WriteNoteCommand("一直失败"));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await platform.DeliverMessagesAsync();
            platform.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var parked = (await Inbox()).Single();
        Assert.NotNull(parked.ParkedAt);
        Assert.Equal(3, parked.Attempts);
        var problem = Assert.Single((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
        Assert.True(problem.Parked);
        Assert.Equal("Subscriber", problem.Module);
        Assert.Equal(MessageDirection.Inbox, problem.Direction);
        Assert.Equal("test.note-written.v1", problem.EventType);

        Faults.FailNext(0);
        await platform.SendAsync(new RetryMessageCommand("Subscriber", MessageDirection.Inbox, parked.EventId, parked.Handler));
        await platform.DeliverMessagesAsync();

        Assert.Single(await Received());
        Assert.Empty((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
    }

    [Fact]
    public async Task The_same_event_relayed_twice_reaches_the_handler_once()
    {
        await platform.SendAsync(new WriteNoteCommand("重复投递"));
        await Relay().RelayPendingAsync(CancellationToken.None);
        await InPublisher(db => db.Outbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.CompletedAt, (DateTimeOffset?)null)));
        await Relay().RelayPendingAsync(CancellationToken.None);
        await platform.DeliverMessagesAsync();

        Assert.Single(await Inbox());
        Assert.Single(await Received());
    }

    [Fact]
    public async Task A_second_delivery_row_for_the_same_event_and_handler_is_refused_by_the_inbox_key()
    {
        await platform.SendAsync(new WriteNoteCommand("主键去重"));
        await platform.DeliverMessagesAsync();
        var first = (await Inbox()).Single();

        await Assert.ThrowsAsync<DbUpdateException>(() => InSubscriber(db =>
        {
            db.Inbox.Add(new InboxMessage
            {
                EventId = first.EventId,
                Handler = first.Handler,
                Type = first.Type,
                Payload = first.Payload,
                LinkageNumber = first.LinkageNumber,
                SourceModule = first.SourceModule,
            });
            return db.SaveChangesAsync();
        }));
        Assert.Single(await Received());
    }

    [Fact]
    public async Task Two_hosts_relaying_the_same_database_at_once_dispatch_every_event_once()
    {
        for (var i = 0; i < 30; i++)
        {
            await platform.SendAsync(new WriteNoteCommand($"并发{i}"));
        }

        // Each host relays batch after batch until it finds nothing left, as its background loop would.
        static async Task<int> RelayUntilIdle(OutboxRelay relay)
        {
            int total = 0, batch;
            while ((batch = await relay.RelayPendingAsync(CancellationToken.None)) > 0)
            {
                total += batch;
            }

            return total;
        }

        var hostA = Relay();
        var hostB = Relay();
        var relayed = (await Task.WhenAll(Task.Run(() => RelayUntilIdle(hostA)), Task.Run(() => RelayUntilIdle(hostB)))).Sum();

        // Under SQLite's single write lock an attempt may fail with "database is locked" and be scheduled for a retry:
        // let the fake clock reach the retries, as real time would.
        for (var round = 0; round < 10 && (await Outbox()).Any(m => m.CompletedAt is null); round++)
        {
            platform.Clock.Advance(Options.MaxRetryDelay);
            relayed += await RelayUntilIdle(hostA) + await RelayUntilIdle(hostB);
        }

        await platform.DeliverMessagesAsync();

        // Each row is dispatched by exactly one of the two hosts: no row is dispatched twice and none is left behind.
        Assert.Equal(30, relayed);
        Assert.All(await Outbox(), m => Assert.NotNull(m.CompletedAt));
        Assert.Equal(30, (await Inbox()).Count);
        Assert.Equal(30, (await Received()).Select(r => r.NoteId).Distinct().Count());
        Assert.Equal(30, (await Received()).Count);
    }

    private HandlerFaults Faults => platform.Services.GetRequiredService<HandlerFaults>();

    private MessagingOptions Options => platform.Services.GetRequiredService<IOptions<MessagingOptions>>().Value;

    /// <summary>A relay as a separate host would run it: its own instance id, same database.</summary>
    private OutboxRelay Relay() => new(
        platform.Services.GetRequiredService<IServiceScopeFactory>(),
        platform.Services.GetRequiredService<ModuleCatalog>(),
        platform.Services.GetRequiredService<SubscriptionRegistry>(),
        platform.Clock,
        platform.Services.GetRequiredService<IOptions<MessagingOptions>>(),
        new MessagingInstance(),
        platform.Services.GetRequiredService<Monolith.BuildingBlocks.Diagnostics.PlatformMetrics>(),
        new WriteGate(platform.Services.GetRequiredService<ActiveDatabase>()), // a host of its own has a gate of its own
        NullLogger<OutboxRelay>.Instance);

    private Task<List<Note>> Notes() => platform.QueryAsync<PublisherDbContext, List<Note>>(db => db.Notes.AsNoTracking().ToListAsync());

    private Task<List<OutboxMessage>> Outbox() => platform.QueryAsync<PublisherDbContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking().ToListAsync());

    private Task<List<InboxMessage>> Inbox() => platform.QueryAsync<SubscriberDbContext, List<InboxMessage>>(db => db.Inbox.AsNoTracking().ToListAsync());

    private Task<List<ReceivedNote>> Received() => platform.QueryAsync<SubscriberDbContext, List<ReceivedNote>>(db => db.ReceivedNotes.AsNoTracking().ToListAsync());

    private Task<int> InPublisher(Func<PublisherDbContext, Task<int>> action) => platform.QueryAsync(action);

    private Task<int> InSubscriber(Func<SubscriberDbContext, Task<int>> action) => platform.QueryAsync(action);
}
