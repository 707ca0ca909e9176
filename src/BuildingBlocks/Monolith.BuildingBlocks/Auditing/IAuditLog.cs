namespace Monolith.BuildingBlocks.Auditing;

public enum AuditKind
{
    Command,
    PersonalDataRead,
    SignIn,
}

public enum AuditOutcome
{
    Succeeded,

    /// <summary>Failed validation; nothing was written.</summary>
    Rejected,

    /// <summary>Refused by a business rule.</summary>
    Refused,
    NotFound,
    Failed,
}

/// <summary>
/// Where the pipeline records who did or read what. The store is the platform module's; the building blocks only
/// say what to record.
/// </summary>
public interface IAuditLog
{
    /// <param name="shown">For a list read: the matters (linkage numbers) or records it showed, so a search for a matter finds the lists that showed it.</param>
    Task RecordAsync(
        AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, CancellationToken cancellationToken, IReadOnlyCollection<string>? shown = null);

    /// <summary>
    /// Writes a command's success entry inside the unit of work that <paramref name="unitOfWork"/> has open, on its
    /// connection and in its transaction: the entry is committed with the command's changes, or rolled back with them.
    /// </summary>
    Task RecordSuccessWithinAsync(Microsoft.EntityFrameworkCore.DbContext unitOfWork, string action, string? subject, CancellationToken cancellationToken);

    /// <summary>
    /// The success of a command sent by another command's handler, joining its transaction: written in the outermost
    /// command's transaction just before it commits, together with the other such entries of that unit of work, and
    /// rolled back with it (the outer command's failure is then what is recorded). A batch of deliveries or of scheduled
    /// work run in one transaction thus writes its entries in one round trip, not one write transaction each.
    /// </summary>
    void RecordJoinedSuccess(string action, string? subject);

    /// <summary>A sign-in attempt; the actor is the account name tried, since no one is signed in yet.</summary>
    Task RecordSignInAsync(string userName, string? role, AuditOutcome outcome, string? detail, CancellationToken cancellationToken);
}

/// <summary>How many audit entries this process failed to write, and when the last one was; read by /health.</summary>
public sealed class UnwrittenAuditEntries
{
    private int count;
    private long lastTicks;

    public int Count => Volatile.Read(ref count);

    public DateTimeOffset? Last => Count == 0 ? null : new DateTimeOffset(Interlocked.Read(ref lastTicks), TimeSpan.Zero);

    public void Add(DateTimeOffset at)
    {
        Interlocked.Exchange(ref lastTicks, at.UtcTicks);
        Interlocked.Increment(ref count);
    }
}
