namespace Monolith.BuildingBlocks.Application;

/// <summary>
/// The unit of work open in the current scope (a command's transaction, or an inbox delivery's). Work that must not
/// run inside it waits until it has ended, committed or not: audit entries, written on their own connection, would
/// otherwise wait on SQLite's single write lock that the open transaction holds; cache invalidation would otherwise let
/// a reader cache the state from before the commit.
/// </summary>
public sealed class UnitOfWorkScope
{
    private readonly List<Func<Task>> afterCompletion = [];
    private int depth;

    public bool IsActive => depth > 0;

    /// <summary>Runs <paramref name="action"/> now if no unit of work is open, else once the outermost one has ended.</summary>
    public Task AfterCompletionAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!IsActive)
        {
            return action();
        }

        afterCompletion.Add(action);
        return Task.CompletedTask;
    }

    public void AfterCompletion(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _ = AfterCompletionAsync(() =>
        {
            action();
            return Task.CompletedTask;
        });
    }

    internal void Enter() => depth++;

    internal async Task ExitAsync()
    {
        if (--depth > 0)
        {
            return;
        }

        var pending = afterCompletion.ToList();
        afterCompletion.Clear();
        foreach (var action in pending)
        {
            await action();
        }
    }
}
