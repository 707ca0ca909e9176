using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Scheduling;

/// <summary>
/// Runs one stored command in its module's transaction: marks the row done and sends the command, which joins the
/// transaction, so the work and its record commit together. A row already done, cancelled or parked, or not yet due by
/// the deployment's clock, is left alone: a job that runs twice, early or late does nothing wrong. Not audited itself:
/// the command it sends is.
/// </summary>
internal sealed record RunScheduledCommand(string ModuleName, Guid Id) : ICommand<bool>, ITargetsModule, IUnaudited;

internal sealed class RunScheduledCommandHandler(IServiceProvider services, ModuleCatalog modules, ScheduledCommandTypes types, IMediator mediator, TimeProvider time)
    : IRequestHandler<RunScheduledCommand, bool>
{
    public async Task<bool> Handle(RunScheduledCommand request, CancellationToken cancellationToken)
    {
        var db = modules.DbContext(services, request.ModuleName);
        var now = time.GetUtcNow();
        var row = await db.ScheduledCommands.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken);
        if (row is null || row.CompletedAt is not null || row.CancelledAt is not null || row.ParkedAt is not null)
        {
            return false;
        }

        if ((row.NextAttemptAt ?? row.DueAt) > now)
        {
            // Early by this deployment's clock: free the row for the dispatcher, which enqueues it when it is near.
            await db.ScheduledCommands.Where(c => c.Id == row.Id && c.CompletedAt == null).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.LockedBy, (string?)null).SetProperty(c => c.LockedUntil, (DateTimeOffset?)null), cancellationToken);
            return false;
        }

        // Taking the row in the same transaction as the work: a second job for it waits on this update and then finds
        // it done, or, if this transaction rolls back, finds it still to do.
        var taken = await db.ScheduledCommands
            .Where(c => c.Id == row.Id && c.CompletedAt == null && c.CancelledAt == null && c.ParkedAt == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.CompletedAt, now)
                    .SetProperty(c => c.Attempts, c => c.Attempts + 1)
                    .SetProperty(c => c.LockedBy, (string?)null)
                    .SetProperty(c => c.LockedUntil, (DateTimeOffset?)null),
                cancellationToken);
        if (taken == 0)
        {
            return false;
        }

        await types.SendAsync(mediator, row.Name, row.Payload, cancellationToken);
        return true;
    }
}

/// <summary>
/// Runs stored commands of one module that fell due together (the deadlines of everyone whose period ends the same
/// day) in one transaction, each as a <see cref="RunScheduledCommand"/> joining it: one commit for the lot. If any of
/// them fails, all roll back, and <see cref="ScheduledWorkJobs"/> runs them one at a time, so the failing one is
/// recorded and retried alone. Not audited itself: each command it runs is.
/// </summary>
internal sealed record RunScheduledBatchCommand(string ModuleName, IReadOnlyList<Guid> Ids) : ICommand<int>, ITargetsModule, IUnaudited;

internal sealed class RunScheduledBatchHandler(IServiceProvider services, ModuleCatalog modules, JoinedCommands joined)
    : IRequestHandler<RunScheduledBatchCommand, int>
{
    public async Task<int> Handle(RunScheduledBatchCommand request, CancellationToken cancellationToken)
    {
        var ran = await joined.SendEachAsync(modules.DbContext(services, request.ModuleName), request.Ids.Select(id => new RunScheduledCommand(request.ModuleName, id)), cancellationToken);
        return ran.Count(r => r);
    }
}
