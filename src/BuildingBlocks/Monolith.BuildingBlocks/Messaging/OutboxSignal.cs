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

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}

/// <summary>Identifies this host process when it claims rows, so two hosts sharing a database never take the same row.</summary>
internal sealed class MessagingInstance
{
    public MessagingInstance()
    {
        var id = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        Id = id.Length > 128 ? id[^128..] : id;
    }

    public string Id { get; }
}
