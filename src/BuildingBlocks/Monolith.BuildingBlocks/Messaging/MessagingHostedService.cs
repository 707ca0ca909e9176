using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>Runs the relay and the inbox processor until the host stops: at once when signalled, else every poll interval.</summary>
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
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var handled = await relay.RelayPendingAsync(stoppingToken) + await inbox.ProcessPendingAsync(stoppingToken);
                if (handled > 0)
                {
                    continue;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogLoopFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Messaging loop failed; retrying after the poll interval")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
