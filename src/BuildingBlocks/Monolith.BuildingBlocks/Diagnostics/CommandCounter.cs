using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Monolith.BuildingBlocks.Diagnostics;

/// <summary>
/// Counts the database commands (round trips) one module's contexts send, run or failed
/// (<see cref="PlatformTelemetry.Instruments.DbCommands"/>, by module): what a request costs the database, read from
/// outside (issue #14's bench prints it per registration). EF Core may batch several statements into one command.
/// </summary>
internal sealed class CommandCounter(PlatformMetrics metrics, string module) : DbCommandInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        metrics.DbCommand(module);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        metrics.DbCommand(module);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        metrics.DbCommand(module);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        metrics.DbCommand(module);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        metrics.DbCommand(module);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        metrics.DbCommand(module);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => metrics.DbCommand(module);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        metrics.DbCommand(module);
        return Task.CompletedTask;
    }
}
