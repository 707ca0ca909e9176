using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;

namespace Monolith.BuildingBlocks.Messaging;

public enum MessageDirection
{
    Outbox,
    Inbox,
}

/// <summary>A message that failed at least once: still retrying (with its next attempt) or parked.</summary>
public sealed record MessageProblem(
    string Module,
    MessageDirection Direction,
    Guid EventId,
    string? Handler,
    string EventType,
    string LinkageNumber,
    int Attempts,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? ParkedAt,
    DateTimeOffset OccurredAt)
{
    public bool Parked => ParkedAt is not null;
}

/// <summary>Every module's failing and parked messages, parked first, one page at a time; or only the parked ones.</summary>
public sealed record ListMessageProblemsQuery(PageRequest? Paging = null, bool ParkedOnly = false) : IQuery<Paged<MessageProblem>>;

internal sealed class ListMessageProblemsHandler(IServiceProvider services, ModuleCatalog modules)
    : IRequestHandler<ListMessageProblemsQuery, Paged<MessageProblem>>
{
    public async Task<Paged<MessageProblem>> Handle(ListMessageProblemsQuery request, CancellationToken cancellationToken)
    {
        // The page of a list merged from every module's outbox and inbox: each source gives its first (skip + take) rows
        // in the same order, and the merge is cut to the page.
        var paging = request.Paging ?? PageRequest.First;
        var first = paging.Skip + paging.PageSize;
        var problems = new List<MessageProblem>();
        var total = 0;
        foreach (var module in modules.Modules)
        {
            var db = module.DbContext(services);
            var outbox = db.Outbox.AsNoTracking().Where(m => m.CompletedAt == null && (request.ParkedOnly ? m.ParkedAt != null : m.LastError != null || m.ParkedAt != null));
            total += await outbox.CountAsync(cancellationToken);
            problems.AddRange((await outbox.OrderBy(m => m.ParkedAt == null).ThenBy(m => m.OccurredAt).Take(first).ToListAsync(cancellationToken)).Select(m => new MessageProblem(
                module.Info.Name, MessageDirection.Outbox, m.Id, null, m.Type, m.LinkageNumber, m.Attempts, m.LastError, m.NextAttemptAt, m.ParkedAt, m.OccurredAt)));
            var inbox = db.Inbox.AsNoTracking().Where(m => m.CompletedAt == null && (request.ParkedOnly ? m.ParkedAt != null : m.LastError != null || m.ParkedAt != null));
            total += await inbox.CountAsync(cancellationToken);
            problems.AddRange((await inbox.OrderBy(m => m.ParkedAt == null).ThenBy(m => m.OccurredAt).Take(first).ToListAsync(cancellationToken)).Select(m => new MessageProblem(
                module.Info.Name, MessageDirection.Inbox, m.EventId, m.Handler, m.Type, m.LinkageNumber, m.Attempts, m.LastError, m.NextAttemptAt, m.ParkedAt, m.OccurredAt)));
        }

        var page = problems.OrderByDescending(p => p.Parked).ThenBy(p => p.OccurredAt).ThenBy(p => p.EventId).Skip(paging.Skip).Take(paging.PageSize).ToList();
        return new Paged<MessageProblem>(page, paging.PageNumber, paging.PageSize, total);
    }
}

/// <summary>An administrator sends a parked (or failing) message round again, with its attempt count reset.</summary>
/// <param name="Module">Named as the API's body names it, so that a 400 names the field the client sent.</param>
public sealed record RetryMessageCommand(string Module, MessageDirection Direction, Guid EventId, string? Handler)
    : ICommand<MediatR.Unit>, ITargetsModule, IAuditSubject
{
    string ITargetsModule.ModuleName => Module;

    string IAuditSubject.AuditSubject => $"{Module}/{Direction}/{EventId}";
}

internal sealed class RetryMessageValidator : AbstractValidator<RetryMessageCommand>
{
    public RetryMessageValidator(ModuleCatalog modules)
    {
        RuleFor(c => c.Module).Must(name => modules.Modules.Any(m => m.Info.Name == name)).WithMessage("没有该模块。").WithName("模块");
        RuleFor(c => c.Handler).NotEmpty().When(c => c.Direction == MessageDirection.Inbox, ApplyConditionTo.CurrentValidator).MaximumLength(128).WithName("处理程序");
    }
}

internal sealed class RetryMessageHandler(IServiceProvider services, ModuleCatalog modules, OutboxSignal signal) : IRequestHandler<RetryMessageCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RetryMessageCommand request, CancellationToken cancellationToken)
    {
        var db = modules.DbContext(services, request.Module);
        IClaimableMessage? message = request.Direction == MessageDirection.Outbox
            ? await db.Outbox.SingleOrDefaultAsync(m => m.Id == request.EventId && m.CompletedAt == null, cancellationToken)
            : await db.Inbox.SingleOrDefaultAsync(m => m.EventId == request.EventId && m.Handler == request.Handler && m.CompletedAt == null, cancellationToken);
        if (message is null)
        {
            throw new NotFoundException("待处理消息", request.EventId);
        }

        message.ResetForRetry();
        signal.Notify();
        return MediatR.Unit.Value;
    }
}

public sealed record RetryMessageBody(string? Module, MessageDirection Direction, Guid EventId, string? Handler);

public static class MessageAdministrationEndpoints
{
    public static IEndpointRouteBuilder MapMessageAdministration(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin/messages").WithTags("Administration")
            .RequireAuthorization(WebServiceCollectionExtensions.AdministratorPolicy);
        admin.MapGet("/", (bool? parkedOnly, int? pageNumber, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListMessageProblemsQuery(PageRequest.From(pageNumber, pageSize), parkedOnly ?? false), ct));
        admin.MapPost("/retry", async (RetryMessageBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RetryMessageCommand(body.Module ?? string.Empty, body.Direction, body.EventId, body.Handler), ct);
            return TypedResults.NoContent();
        });
        return endpoints;
    }
}
