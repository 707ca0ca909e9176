namespace Monolith.BuildingBlocks.Messaging;

/// <summary>Wakes the relay as soon as a transaction committed outbox rows, instead of waiting for the next poll.</summary>
internal sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another thread released it first; one wake-up is enough.
            }
        }
    }

    /// <summary>True if woken by <see cref="Notify"/>, false if the timeout passed.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}

/// <summary>Identifies this host process when it claims rows, so two hosts sharing a database never take the same row.</summary>
internal sealed class MessagingInstance
{
    private long claims;

    public MessagingInstance()
    {
        var machine = Environment.MachineName;
        Id = $"{(machine.Length > 40 ? machine[..40] : machine)}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    }

    public string Id { get; }

    /// <summary>A claim token unique to this host and pass: completing a row requires the same token.</summary>
    public string NewClaim() => $"{Id}/{Interlocked.Increment(ref claims)}";
}
