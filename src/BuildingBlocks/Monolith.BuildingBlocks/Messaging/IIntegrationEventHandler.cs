using Monolith.BuildingBlocks.Contracts;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// Handles an integration event inside the receiving module. Runs in a transaction on the module's DbContext together
/// with the inbox row that records it, at most once per (event, handler). Do not call SaveChanges' transaction APIs.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
