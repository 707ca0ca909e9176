using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// Runs pending inbox rows through their handlers. The handler's changes and the row's ProcessedAt commit in one
/// transaction of the receiving module, so each (event, handler) takes effect exactly once. A failure rolls all of it
/// back, records the error, and schedules a retry with backoff. Claiming a row counts as an attempt, so a handler
/// that crashes the whole process is counted too; after MaxAttempts the row is parked.
/// </summary>
internal sealed partial class InboxProcessor(
    IServiceScopeFactory scopes,
    ModuleCatalog modules,
    SubscriptionRegistry subscriptions,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    MessagingInstance instance,
    OutboxSignal outboxSignal,
    ILogger<InboxProcessor> logger)
{
    private MessagingOptions Options => options.Value;

    /// <summary>Processes one batch per module; returns how many deliveries were handled.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var processed = 0;
        foreach (var module in modules.Modules)
        {
            foreach (var (eventId, handler) in await PendingAsync(module, cancellationToken))
            {
                if (await TryProcessAsync(module, eventId, handler, cancellationToken))
                {
                    processed++;
                }
            }
        }

        return processed;
    }

    private async Task<List<(Guid EventId, string Handler)>> PendingAsync(ModuleRegistration module, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var now = time.GetUtcNow();

        // A row whose last permitted attempt was claimed by a host that then died (a handler that crashes the
        // process) would otherwise be retried forever: park it.
        await db.Inbox
            .Where(m => m.ProcessedAt == null && m.ParkedAt == null && m.Attempts >= Options.MaxAttempts
                && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ParkedAt, now)
                    .SetProperty(m => m.LastError, ClaimableMessageExtensions.AbandonedError)
                    .SetProperty(m => m.LockedBy, (string?)null)
                    .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null),
                cancellationToken);

        var rows = await db.Inbox.AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.ParkedAt == null
                && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
                && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.ReceivedAt)
            .Select(m => new { m.EventId, m.Handler })
            .Take(Options.BatchSize)
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => (r.EventId, r.Handler));
    }

    private async Task<bool> TryProcessAsync(ModuleRegistration module, Guid eventId, string handler, CancellationToken cancellationToken)
    {
        if (!await TryClaimAsync(module, eventId, handler, cancellationToken))
        {
            return false;
        }

        using var scope = scopes.CreateScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWorkScope>();
        unitOfWork.Enter();
        try
        {
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                var message = await db.Inbox.SingleAsync(m => m.EventId == eventId && m.Handler == handler, cancellationToken);
                if (message.ProcessedAt is not null || message.LockedBy != instance.Id)
                {
                    return false;
                }

                var subscription = subscriptions.Find(message.Handler, message.Type)
                    ?? throw new InvalidOperationException($"No handler {message.Handler} for {message.Type} is registered in {module.Info.Name}.");
                var integrationEvent = IntegrationEventSerializer.Deserialize(message.Payload, subscription.EventType);
                var handlerInstance = scope.ServiceProvider.GetRequiredService(subscription.HandlerType);
                await subscription.Invoke(handlerInstance, integrationEvent, cancellationToken);

                message.ProcessedAt = time.GetUtcNow();
                message.Release();
                var published = db.HasPendingOutboxMessages;
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                if (published)
                {
                    outboxSignal.Notify();
                }
            }

            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(logger, ex, handler, eventId, module.Info.Name);
            await RecordFailureAsync(module, eventId, handler, ex, cancellationToken);
            return false;
        }
        finally
        {
            await unitOfWork.ExitAsync();
        }
    }

    private async Task<bool> TryClaimAsync(ModuleRegistration module, Guid eventId, string handler, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var now = time.GetUtcNow();
        var claimed = await db.Inbox
            .Where(m => m.EventId == eventId && m.Handler == handler && m.ProcessedAt == null && m.ParkedAt == null
                && m.Attempts < Options.MaxAttempts && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.LockedBy, instance.Id)
                    .SetProperty(m => m.LockedUntil, now + Options.ClaimLease)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                cancellationToken);
        return claimed == 1;
    }

    private async Task RecordFailureAsync(ModuleRegistration module, Guid eventId, string handler, Exception error, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var message = await db.Inbox.SingleAsync(m => m.EventId == eventId && m.Handler == handler, cancellationToken);
        message.RecordFailure(error, time.GetUtcNow(), Options);
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler {Handler} failed on event {EventId} in {Module}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, Guid eventId, string module);
}
