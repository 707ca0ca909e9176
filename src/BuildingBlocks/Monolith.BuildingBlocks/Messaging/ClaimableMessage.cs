using Microsoft.EntityFrameworkCore;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// A row that hosts take turns to work on: an outbox message to relay, an inbox delivery to handle, a scheduled
/// command to run. One set of rules for all three: a host claims a row with a lease (so two hosts never work the same
/// row), completes it only while it still holds that claim, records a failure with a backed-off next attempt, and
/// after the last permitted attempt the row is parked for an administrator.
/// </summary>
internal interface IClaimableMessage
{
    Guid Id { get; }

    /// <summary>When the work was done (relayed, handled, run); null while it is still to do.</summary>
    DateTimeOffset? CompletedAt { get; set; }

    int Attempts { get; set; }

    string? LastError { get; set; }

    DateTimeOffset? NextAttemptAt { get; set; }

    DateTimeOffset? ParkedAt { get; set; }

    /// <summary>The claim (host and pass) that holds the row; null when free.</summary>
    string? LockedBy { get; set; }

    DateTimeOffset? LockedUntil { get; set; }
}

/// <summary>The claim, completion, failure and housekeeping statements shared by every kind of claimable row.</summary>
internal static class ClaimableMessages
{
    /// <summary>Recorded on a row whose last permitted attempt never finished: the host died while holding it.</summary>
    public const string AbandonedError = "最后一次处理未完成（处理进程中断，租约到期），已暂停投递。";

    /// <summary>Not done, not parked, and not held by a live claim.</summary>
    public static IQueryable<T> Unclaimed<T>(this IQueryable<T> rows, DateTimeOffset now)
        where T : class, IClaimableMessage =>
        rows.Where(m => m.CompletedAt == null && m.ParkedAt == null && (m.LockedUntil == null || m.LockedUntil < now));

    /// <summary>Unclaimed, with attempts left, and not waiting for a retry after <paramref name="now"/>.</summary>
    public static IQueryable<T> Ready<T>(this IQueryable<T> rows, DateTimeOffset now, int maxAttempts)
        where T : class, IClaimableMessage =>
        rows.Unclaimed(now).Where(m => m.Attempts < maxAttempts && (m.NextAttemptAt == null || m.NextAttemptAt <= now));

    /// <summary>
    /// Claims those of <paramref name="ids"/> that are still unclaimed, in one statement, and returns the rows this
    /// claim got (another host may have taken some in between). With <paramref name="countAttempt"/> the claim counts
    /// as an attempt, so work that crashes the whole process is counted too.
    /// </summary>
    public static async Task<List<T>> ClaimAsync<T>(
        this DbSet<T> rows, IReadOnlyCollection<Guid> ids, string claim, DateTimeOffset now, DateTimeOffset lockedUntil, bool countAttempt, CancellationToken cancellationToken)
        where T : class, IClaimableMessage
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var increment = countAttempt ? 1 : 0;
        var claimed = await rows.Where(m => ids.Contains(m.Id)).Unclaimed(now).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.LockedBy, claim)
                .SetProperty(m => m.LockedUntil, lockedUntil)
                .SetProperty(m => m.Attempts, m => m.Attempts + increment),
            cancellationToken);
        return claimed == 0 ? [] : await rows.AsNoTracking().Where(m => ids.Contains(m.Id) && m.LockedBy == claim).ToListAsync(cancellationToken);
    }

    /// <summary>Marks rows done, only those still held by <paramref name="claim"/>; returns how many.</summary>
    public static Task<int> CompleteAsync<T>(this DbSet<T> rows, IReadOnlyCollection<Guid> ids, string claim, DateTimeOffset now, CancellationToken cancellationToken)
        where T : class, IClaimableMessage =>
        rows.Where(m => ids.Contains(m.Id) && m.LockedBy == claim && m.CompletedAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.CompletedAt, now)
                .SetProperty(m => m.LockedBy, (string?)null)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null),
            cancellationToken);

    /// <summary>
    /// A failed attempt (already counted when the row was claimed, now <paramref name="attempts"/>): records the error,
    /// schedules the next try with backoff, parks after the last. Only while <paramref name="claim"/> holds the row.
    /// </summary>
    public static Task<int> RecordFailureAsync<T>(
        this DbSet<T> rows, Guid id, string claim, int attempts, Exception error, DateTimeOffset now, MessagingOptions options, CancellationToken cancellationToken)
        where T : class, IClaimableMessage
    {
        ArgumentNullException.ThrowIfNull(options);
        var lastError = Describe(error);
        var nextAttemptAt = now + options.RetryDelay(attempts);
        DateTimeOffset? parkedAt = attempts >= options.MaxAttempts ? now : null;
        return rows.Where(m => m.Id == id && m.LockedBy == claim && m.CompletedAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.LastError, lastError)
                .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                .SetProperty(m => m.ParkedAt, parkedAt)
                .SetProperty(m => m.LockedBy, (string?)null)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null),
            cancellationToken);
    }

    /// <summary>
    /// Parks rows whose last permitted attempt was claimed by a host that then died (work that crashes the process
    /// would otherwise be retried forever).
    /// </summary>
    public static Task<int> ParkAbandonedAsync<T>(this DbSet<T> rows, DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken)
        where T : class, IClaimableMessage =>
        rows.Unclaimed(now).Where(m => m.Attempts >= maxAttempts).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.ParkedAt, now)
                .SetProperty(m => m.LastError, AbandonedError)
                .SetProperty(m => m.LockedBy, (string?)null)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null),
            cancellationToken);

    /// <summary>Deletes rows done before <paramref name="before"/>; parked and pending rows stay.</summary>
    public static Task<int> PurgeCompletedAsync<T>(this DbSet<T> rows, DateTimeOffset before, CancellationToken cancellationToken)
        where T : class, IClaimableMessage =>
        rows.Where(m => m.CompletedAt != null && m.CompletedAt < before).ExecuteDeleteAsync(cancellationToken);

    /// <summary>An administrator's retry: a fresh set of attempts, due at once. The last error is kept for the record.</summary>
    public static void ResetForRetry(this IClaimableMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Attempts = 0;
        message.ParkedAt = null;
        message.NextAttemptAt = null;
        message.LockedBy = null;
        message.LockedUntil = null;
    }

    public static string Describe(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = $"{error.GetType().Name}: {error.Message}";
        if (error.InnerException is { } inner)
        {
            text += $" → {inner.GetType().Name}: {inner.Message}";
        }

        return text.Length <= 4000 ? text : text[..4000];
    }

}
