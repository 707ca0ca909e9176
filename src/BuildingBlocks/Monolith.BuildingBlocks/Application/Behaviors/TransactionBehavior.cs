using MediatR;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Application.Behaviors;

/// <summary>
/// One transaction per command, on the DbContext of the module that owns the command. The module's changes and the
/// outbox rows it published are saved and committed together, or not at all. A command sent by a handler (or an
/// event handler, or a scheduled command) joins the transaction that is already open.
/// </summary>
internal sealed class TransactionBehavior<TRequest, TResponse>(IServiceProvider services, UnitOfWorkResolver unitOfWork, UnitOfWorkScope scope, OutboxSignal outboxSignal)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommandBase)
        {
            return await next();
        }

        var db = unitOfWork.For(request, services);
        if (db.Database.CurrentTransaction is not null)
        {
            try
            {
                return await next();
            }
            finally
            {
                scope.RecordMatters(db);
            }
        }

        scope.Enter(db);
        var committed = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var response = await next();
            var published = db is ModuleDbContext module && module.HasPendingOutboxMessages;
            scope.RecordMatters(db);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            committed = true;
            if (published)
            {
                outboxSignal.Notify();
            }

            return response;
        }
        catch
        {
            // Nothing of a failed command may be saved later by another command in the same scope.
            scope.RecordMatters(db);
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            await scope.ExitAsync(committed);
        }
    }
}
