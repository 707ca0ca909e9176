namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// One delivery of an integration event to one handler of the receiving module, keyed by (event id, handler).
/// The handler's changes and <see cref="ProcessedAt"/> are committed together, so a redelivery finds the row
/// processed (or finds the key taken) and has no effect.
/// </summary>
internal sealed class InboxMessage : IClaimableMessage
{
    public Guid EventId { get; init; }

    /// <summary>Full name of the handler type; one event reaches each handler once.</summary>
    public required string Handler { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public required string LinkageNumber { get; init; }

    public required string SourceModule { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? ParkedAt { get; set; }

    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}

/// <summary>The retry bookkeeping shared by outbox and inbox rows.</summary>
internal interface IClaimableMessage
{
    int Attempts { get; }

    string? LastError { get; }

    DateTimeOffset? NextAttemptAt { get; }

    DateTimeOffset? ParkedAt { get; }

    string? LockedBy { get; }

    DateTimeOffset? LockedUntil { get; }
}
