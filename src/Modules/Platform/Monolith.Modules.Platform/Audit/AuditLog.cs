using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Audit;

/// <summary>
/// Writes a command's success inside the command's transaction (<see cref="RecordSuccessWithinAsync"/>); every other entry
/// (refusals, failures, reads, sign-ins) in its own short transaction, so it survives the rollback of what it records.
/// </summary>
/// <remarks>
/// A command sent by another command's handler and joining its transaction has its success entry saved in that
/// transaction with the others (<see cref="RecordJoinedSuccess"/>); any other entry made inside an open unit of work
/// waits until it ends.
/// A success entry that cannot be written fails its command, which is then not committed (ADR 0085). Any other entry
/// that cannot be written does not fail the request: what it records has already happened (a refusal, a failure, a
/// read, a sign-in, a command sent by another that has committed), and an error would make the user retry it. The whole entry goes to the log as a critical error
/// instead, and /health reports the host degraded until it restarts (<see cref="UnwrittenAuditEntries"/>).
/// </remarks>
internal sealed partial class AuditLog(
    IServiceScopeFactory scopes, DbContextOptions<PlatformDbContext> platformOptions, ICurrentUser user, TimeProvider time, UnitOfWorkScope unitOfWork,
    UnwrittenAuditEntries unwritten, WriteGate writeGate, ILogger<AuditLog> logger) : IAuditLog
{
    /// <summary>The joined commands' entries of the unit of work open now, saved just before it commits.</summary>
    private List<AuditEntry>? joinedSuccesses;

    public Task RecordAsync(
        AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, CancellationToken cancellationToken, IReadOnlyCollection<string>? shown = null) =>
        WriteAsync(user.UserName, user.Role, kind, action, subject, outcome, detail, shown, cancellationToken);

    public Task RecordSuccessWithinAsync(DbContext unitOfWork, string action, string? subject, CancellationToken cancellationToken) =>
        SaveWithinAsync(unitOfWork, [Entry(time.GetUtcNow(), user.UserName, user.Role, AuditKind.Command, action, subject, AuditOutcome.Succeeded, null, [])], cancellationToken);

    public void RecordJoinedSuccess(string action, string? subject)
    {
        if (joinedSuccesses is null)
        {
            var entries = joinedSuccesses = [];
            unitOfWork.BeforeThisCommit((db, ct) => SaveWithinAsync(db, entries, ct));
            unitOfWork.AfterCompletion(() => joinedSuccesses = null);
        }

        joinedSuccesses.Add(Entry(time.GetUtcNow(), user.UserName, user.Role, AuditKind.Command, action, subject, AuditOutcome.Succeeded, null, []));
    }

    /// <summary>Saves <paramref name="entries"/> on the open unit of work's connection and in its transaction.</summary>
    private async Task SaveWithinAsync(DbContext unitOfWork, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        var transaction = unitOfWork.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("An audit entry is written within a unit of work only while its transaction is open.");
        if (unitOfWork is PlatformDbContext platform)
        {
            platform.AuditEntries.AddRange(entries); // saved with the command's own changes
            return;
        }

        // Not from the pool: a pooled context keeps a borrowed connection when it goes back, and the next lease would
        // write on this command's connection.
        await using var db = new PlatformDbContext(platformOptions);
        db.Database.SetDbConnection(unitOfWork.Database.GetDbConnection(), contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task RecordSignInAsync(string userName, string? role, AuditOutcome outcome, string? detail, CancellationToken cancellationToken) =>
        WriteAsync(userName.Length > 64 ? userName[..64] : userName, role, AuditKind.SignIn, "Platform.SignIn", userName.Length > 128 ? userName[..128] : userName, outcome, detail, null, cancellationToken);

    private Task WriteAsync(
        string userName, string? role, AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, IReadOnlyCollection<string>? shown,
        CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        return unitOfWork.AfterCompletionAsync(() => InsertAsync(at, userName, role, kind, action, subject, outcome, detail, shown ?? [], cancellationToken));
    }

    private async Task InsertAsync(
        DateTimeOffset at, string userName, string? role, AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail,
        IReadOnlyCollection<string> shown, CancellationToken cancellationToken)
    {
        try
        {
            // Its own scope and connection: the entry must survive the rollback of what it records.
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            db.AuditEntries.Add(Entry(at, userName, role, kind, action, subject, outcome, detail, shown));
            await writeGate.RunAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            unwritten.Add(at);
            LogNotWritten(logger, ex, at, userName, role, kind, action, subject, outcome, detail, shown);
        }
    }

    private static AuditEntry Entry(
        DateTimeOffset at, string userName, string? role, AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail,
        IReadOnlyCollection<string> shown) => new()
        {
            At = at,
            UserName = userName,
            Role = role,
            Kind = kind,
            Action = action,
            Subject = subject,
            Outcome = outcome,
            Detail = detail is { Length: > 512 } ? detail[..512] : detail,
            Shown = [.. shown.Where(k => !string.IsNullOrEmpty(k)).Select(k => new AuditShownRecord { Key = k.Length > 64 ? k[..64] : k })],
        };

    [LoggerMessage(EventName = "AuditEntryNotWritten", Level = LogLevel.Critical,
        Message = "Audit entry not written: {At:O} {UserName} ({Role}) {Kind} {Action} on {Subject}: {Outcome} {Detail}; shown {Shown}")]
    private static partial void LogNotWritten(
        ILogger logger, Exception exception, DateTimeOffset at, string userName, string? role, AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail,
        IReadOnlyCollection<string> shown);
}
