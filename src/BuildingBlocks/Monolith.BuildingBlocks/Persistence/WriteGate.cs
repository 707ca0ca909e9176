using System.Diagnostics;
using Monolith.BuildingBlocks.Diagnostics;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// On an engine that takes one write transaction at a time for the whole database (SQLite), this process's writers
/// queue here, and each starts the moment the one before it ends. Without it they queue in SQLite's busy handler,
/// which sleeps 1, 2, 5, 10 … up to 100 ms between tries, so under load a writer waits far longer than the lock is held
/// (ADR 0084). On other engines it lets everything through.
/// </summary>
/// <remarks>
/// Delivering integration events (the relay, inbox claims and deliveries) goes ahead of commands that are waiting, in
/// the order they came: otherwise, with more commands arriving than the host can take, events between agencies would
/// wait behind all of them. Holding it only orders this process's writers: the database's own lock still decides, so
/// a second process on the same file waits as before. A flow that already holds it (a command sent inside another, the
/// audit entries written when a unit of work ends) passes straight through, so it never waits for itself.
/// </remarks>
public sealed class WriteGate
{
    private readonly bool enabled;
    private readonly PlatformMetrics? metrics;
    private readonly object sync = new();
    private readonly Queue<TaskCompletionSource> messaging = new();
    private readonly Queue<TaskCompletionSource> others = new();
    private readonly AsyncLocal<bool> held = new();
    private bool taken;

    /// <param name="database">The engine decides whether writers queue here at all.</param>
    /// <param name="metrics">Where each turn's wait and hold times go (<see cref="PlatformTelemetry.Instruments.WriteGateHeld"/>); none when null.</param>
    public WriteGate(ActiveDatabase database, PlatformMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        enabled = database.Provider.OneWriterAtATime;
        this.metrics = metrics;
    }

    /// <summary>Runs <paramref name="write"/> (one or more write transactions) when it is this flow's turn.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) => RunAsync(write, messagingWork: false, cancellationToken);

    /// <inheritdoc cref="RunAsync{T}(Func{Task{T}}, CancellationToken)"/>
    public Task RunAsync(Func<Task> write, CancellationToken cancellationToken) => RunAsync(write, messagingWork: false, cancellationToken);

    /// <summary>
    /// Runs <paramref name="write"/> when it is this flow's turn; <paramref name="messagingWork"/> (delivering integration
    /// events) goes ahead of other writers that are waiting.
    /// </summary>
    public Task RunAsync(Func<Task> write, bool messagingWork, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return RunAsync(async () =>
        {
            await write();
            return true;
        }, messagingWork, cancellationToken);
    }

    /// <inheritdoc cref="RunAsync(Func{Task}, bool, CancellationToken)"/>
    public async Task<T> RunAsync<T>(Func<Task<T>> write, bool messagingWork, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (!enabled || held.Value)
        {
            return await write();
        }

        var asked = Stopwatch.GetTimestamp();
        await EnterAsync(messagingWork, cancellationToken);
        var entered = Stopwatch.GetTimestamp();
        try
        {
            held.Value = true; // seen by everything write() awaits, and reverted for the caller when this method returns
            return await write();
        }
        finally
        {
            Leave();
            metrics?.WriteGateTurn(messagingWork, Stopwatch.GetElapsedTime(asked, entered), Stopwatch.GetElapsedTime(entered));
        }
    }

    private async Task EnterAsync(bool messagingWork, CancellationToken cancellationToken)
    {
        TaskCompletionSource turn;
        lock (sync)
        {
            if (!taken)
            {
                taken = true;
                return;
            }

            turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (messagingWork ? messaging : others).Enqueue(turn);
        }

        // A cancelled waiter stays queued and is skipped when its turn comes; if the turn came first, it is taken.
        await using (cancellationToken.Register(() => turn.TrySetCanceled(cancellationToken)))
        {
            await turn.Task;
        }
    }

    private void Leave()
    {
        lock (sync)
        {
            while (messaging.TryDequeue(out var next) || others.TryDequeue(out next))
            {
                if (next.TrySetResult())
                {
                    return; // handed straight to the next writer
                }
            }

            taken = false;
        }
    }
}
