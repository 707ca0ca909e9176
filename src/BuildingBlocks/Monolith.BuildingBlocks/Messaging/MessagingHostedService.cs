using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// Runs the relay and the inbox processor until the host stops: at once when this host committed an event, else after
/// the poll interval, which doubles while nothing arrives (up to MaxPollInterval), so an idle host hardly touches the
/// database.
/// </summary>
internal sealed partial class MessagingHostedService(
    IServiceProvider services,
    OutboxSignal signal,
    IOptions<MessagingOptions> options,
    ILogger<MessagingHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        var relay = services.GetRequiredService<OutboxRelay>();
        var inbox = services.GetRequiredService<InboxProcessor>();
        var interval = options.Value.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var worked = await relay.RelayPendingAsync(stoppingToken) + await inbox.ProcessPendingAsync(stoppingToken);
                if (worked > 0)
                {
                    interval = options.Value.PollInterval;
                    continue;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogLoopFailed(logger, ex);
            }

            try
            {
                var woken = await signal.WaitAsync(interval, stoppingToken);
                interval = woken ? options.Value.PollInterval : Min(interval * 2, options.Value.MaxPollInterval);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Error, Message = "Messaging loop failed; retrying after the poll interval")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
