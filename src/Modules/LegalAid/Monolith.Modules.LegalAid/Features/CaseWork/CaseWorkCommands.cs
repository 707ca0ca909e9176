using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.CaseWork;

/// <summary>代理记录: the assigned provider represented the recipient in mediation, arbitration or court.</summary>
internal sealed record RecordRepresentationCommand(Guid ApplicationId, RepresentationStage? Stage, string? Forum, string? CaseReference, DateOnly? On, string? Account)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

/// <summary>结案, with how the matter ended.</summary>
internal sealed record CloseCaseCommand(Guid ApplicationId, string? Summary) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

/// <summary>归档, with the archive number.</summary>
internal sealed record ArchiveCaseCommand(Guid ApplicationId, string? ArchiveNumber) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

/// <summary>满意度回访: the recipient's rating, 1–5, and remarks.</summary>
internal sealed record RecordSatisfactionCommand(Guid ApplicationId, int? Score, string? Comment) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class RecordRepresentationValidator : AbstractValidator<RecordRepresentationCommand>
{
    public RecordRepresentationValidator()
    {
        RuleFor(c => c.Stage).NotNull().IsInEnum().WithName("代理阶段");
        RuleFor(c => c.Forum).NotEmpty().MaximumLength(100).WithName("机构");
        RuleFor(c => c.CaseReference).MaximumLength(64).WithName("案号");
        RuleFor(c => c.On).NotNull().WithName("日期");
        RuleFor(c => c.Account).NotEmpty().MaximumLength(1000).WithName("代理情况");
    }
}

internal sealed class CloseCaseValidator : AbstractValidator<CloseCaseCommand>
{
    public CloseCaseValidator() => RuleFor(c => c.Summary).NotEmpty().MaximumLength(2000).WithName("结案情况");
}

internal sealed class ArchiveCaseValidator : AbstractValidator<ArchiveCaseCommand>
{
    public ArchiveCaseValidator() => RuleFor(c => c.ArchiveNumber).NotEmpty().MaximumLength(64).WithName("档案号");
}

internal sealed class RecordSatisfactionValidator : AbstractValidator<RecordSatisfactionCommand>
{
    public RecordSatisfactionValidator()
    {
        RuleFor(c => c.Score).NotNull().InclusiveBetween(1, 5).WithMessage("满意度为1（很不满意）至5（很满意）。").WithName("满意度");
        RuleFor(c => c.Comment).MaximumLength(1000).WithName("回访意见");
    }
}

internal sealed class CaseWorkHandlers(LegalAidDbContext db, ICurrentUser user, TimeProvider time) :
    IRequestHandler<RecordRepresentationCommand, MediatR.Unit>,
    IRequestHandler<CloseCaseCommand, MediatR.Unit>,
    IRequestHandler<ArchiveCaseCommand, MediatR.Unit>,
    IRequestHandler<RecordSatisfactionCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordRepresentationCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        var now = time.GetUtcNow();
        application.RecordRepresentation(new Representation(
            Guid.CreateVersion7(now), request.Stage!.Value, request.Forum!.Trim(), request.CaseReference?.Trim(), request.On!.Value, request.Account!.Trim(), user.UserName, now));
        return MediatR.Unit.Value;
    }

    public async Task<MediatR.Unit> Handle(CloseCaseCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        application.Close(request.Summary!.Trim(), time.GetUtcNow());
        return MediatR.Unit.Value;
    }

    public async Task<MediatR.Unit> Handle(ArchiveCaseCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        application.Archive(request.ArchiveNumber!.Trim(), time.GetUtcNow());
        return MediatR.Unit.Value;
    }

    public async Task<MediatR.Unit> Handle(RecordSatisfactionCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        application.RecordSatisfaction(request.Score!.Value, string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(), time.GetUtcNow());
        return MediatR.Unit.Value;
    }
}

internal sealed record RepresentationBody(RepresentationStage? Stage, string? Forum, string? CaseReference, DateOnly? On, string? Account);

internal sealed record ClosureBody(string? Summary);

internal sealed record ArchiveBody(string? ArchiveNumber);

internal sealed record SatisfactionBody(int? Score, string? Comment);

internal sealed class CaseWorkEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications/{id:guid}/representations", async (Guid id, RepresentationBody b, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordRepresentationCommand(id, b.Stage, b.Forum, b.CaseReference, b.On, b.Account), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/applications/{id:guid}/closure", async (Guid id, ClosureBody b, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new CloseCaseCommand(id, b.Summary), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/applications/{id:guid}/archive", async (Guid id, ArchiveBody b, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ArchiveCaseCommand(id, b.ArchiveNumber), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/applications/{id:guid}/satisfaction", async (Guid id, SatisfactionBody b, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordSatisfactionCommand(id, b.Score, b.Comment), ct);
            return TypedResults.NoContent();
        });
    }
}
