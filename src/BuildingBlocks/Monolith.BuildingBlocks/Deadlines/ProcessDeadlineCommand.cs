using MediatR;
using Microsoft.Extensions.Logging;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Scheduling;

namespace Monolith.BuildingBlocks.Deadlines;

public enum DeadlineProgress
{
    Unchanged,
    Reminded,
    Missed,
}

/// <summary>
/// Brings one deadline up to date with the clock: sends its reminder once due, or marks it missed once past due and
/// publishes <see cref="DeadlineMissedIntegrationEvent"/> in the same transaction. Re-checks everything, so a job that
/// runs twice, late, or for a deadline that no longer exists does nothing wrong.
/// </summary>
[ScheduledCommandName("platform.process-deadline.v1")]
public sealed record ProcessDeadlineCommand(string ModuleName, Guid DeadlineId) : ICommand<DeadlineProgress>, ITargetsModule, IAuditSubject
{
    string IAuditSubject.AuditSubject => DeadlineId.ToString();
}

internal sealed partial class ProcessDeadlineHandler(IServiceProvider services, ModuleCatalog modules, TimeProvider time, ILogger<ProcessDeadlineHandler> logger)
    : IRequestHandler<ProcessDeadlineCommand, DeadlineProgress>
{
    public async Task<DeadlineProgress> Handle(ProcessDeadlineCommand request, CancellationToken cancellationToken)
    {
        var db = modules.DbContext(services, request.ModuleName);
        var deadline = await db.Deadlines.FindAsync([request.DeadlineId], cancellationToken);
        if (deadline is null)
        {
            return DeadlineProgress.Unchanged;
        }

        var now = time.GetUtcNow();
        if (deadline.TryMarkMissed(now))
        {
            db.Publish(DeadlineMissedEvents.Missed(db, deadline, now));
            LogMissed(logger, request.ModuleName, deadline.Title, deadline.LinkageNumber, deadline.DueDate);
            return DeadlineProgress.Missed;
        }

        if (deadline.TryRemind(now))
        {
            LogReminded(logger, request.ModuleName, deadline.Title, deadline.LinkageNumber, deadline.DueDate);
            return DeadlineProgress.Reminded;
        }

        return DeadlineProgress.Unchanged;
    }

    // The subject reference names the worker: the log gets the linkage number, never the name.
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Module}: deadline missed — {Title} for {Subject}, due {DueDate}")]
    private static partial void LogMissed(ILogger logger, string module, string title, string subject, DateOnly dueDate);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Module}: reminder — {Title} for {Subject} is due {DueDate}")]
    private static partial void LogReminded(ILogger logger, string module, string title, string subject, DateOnly dueDate);
}
