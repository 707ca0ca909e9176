using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Domain;

namespace Monolith.BuildingBlocks.Application;

/// <summary>
/// The unit of work open in the current scope: a command's transaction, joined by the commands it sends. Work that
/// must not run inside it waits until it has ended:
/// <list type="bullet">
/// <item><see cref="AfterCompletionAsync"/>, committed or not: audit entries, written on their own connection, would
/// otherwise wait on SQLite's single write lock that the open transaction holds.</item>
/// <item><see cref="AfterCommit"/>, only if it committed: enqueueing a job for a row the transaction wrote (before the
/// commit the job could run and find nothing), invalidating a cache (a reader could cache the state from before).</item>
/// <item><see cref="AfterRollback"/>, only if it rolled back.</item>
/// </list>
/// And work that must be part of it: <see cref="BeforeCommit"/>, inside the outermost transaction once its handler has
/// answered (the audit entry of a command that succeeds, so that it exists if and only if the command committed), and
/// <see cref="BeforeThisCommit"/> for the commands it sent (their audit entries, written together).
/// It also remembers which matters (linkage numbers) the work touched, so the audit log can say what was changed.
/// </summary>
public sealed class UnitOfWorkScope
{
    private readonly List<(Func<Task> Action, Outcome When)> pending = [];
    private readonly List<Func<DbContext, object?, CancellationToken, Task>> beforeCommit = [];
    private readonly List<Func<DbContext, CancellationToken, Task>> beforeThisCommit = [];
    private readonly SortedSet<string> matters = new(StringComparer.Ordinal);
    private HashSet<object> trackedBefore = [];
    private int depth;

    [Flags]
    private enum Outcome
    {
        Committed = 1,
        RolledBack = 2,
        Either = Committed | RolledBack,
    }

    public bool IsActive => depth > 0;

    /// <summary>The linkage numbers of the matters the current (or last) unit of work loaded, changed or published about.</summary>
    public IReadOnlyCollection<string> Matters => matters;

    /// <summary>Runs <paramref name="action"/> now if no unit of work is open, else once the outermost one has ended.</summary>
    public Task AfterCompletionAsync(Func<Task> action) => Defer(action, Outcome.Either, runNowIfIdle: true);

    public void AfterCompletion(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _ = AfterCompletionAsync(() =>
        {
            action();
            return Task.CompletedTask;
        });
    }

    /// <summary>Runs <paramref name="action"/> once the outermost unit of work has committed; now if none is open.</summary>
    public void AfterCommit(Func<Task> action) => _ = Defer(action, Outcome.Committed, runNowIfIdle: true);

    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        AfterCommit(() =>
        {
            action();
            return Task.CompletedTask;
        });
    }

    /// <summary>Runs <paramref name="action"/> if the outermost unit of work rolls back; never if none is open.</summary>
    public void AfterRollback(Func<Task> action) => _ = Defer(action, Outcome.RolledBack, runNowIfIdle: false);

    /// <summary>
    /// Runs <paramref name="action"/> in the transaction of the next outermost unit of work of this scope, after its
    /// handler answered and before its changes are saved, with its context and the answer. Disposing the registration
    /// withdraws it (the command was refused before its transaction began, or it has ended).
    /// </summary>
    public IDisposable BeforeCommit(Func<DbContext, object?, CancellationToken, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        beforeCommit.Add(action);
        return new Registration(() => beforeCommit.Remove(action));
    }

    /// <summary>
    /// Runs <paramref name="action"/> once, in the transaction of the outermost unit of work open now, after its handler
    /// answered and before its changes are saved; dropped if it ends without getting there. For what a command sent by
    /// another leaves to the outermost one (its audit entry).
    /// </summary>
    public void BeforeThisCommit(Func<DbContext, CancellationToken, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!IsActive)
        {
            throw new InvalidOperationException("No unit of work is open in this scope.");
        }

        beforeThisCommit.Add(action);
    }

    /// <summary>
    /// Runs the <see cref="BeforeCommit"/> and <see cref="BeforeThisCommit"/> work, only in the outermost unit of work (a
    /// nested one on another context is not it).
    /// </summary>
    internal async Task BeforeCommitAsync(DbContext db, object? response, CancellationToken cancellationToken)
    {
        if (depth != 1)
        {
            return;
        }

        foreach (var action in beforeCommit.ToList())
        {
            await action(db, response, cancellationToken);
        }

        var once = beforeThisCommit.ToList();
        beforeThisCommit.Clear();
        foreach (var action in once)
        {
            await action(db, cancellationToken);
        }
    }

    /// <summary>
    /// Notes the matters whose records <paramref name="db"/> loaded, changed or published about in this unit of work
    /// (not those an earlier command of the same scope left tracked).
    /// </summary>
    internal void RecordMatters(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is ILinkedMatter { LinkageNumber: { Length: > 0 } number } && !trackedBefore.Contains(entry.Entity))
            {
                matters.Add(number);
            }
        }
    }

    internal void Enter(DbContext db)
    {
        if (depth++ == 0)
        {
            matters.Clear();
            trackedBefore = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        }
    }

    internal async Task ExitAsync(bool committed)
    {
        if (--depth > 0)
        {
            return;
        }

        beforeThisCommit.Clear();
        var due = committed ? Outcome.Committed : Outcome.RolledBack;
        var run = pending.Where(p => (p.When & due) != 0).Select(p => p.Action).ToList();
        pending.Clear();
        foreach (var action in run)
        {
            await action();
        }
    }

    private Task Defer(Func<Task> action, Outcome when, bool runNowIfIdle)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!IsActive)
        {
            return runNowIfIdle ? action() : Task.CompletedTask;
        }

        pending.Add((action, when));
        return Task.CompletedTask;
    }

    private sealed class Registration(Action withdraw) : IDisposable
    {
        public void Dispose() => withdraw();
    }
}
