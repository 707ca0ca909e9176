using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// Moves committed outbox rows into the inbox of every subscribing module. Steps, each safe to repeat after a crash:
/// claim the row (a lease, so two hosts never relay the same row at once) → insert an inbox row per handler unless
/// that (event, handler) key already exists → mark the outbox row dispatched.
/// </summary>
internal sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    ModuleCatalog modules,
    SubscriptionRegistry subscriptions,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    MessagingInstance instance,
    ILogger<OutboxRelay> logger)
{
    private MessagingOptions Options => options.Value;

    /// <summary>Relays one batch per module; returns how many messages were dispatched.</summary>
    public async Task<int> RelayPendingAsync(CancellationToken cancellationToken)
    {
        var dispatched = 0;
        foreach (var module in modules.Modules)
        {
            foreach (var id in await PendingAsync(module, cancellationToken))
            {
                if (await TryRelayAsync(module, id, cancellationToken))
                {
                    dispatched++;
                }
            }
        }

        return dispatched;
    }

    private async Task<List<Guid>> PendingAsync(ModuleRegistration module, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var now = time.GetUtcNow();
        await db.Outbox
            .Where(m => m.DispatchedAt == null && m.ParkedAt == null && m.Attempts >= Options.MaxAttempts
                && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ParkedAt, now)
                    .SetProperty(m => m.LastError, ClaimableMessageExtensions.AbandonedError)
                    .SetProperty(m => m.LockedBy, (string?)null)
                    .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null),
                cancellationToken);
        return await db.Outbox.AsNoTracking()
            .Where(m => m.DispatchedAt == null && m.ParkedAt == null
                && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
                && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.OccurredAt)
            .Select(m => m.Id)
            .Take(Options.BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> TryRelayAsync(ModuleRegistration module, Guid id, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var now = time.GetUtcNow();
        var claimed = await db.Outbox
            .Where(m => m.Id == id && m.DispatchedAt == null && m.ParkedAt == null && m.Attempts < Options.MaxAttempts
                && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.LockedBy, instance.Id)
                    .SetProperty(m => m.LockedUntil, now + Options.ClaimLease)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var message = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            foreach (var subscription in subscriptions.For(message.Type))
            {
                await DeliverAsync(scope.ServiceProvider, module, message, subscription, cancellationToken);
            }

            await db.Outbox
                .Where(m => m.Id == id && m.LockedBy == instance.Id)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.DispatchedAt, time.GetUtcNow())
                        .SetProperty(m => m.LockedBy, (string?)null)
                        .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null),
                    cancellationToken);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogRelayFailed(logger, ex, module.Info.Name, id);
            await RecordFailureAsync(module, id, ex, cancellationToken);
            return false;
        }
    }

    private static async Task DeliverAsync(
        IServiceProvider services, ModuleRegistration source, OutboxMessage message, Subscription subscription, CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<ModuleCatalog>();
        var target = catalog.DbContext(services, subscription.ModuleName);
        var exists = await target.Inbox.AnyAsync(i => i.EventId == message.Id && i.Handler == subscription.HandlerName, cancellationToken);
        if (exists)
        {
            return;
        }

        target.Inbox.Add(new InboxMessage
        {
            EventId = message.Id,
            Handler = subscription.HandlerName,
            Type = message.Type,
            Payload = message.Payload,
            LinkageNumber = message.LinkageNumber,
            SourceModule = source.Info.Name,
            OccurredAt = message.OccurredAt,
            ReceivedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        });
        try
        {
            await target.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another relay inserted the same key between our check and our insert: the delivery exists, which is all we need.
            target.ChangeTracker.Clear();
            if (!await target.Inbox.AnyAsync(i => i.EventId == message.Id && i.Handler == subscription.HandlerName, cancellationToken))
            {
                throw;
            }
        }
    }

    private async Task RecordFailureAsync(ModuleRegistration module, Guid id, Exception error, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var message = await db.Outbox.SingleAsync(m => m.Id == id, cancellationToken);
        message.RecordFailure(error, time.GetUtcNow(), Options);
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Relaying outbox message {MessageId} of {Module} failed")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception, string module, Guid messageId);
}

internal static class MessageFailure
{
    public static string Describe(Exception error)
    {
        var text = $"{error.GetType().Name}: {error.Message}";
        if (error.InnerException is { } inner)
        {
            text += $" → {inner.GetType().Name}: {inner.Message}";
        }

        return text.Length <= 4000 ? text : text[..4000];
    }
}
