using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Diagnostics;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using OpenTelemetry;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// Moves committed outbox rows into the inbox of every subscribing module, a batch at a time. Steps, each safe to
/// repeat after a crash: claim a batch (a lease, so two hosts never relay the same row at once) → insert, per receiving
/// module, the inbox rows whose (event, handler) key is not there yet → mark the batch relayed while still holding it.
/// </summary>
internal sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    ModuleCatalog modules,
    SubscriptionRegistry subscriptions,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    MessagingInstance instance,
    PlatformMetrics metrics,
    WriteGate writeGate,
    ILogger<OutboxRelay> logger)
{
    private MessagingOptions Options => options.Value;

    /// <summary>Relays one batch per module; returns how many messages were relayed.</summary>
    public async Task<int> RelayPendingAsync(CancellationToken cancellationToken)
    {
        var relayed = 0;
        foreach (var module in modules.Modules)
        {
            relayed += await RelayBatchAsync(module, cancellationToken);
        }

        return relayed;
    }

    private async Task<int> RelayBatchAsync(ModuleRegistration source, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = source.DbContext(scope.ServiceProvider);
        var now = time.GetUtcNow();
        var claim = instance.NewClaim();
        List<OutboxMessage> batch;

        // An idle poll (every second or so, per module) is not traced: only a pass that moves something is a span.
        using (SuppressInstrumentationScope.Begin())
        {
            var ids = await db.Outbox.AsNoTracking().Ready(now, Options.MaxAttempts)
                .OrderBy(m => m.OccurredAt).Select(m => m.Id).Take(Options.BatchSize).ToListAsync(cancellationToken);
            batch = ids.Count == 0 ? [] : await writeGate.RunAsync(
                () => db.Outbox.ClaimAsync(ids, claim, now, now + Options.ClaimLease, countAttempt: true, cancellationToken), messagingWork: true, cancellationToken);
        }

        if (batch.Count == 0)
        {
            return 0;
        }

        using var activity = PlatformTelemetry.Source.StartActivity("outbox relay");
        activity?.SetTag("monolith.module", source.Info.Name);
        activity?.SetTag("monolith.messages", batch.Count);
        try
        {
            // The deliveries and the completion, one turn at the writers' gate: each is a write, and a relayed batch is not
            // held up behind commands that arrive in between.
            await writeGate.RunAsync(async () =>
            {
                foreach (var target in batch.SelectMany(m => subscriptions.For(m.Type, m.Recipient).Select(s => (Message: m, Subscription: s)))
                             .GroupBy(d => d.Subscription.ModuleName))
                {
                    await DeliverAsync(scope.ServiceProvider, source, target.Key, [.. target], cancellationToken);
                }

                await db.Outbox.CompleteAsync([.. batch.Select(m => m.Id)], claim, time.GetUtcNow(), cancellationToken);
            }, messagingWork: true, cancellationToken);

            foreach (var unheard in batch.Where(m => m.Recipient is not null && !subscriptions.For(m.Type, m.Recipient).Any()))
            {
                LogNoRecipientHandler(logger, unheard.Type, unheard.Id, unheard.Recipient!);
            }

            metrics.Relayed(source.Info.Name, batch.Count);
            return batch.Count;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogRelayFailed(logger, ex, source.Info.Name, batch.Count);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            metrics.RelayFailed(source.Info.Name, batch.Count);
            foreach (var message in batch)
            {
                await writeGate.RunAsync(
                    () => db.Outbox.RecordFailureAsync(message.Id, claim, message.Attempts, ex, time.GetUtcNow(), Options, cancellationToken), messagingWork: true, cancellationToken);
            }

            return batch.Count;
        }
    }

    /// <summary>Inserts the missing inbox rows of one receiving module in one round trip.</summary>
    private async Task DeliverAsync(
        IServiceProvider services, ModuleRegistration source, string targetModule, List<(OutboxMessage Message, Subscription Subscription)> deliveries, CancellationToken cancellationToken)
    {
        var target = modules.DbContext(services, targetModule);
        List<Guid> eventIds = [.. deliveries.Select(d => d.Message.Id).Distinct()];
        var existing = (await target.Inbox.AsNoTracking().Where(i => eventIds.Contains(i.EventId)).Select(i => new { i.EventId, i.Handler }).ToListAsync(cancellationToken))
            .Select(i => (i.EventId, i.Handler)).ToHashSet();
        var now = time.GetUtcNow();
        List<InboxMessage> rows = [.. deliveries
            .Where(d => !existing.Contains((d.Message.Id, d.Subscription.HandlerName)))
            .Select(d => new InboxMessage
            {
                Id = Guid.CreateVersion7(now),
                EventId = d.Message.Id,
                Handler = d.Subscription.HandlerName,
                Type = d.Message.Type,
                Payload = d.Message.Payload,
                LinkageNumber = d.Message.LinkageNumber,
                SourceModule = source.Info.Name,
                OccurredAt = d.Message.OccurredAt,
                ReceivedAt = now,
            })];
        try
        {
            target.Inbox.AddRange(rows);
            await target.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another relay inserted some of the same keys between our check and our insert (its claim had expired):
            // those deliveries exist, which is all we need. Insert the others one by one.
            target.ChangeTracker.Clear();
            foreach (var row in rows)
            {
                if (!await target.Inbox.AnyAsync(i => i.EventId == row.EventId && i.Handler == row.Handler, cancellationToken))
                {
                    target.Inbox.Add(row);
                    await target.SaveChangesAsync(cancellationToken);
                }
            }
        }
        finally
        {
            target.ChangeTracker.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Relaying a batch of {Count} outbox message(s) of {Module} failed")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception, string module, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply {EventName} {EventId} is addressed to {Recipient}, which has no handler for it")]
    private static partial void LogNoRecipientHandler(ILogger logger, string eventName, Guid eventId, string recipient);
}
