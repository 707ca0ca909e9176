using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.Evidence;

/// <summary>
/// 依申请调取证据: the worker applies for evidence they cannot collect for objective reasons (南昌方案 三(四); 调解仲裁法
/// 第三十九条第二款); the commission records the request and, later, what it collected.
/// </summary>
internal sealed record RequestEvidenceCollectionCommand(Guid ApplicationId, string? Evidence, string? WhyWorkerCannotCollect) : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class RequestEvidenceCollectionValidator : AbstractValidator<RequestEvidenceCollectionCommand>
{
    public RequestEvidenceCollectionValidator()
    {
        RuleFor(c => c.Evidence).NotEmpty().MaximumLength(500).WithName("申请调取的证据");
        RuleFor(c => c.WhyWorkerCannotCollect).NotEmpty().MaximumLength(500).WithName("不能自行收集的客观原因");
    }
}

internal sealed class RequestEvidenceCollectionHandler(ArbitrationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<RequestEvidenceCollectionCommand, Guid>
{
    public async Task<Guid> Handle(RequestEvidenceCollectionCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.EvidenceCollections).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var now = time.GetUtcNow();
        return application.RequestEvidenceCollection(Guid.CreateVersion7(now), request.Evidence!.Trim(), request.WhyWorkerCannotCollect!.Trim(), now, user.UserName).Id;
    }
}

internal sealed record RecordEvidenceCollectionCommand(Guid ApplicationId, Guid RequestId, bool Collected, string? Result) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class RecordEvidenceCollectionValidator : AbstractValidator<RecordEvidenceCollectionCommand>
{
    public RecordEvidenceCollectionValidator() => RuleFor(c => c.Result).NotEmpty().MaximumLength(1000).WithName("调取结果");
}

internal sealed class RecordEvidenceCollectionHandler(ArbitrationDbContext db, TimeProvider time) : IRequestHandler<RecordEvidenceCollectionCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordEvidenceCollectionCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.EvidenceCollections).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        application.RecordEvidenceCollection(request.RequestId, request.Collected, request.Result!.Trim(), time.GetUtcNow());
        return MediatR.Unit.Value;
    }
}

internal sealed record RequestEvidenceCollectionBody(string? Evidence, string? WhyWorkerCannotCollect);

internal sealed record RecordEvidenceCollectionBody(bool Collected, string? Result);

internal sealed class EvidenceCollectionEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications/{id:guid}/evidence-collections", async (Guid id, RequestEvidenceCollectionBody body, IMediator mediator, CancellationToken ct) =>
        {
            var requestId = await mediator.Send(new RequestEvidenceCollectionCommand(id, body.Evidence, body.WhyWorkerCannotCollect), ct);
            return TypedResults.Created($"/api/arbitration/applications/{id}/case", new { id = requestId });
        });
        api.MapPost("/applications/{id:guid}/evidence-collections/{requestId:guid}", async (Guid id, Guid requestId, RecordEvidenceCollectionBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordEvidenceCollectionCommand(id, requestId, body.Collected, body.Result), ct);
            return TypedResults.NoContent();
        });
    }
}
