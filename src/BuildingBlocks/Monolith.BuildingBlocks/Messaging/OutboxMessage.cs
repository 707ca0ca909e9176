using Monolith.BuildingBlocks.Domain;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// An integration event waiting to leave its module. Written in the same transaction as the change that raised it;
/// the relay copies it into the inbox of each subscriber (only the recipient's, for a reply) and then marks it done.
/// Done rows are purged after the retention period: they carry personal data.
/// </summary>
internal sealed class OutboxMessage : IClaimableMessage, ILinkedMatter
{
    public Guid Id { get; init; }

    /// <summary>The event's stable name, e.g. "legalaid.decision-made.v1".</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public required string LinkageNumber { get; init; }

    /// <summary>For a reply: the only module it is delivered to. Null: every subscriber.</summary>
    public string? Recipient { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? ParkedAt { get; set; }

    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
