using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace Monolith.BuildingBlocks.Jobs;

/// <summary>
/// Hangfire's log provider is a process-wide static that every starting host overwrites. With several hosts in one
/// process (the tests), a host could be handed the logger factory of another host that has already been disposed, and
/// Hangfire then fails while creating its job client. This provider logs through the host that installed it and, once
/// that host's factory is gone, drops Hangfire's log lines instead of failing the request that schedules a job.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return DroppedLog.Instance;
        }
    }

    private sealed class DroppedLog : ILog
    {
        public static readonly DroppedLog Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
