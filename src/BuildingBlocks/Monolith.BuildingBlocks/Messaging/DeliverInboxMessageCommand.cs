using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// Runs one claimed inbox row through its handler, in the receiving module's transaction. Audited as the handler it
/// ran ("Arbitration.arbitration.record-legal-aid-decision") on the matter's linkage number.
/// </summary>
internal sealed record DeliverInboxMessageCommand(
    string ModuleName, Guid MessageId, string Claim, string EventName, string HandlerName, string Payload, string LinkageNumber)
    : ICommand<MediatR.Unit>, ITargetsModule, IAuditSubject, IAuditAction
{
    string IAuditSubject.AuditSubject => LinkageNumber.Length > 0 ? LinkageNumber : $"{EventName}";

    string IAuditAction.AuditAction => $"{ModuleName}.{HandlerName}";
}

/// <summary>Another host took over the row (our claim expired while the handler ran): our delivery must not count.</summary>
internal sealed class ClaimLostException(string handler, Guid messageId)
    : Exception($"The claim on inbox row {messageId} ({handler}) was lost before the delivery could be completed; it was rolled back.");

internal sealed class DeliverInboxMessageHandler(IServiceProvider services, ModuleCatalog modules, SubscriptionRegistry subscriptions, TimeProvider time)
    : IRequestHandler<DeliverInboxMessageCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeliverInboxMessageCommand request, CancellationToken cancellationToken)
    {
        var db = modules.DbContext(services, request.ModuleName);
        var subscription = subscriptions.Find(request.HandlerName, request.EventName)
            ?? throw new InvalidOperationException($"No handler {request.HandlerName} for {request.EventName} is registered in {request.ModuleName}.");
        var integrationEvent = IntegrationEventSerializer.Deserialize(request.Payload, subscription.EventType);
        await subscription.Invoke(services.GetRequiredService(subscription.HandlerType), integrationEvent, cancellationToken);

        // Completed in the same transaction as the handler's changes, and only while our claim still holds the row.
        if (await db.Inbox.CompleteAsync([request.MessageId], request.Claim, time.GetUtcNow(), cancellationToken) == 0)
        {
            throw new ClaimLostException(request.HandlerName, request.MessageId);
        }

        return MediatR.Unit.Value;
    }
}

/// <summary>
/// Delivers claimed inbox rows of one module in one transaction: each as a <see cref="DeliverInboxMessageCommand"/> that
/// joins it (its own handler, completion and audit entry), saved before the next, so a handler sees what the earlier
/// ones wrote. One commit and one turn at the writers' gate for the lot, instead of one each. If any delivery fails, all
/// of them roll back and <see cref="InboxProcessor"/> delivers the rows one at a time: the failing one is retried
/// alone, and the others are not held up by it.
/// </summary>
internal sealed record DeliverInboxBatchCommand(string ModuleName, IReadOnlyList<ClaimedDelivery> Deliveries)
    : ICommand<MediatR.Unit>, ITargetsModule, IUnaudited;

internal sealed class DeliverInboxBatchHandler(IServiceProvider services, ModuleCatalog modules, JoinedCommands joined)
    : IRequestHandler<DeliverInboxBatchCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeliverInboxBatchCommand request, CancellationToken cancellationToken)
    {
        await joined.SendEachAsync(modules.DbContext(services, request.ModuleName), request.Deliveries.Select(d => d.ToCommand()), cancellationToken);
        return MediatR.Unit.Value;
    }
}
