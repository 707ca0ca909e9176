using MediatR;
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
/// Runs pending inbox rows through their handlers: claims a batch per module in one statement, then sends each row as
/// a <see cref="DeliverInboxMessageCommand"/> through the same pipeline as every command (logging, audit, the receiving
/// module's transaction), several rows to a transaction (<see cref="DeliverInboxBatchCommand"/>). A failure rolls the
/// delivery back, records the error and schedules a retry with backoff; claiming counts as an attempt, so a handler
/// that crashes the whole process is counted too; after MaxAttempts the row is parked.
/// </summary>
internal sealed partial class InboxProcessor(
    IServiceScopeFactory scopes,
    ModuleCatalog modules,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    MessagingInstance instance,
    PlatformMetrics metrics,
    WriteGate writeGate,
    ILogger<InboxProcessor> logger)
{
    private MessagingOptions Options => options.Value;

    /// <summary>Processes one batch per module; returns how many rows it worked on (handled or failed).</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var worked = 0;
        foreach (var module in modules.Modules)
        {
            foreach (var chunk in (await ClaimAsync(module, cancellationToken)).Chunk(Math.Max(1, Options.DeliveriesPerTransaction)))
            {
                worked += chunk.Length;
                if (chunk.Length > 1 && await DeliverTogetherAsync(module.Info.Name, chunk, cancellationToken))
                {
                    continue;
                }

                foreach (var claimed in chunk)
                {
                    await DeliverAsync(claimed, cancellationToken);
                }
            }
        }

        return worked;
    }

    /// <summary>Delivers <paramref name="chunk"/> in one transaction; false if it rolled back (nothing of it counts).</summary>
    internal async Task<bool> DeliverTogetherAsync(string module, IReadOnlyList<ClaimedDelivery> chunk, CancellationToken cancellationToken)
    {
        using var activity = PlatformTelemetry.Source.StartActivity("inbox delivery batch");
        activity?.SetTag("monolith.module", module);
        activity?.SetTag("monolith.messages", chunk.Count);
        try
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DeliverInboxBatchCommand(module, chunk), cancellationToken);
            metrics.Handled(module, chunk.Count);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogBatchFailed(logger, ex, chunk.Count, module);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            return false;
        }
    }

    /// <summary>Claims a batch of the module's ready rows.</summary>
    internal async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(ModuleRegistration module, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        using var idlePollNotTraced = SuppressInstrumentationScope.Begin();
        var db = module.DbContext(scope.ServiceProvider);
        var now = time.GetUtcNow();
        var ids = await db.Inbox.AsNoTracking().Ready(now, Options.MaxAttempts)
            .OrderBy(m => m.ReceivedAt).Select(m => m.Id).Take(Options.BatchSize).ToListAsync(cancellationToken);
        var claim = instance.NewClaim();
        var rows = ids.Count == 0 ? [] : await writeGate.RunAsync(
            () => db.Inbox.ClaimAsync(ids, claim, now, now + Options.ClaimLease, countAttempt: true, cancellationToken), messagingWork: true, cancellationToken);
        return [.. rows.OrderBy(r => r.ReceivedAt).Select(r => new ClaimedDelivery(module.Info.Name, r, claim))];
    }

    /// <summary>Delivers one claimed row; true if its handler's effect was committed.</summary>
    internal async Task<bool> DeliverAsync(ClaimedDelivery claimed, CancellationToken cancellationToken)
    {
        var row = claimed.Row;
        using var activity = PlatformTelemetry.Source.StartActivity("inbox delivery");
        activity?.SetTag("monolith.module", claimed.Module);
        activity?.SetTag("monolith.handler", row.Handler);
        activity?.SetTag("monolith.event", row.Type);
        try
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(claimed.ToCommand(), cancellationToken);
            metrics.Handled(claimed.Module);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(logger, ex, row.Handler, row.EventId, claimed.Module);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            metrics.HandlerFailed(claimed.Module);
            using var scope = scopes.CreateScope();
            var db = modules.DbContext(scope.ServiceProvider, claimed.Module);
            await writeGate.RunAsync(
                () => db.Inbox.RecordFailureAsync(row.Id, claimed.Claim, row.Attempts, ex, time.GetUtcNow(), Options, cancellationToken), messagingWork: true, cancellationToken);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} deliveries in {Module} rolled back; delivering them one at a time")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count, string module);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler {Handler} failed on event {EventId} in {Module}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, Guid eventId, string module);
}

/// <summary>An inbox row this host claimed, with the claim it must still hold to complete it.</summary>
internal sealed record ClaimedDelivery(string Module, InboxMessage Row, string Claim)
{
    public DeliverInboxMessageCommand ToCommand() => new(Module, Row.Id, Claim, Row.Type, Row.Handler, Row.Payload, Row.LinkageNumber);
}
