using Monolith.BuildingBlocks.Domain;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// One delivery of an integration event to one handler of the receiving module, unique by (event id, handler name).
/// The handler's changes and <see cref="CompletedAt"/> are committed together, and only while the processor still
/// holds its claim, so a redelivery finds the row done (or finds the key taken) and has no effect.
/// </summary>
internal sealed class InboxMessage : IClaimableMessage, ILinkedMatter
{
    public Guid Id { get; init; }

    public Guid EventId { get; init; }

    /// <summary>The handler's stable name, e.g. "arbitration.record-legal-aid-decision".</summary>
    public required string Handler { get; init; }

    /// <summary>The event's stable name.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public required string LinkageNumber { get; init; }

    public required string SourceModule { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? ParkedAt { get; set; }

    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
