namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// An integration event waiting to leave its module. Written in the same transaction as the change that raised it;
/// the relay copies it into each subscriber's inbox and then marks it dispatched.
/// </summary>
internal sealed class OutboxMessage : IClaimableMessage
{
    public Guid Id { get; init; }

    /// <summary>Assembly-qualified name of the event contract ("Namespace.Type, Assembly").</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public required string LinkageNumber { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? ParkedAt { get; set; }

    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
