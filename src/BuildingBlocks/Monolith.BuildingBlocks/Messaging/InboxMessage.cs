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
    int Attempts { get; set; }

    string? LastError { get; set; }

    DateTimeOffset? NextAttemptAt { get; set; }

    DateTimeOffset? ParkedAt { get; set; }

    string? LockedBy { get; set; }

    DateTimeOffset? LockedUntil { get; set; }
}

internal static class ClaimableMessageExtensions
{
    /// <summary>
    /// A failed attempt (already counted when the row was claimed): records the error, schedules the next try with
    /// backoff, parks after the last.
    /// </summary>
    public static void RecordFailure(this IClaimableMessage message, Exception error, DateTimeOffset now, MessagingOptions options)
    {
        message.LastError = MessageFailure.Describe(error);
        message.NextAttemptAt = now + options.RetryDelay(message.Attempts);
        message.ParkedAt = message.Attempts >= options.MaxAttempts ? now : null;
        message.Release();
    }

    /// <summary>An administrator's retry: a fresh set of attempts, due at once. The last error is kept for the record.</summary>
    public static void ResetForRetry(this IClaimableMessage message)
    {
        message.Attempts = 0;
        message.ParkedAt = null;
        message.NextAttemptAt = null;
        message.Release();
    }

    /// <summary>Recorded on a row whose last permitted attempt never finished: the host died while holding it.</summary>
    public const string AbandonedError = "最后一次处理未完成（处理进程中断，租约到期），已暂停投递。";

    public static void Release(this IClaimableMessage message)
    {
        message.LockedBy = null;
        message.LockedUntil = null;
    }
}
