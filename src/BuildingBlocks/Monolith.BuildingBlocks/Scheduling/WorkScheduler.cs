using Hangfire;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Scheduling;

/// <summary>
/// What a module calls, inside its own transaction, to have one of its commands run at a given time. The request is a
/// row in the module's table, written with the rest of the transaction; if it is due soon, its Hangfire job is
/// enqueued after the commit (never before: the job could run and find no row), and not at all after a rollback.
/// Later work is enqueued by <see cref="ScheduledWorkDispatcher"/> when it comes near.
/// </summary>
public sealed class WorkScheduler(
    TimeProvider time, UnitOfWorkScope unitOfWork, IBackgroundJobClient jobs, IOptions<SchedulingOptions> options)
{
    /// <summary>The hold on near work whose job is enqueued when the transaction commits.</summary>
    internal const string HeldForCommit = "after-commit";

    /// <param name="db">The module's DbContext: the work runs as that module's, on its queue.</param>
    /// <param name="command">A command of the module with <see cref="ScheduledCommandNameAttribute"/>.</param>
    /// <param name="at">When to run it; a time in the past means as soon as possible.</param>
    /// <param name="key">Optional: what the work is for, so it can be cancelled (<see cref="CancelAsync"/>).</param>
    /// <param name="linkageNumber">The matter it concerns, if any.</param>
    public void Schedule<TResponse>(ModuleDbContext db, IRequest<TResponse> command, DateTimeOffset at, string? key = null, string? linkageNumber = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(command);
        var now = time.GetUtcNow();
        var row = new ScheduledCommand
        {
            Id = Guid.CreateVersion7(now),
            Name = ScheduledCommandTypes.NameOf(command.GetType()),
            Payload = ScheduledCommandTypes.Serialize(command),
            Key = key,
            LinkageNumber = linkageNumber ?? string.Empty,
            DueAt = at,
            CreatedAt = now,
        };

        // Near work in a unit of work: hold it for the job enqueued after the commit. Outside one there is no commit
        // to wait for, so the dispatcher enqueues it.
        if (unitOfWork.IsActive && at <= now + options.Value.Horizon)
        {
            row.LockedBy = HeldForCommit;
            row.LockedUntil = (at > now ? at : now) + options.Value.Lease;
            var module = db.Module;
            unitOfWork.AfterCommit(() => ScheduledWorkJobs.Enqueue(jobs, module, row.Id, row.Name, at - time.GetUtcNow()));
        }

        db.ScheduledCommands.Add(row);
    }

    /// <summary>Cancels the module's pending work with <paramref name="key"/>, in the current transaction.</summary>
    public async Task CancelAsync(ModuleDbContext db, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = time.GetUtcNow();
        foreach (var added in db.ScheduledCommands.Local.Where(c => c.Key == key && c.CompletedAt is null))
        {
            added.CancelledAt ??= now;
        }

        await db.ScheduledCommands
            .Where(c => c.Key == key && c.CompletedAt == null && c.CancelledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CancelledAt, now), cancellationToken);
    }
}
