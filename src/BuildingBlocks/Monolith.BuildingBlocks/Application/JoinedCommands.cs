using MediatR;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Application;

/// <summary>
/// Sends commands one after another inside the unit of work already open on <c>db</c>, each joining its transaction:
/// for a batch that commits once for all of them. Saves after each, so each sees what the earlier ones wrote, and
/// clears the change tracker, so the hundredth costs what the first did. Wakes the relay after the commit if any of them
/// published.
/// </summary>
internal sealed class JoinedCommands(IMediator mediator, UnitOfWorkScope unitOfWork, OutboxSignal outboxSignal)
{
    public async Task<IReadOnlyList<TResponse>> SendEachAsync<TResponse>(ModuleDbContext db, IEnumerable<IRequest<TResponse>> commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(commands);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Joined commands are sent from a command's handler, inside its transaction.");
        }

        var responses = new List<TResponse>();
        var published = false;
        foreach (var command in commands)
        {
            responses.Add(await mediator.Send(command, cancellationToken));
            published |= db.HasPendingOutboxMessages;
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        if (published)
        {
            unitOfWork.AfterCommit(outboxSignal.Notify);
        }

        return responses;
    }
}
