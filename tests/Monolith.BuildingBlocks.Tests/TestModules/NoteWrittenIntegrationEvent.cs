using Monolith.BuildingBlocks.Contracts;

namespace Monolith.BuildingBlocks.Tests.TestModules.Contracts;

/// <summary>The publisher module's integration event; the subscriber module reacts to it.</summary>
[IntegrationEventName("test.note-written.v1")]
public sealed record NoteWrittenIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, string LinkageNumber, Guid NoteId, string Text)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

/// <summary>A reply about a note, addressed to one module: only that module's handlers receive it.</summary>
[IntegrationEventName("test.note-answered.v1")]
public sealed record NoteAnsweredIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, string LinkageNumber, Guid NoteId, string Recipient)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber), IAddressedIntegrationEvent;
