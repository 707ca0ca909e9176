namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// On an engine that takes one write transaction at a time for the whole database (SQLite), this process's writers
/// queue here, first come first served, and each starts the moment the one before it ends. Without it they queue in
/// SQLite's busy handler, which sleeps 1, 2, 5, 10 … up to 100 ms between tries, so under load a writer waits far
/// longer than the lock is held (ADR 0084). On other engines it lets everything through.
/// </summary>
/// <remarks>
/// Holding it only orders this process's writers: the database's own lock still decides, so a second process on the
/// same file waits as before. A flow that already holds it (a command sent inside another, the audit entries written
/// when a unit of work ends) passes straight through, so it never waits for itself.
/// </remarks>
public sealed class WriteGate
{
    private readonly SemaphoreSlim? turn;
    private readonly AsyncLocal<bool> held = new();

    public WriteGate(ActiveDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        turn = database.Provider.OneWriterAtATime ? new SemaphoreSlim(1, 1) : null;
    }

    /// <summary>Runs <paramref name="write"/> (one or more write transactions) when it is this flow's turn.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (turn is null || held.Value)
        {
            return await write();
        }

        await turn.WaitAsync(cancellationToken);
        try
        {
            held.Value = true; // seen by everything write() awaits, and reverted for the caller when this method returns
            return await write();
        }
        finally
        {
            turn.Release();
        }
    }

    /// <inheritdoc cref="RunAsync{T}(Func{Task{T}}, CancellationToken)"/>
    public Task RunAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return RunAsync(async () =>
        {
            await write();
            return true;
        }, cancellationToken);
    }
}
