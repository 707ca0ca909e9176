using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Application.Behaviors;

/// <summary>
/// One transaction per command, on the DbContext of the module that owns the command. The module's changes and the
/// outbox rows it published are saved and committed together, or not at all. A command sent by a handler (or an
/// event handler, or a scheduled command) joins the transaction that is already open. When the client sent an
/// <see cref="IdempotencyKey"/>, the command's result is saved under it in the same transaction, and a repeat is
/// answered from it without running the command again (ADR 0036).
/// </summary>
internal sealed class TransactionBehavior<TRequest, TResponse>(
    IServiceProvider services, UnitOfWorkResolver unitOfWork, UnitOfWorkScope scope, OutboxSignal outboxSignal, IdempotencyKey idempotency, ICurrentUser user, TimeProvider time,
    WriteGate writeGate)
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

        var key = db is ModuleDbContext ? idempotency.Take() : null;
        return await writeGate.RunAsync(
            () => RunInTransactionAsync(request, db, key, next, cancellationToken), messagingWork: request is DeliverInboxMessageCommand or DeliverInboxBatchCommand, cancellationToken);
    }

    private async Task<TResponse> RunInTransactionAsync(TRequest request, DbContext db, string? key, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        scope.Enter(db);
        var committed = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var fingerprint = key is null ? null : IdempotentCommand.FingerprintOf(request!);
            if (key is not null && await FindAsync((ModuleDbContext)db, key, cancellationToken) is { } first)
            {
                return Replay(first, fingerprint!);
            }

            var response = await next();
            var published = db is ModuleDbContext module && module.HasPendingOutboxMessages;
            if (key is not null)
            {
                Record((ModuleDbContext)db, key, fingerprint!, response);
            }

            scope.RecordMatters(db);
            await scope.BeforeCommitAsync(db, response, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (key is not null && e is not DbUpdateConcurrencyException)
            {
                throw new IdempotencyKeyInUseException(e); // the unique (user, key) index: a concurrent repeat committed first
            }

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

    private Task<IdempotentCommand?> FindAsync(ModuleDbContext db, string key, CancellationToken cancellationToken) =>
        db.IdempotentCommands.AsNoTracking().SingleOrDefaultAsync(c => c.UserName == user.UserName && c.Key == key, cancellationToken);

    private TResponse Replay(IdempotentCommand first, string fingerprint)
    {
        if (first.RequestType != typeof(TRequest).FullName || first.Fingerprint != fingerprint)
        {
            throw new IdempotencyKeyReusedException();
        }

        idempotency.Replayed = true;
        return JsonSerializer.Deserialize<TResponse>(first.Response)!;
    }

    private void Record(ModuleDbContext db, string key, string fingerprint, TResponse response)
    {
        var now = time.GetUtcNow();
        db.IdempotentCommands.Add(new IdempotentCommand
        {
            Id = Guid.CreateVersion7(now),
            UserName = user.UserName,
            Key = key,
            RequestType = typeof(TRequest).FullName!,
            Fingerprint = fingerprint,
            Response = JsonSerializer.Serialize(response),
            RecordedAt = now,
        });
    }
}
