namespace Monolith.BuildingBlocks.Contracts;

/// <summary>
/// Base of every integration event. Events are immutable, named in the past tense, and change additively only:
/// a subscriber deployed before a field was added must still read the event.
/// </summary>
/// <param name="EventId">Unique per event; the inbox key together with the handler.</param>
/// <param name="OccurredAt">When the change happened (from the publisher's TimeProvider).</param>
/// <param name="LinkageNumber">The city-wide number of the worker's matter (联动编号).</param>
public abstract record IntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, string LinkageNumber);
