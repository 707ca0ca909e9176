using Monolith.BuildingBlocks.Contracts;

namespace Monolith.BuildingBlocks.Tests.TestModules.Contracts;

/// <summary>The publisher module's integration event; the subscriber module reacts to it.</summary>
[IntegrationEventName("test.note-written.v1")]
public sealed record NoteWrittenIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, string LinkageNumber, Guid NoteId, string Text)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);
