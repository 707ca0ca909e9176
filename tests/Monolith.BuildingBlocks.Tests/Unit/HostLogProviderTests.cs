using Microsoft.Extensions.Logging;
using Monolith.BuildingBlocks.Jobs;
using NSubstitute;
using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace Monolith.BuildingBlocks.Tests.Unit;

public sealed class HostLogProviderTests
{
    [Fact]
    public void Hangfire_log_lines_reach_the_hosts_loggers()
    {
        var logger = Substitute.For<ILogger>();
        logger.IsEnabled(Arg.Any<LogLevel>()).Returns(true);
        var provider = Substitute.For<ILoggerProvider>();
        provider.CreateLogger(Arg.Any<string>()).Returns(logger);
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(provider));

        var log = new HostLogProvider(factory).GetLogger("Hangfire.Client");

        Assert.True(log.Log(HangfireLogLevel.Warn, () => "queue is slow"));
        logger.ReceivedWithAnyArgs(1).Log<object>(default, default, default!, default, default!);
    }

    [Fact]
    public void After_the_hosts_logger_factory_is_disposed_Hangfire_gets_a_logger_that_drops_lines_instead_of_throwing()
    {
        var factory = LoggerFactory.Create(_ => { });
        var hostLogs = new HostLogProvider(factory);
        factory.Dispose();

        var log = hostLogs.GetLogger("Hangfire.Client.CoreBackgroundJobFactory");

        Assert.False(log.Log(HangfireLogLevel.Error, () => "dropped"));
    }
}
