using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.Supplement;

/// <summary>
/// 补正材料: the clerk tells the applicant what is missing (<see cref="MaterialsMissing"/> set), or records that it was
/// supplemented (null). On the supplement the acceptance period counts again from that day (办案规则 第四十六条第（二）项):
/// the pending acceptance deadline is cancelled and a new one started.
/// </summary>
internal sealed record SupplementMaterialsCommand(Guid ApplicationId, bool Supplemented, string? MaterialsMissing) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class SupplementMaterialsValidator : AbstractValidator<SupplementMaterialsCommand>
{
    public SupplementMaterialsValidator() =>
        RuleFor(c => c.MaterialsMissing).NotEmpty().When(c => !c.Supplemented).MaximumLength(1000).WithName("需补正的材料");
}

internal sealed class SupplementMaterialsHandler(ArbitrationDbContext db, DeadlineTracker deadlines, TimeProvider time)
    : IRequestHandler<SupplementMaterialsCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(SupplementMaterialsCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var now = time.GetUtcNow();
        if (!request.Supplemented)
        {
            application.RequestSupplement(request.MaterialsMissing!.Trim(), now);
            return MediatR.Unit.Value;
        }

        application.RecordSupplement(now);
        await deadlines.CancelAsync(db, application.Id, ArbitrationDeadlineRules.DecideAcceptance, cancellationToken);
        await deadlines.StartAsync(db, ArbitrationDeadlineRules.DecideAcceptance, now, DeadlineSubjects.For(application), cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed record SupplementMaterialsBody(bool Supplemented, string? MaterialsMissing);

internal sealed class SupplementMaterialsEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications/{id:guid}/supplement", async (Guid id, SupplementMaterialsBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new SupplementMaterialsCommand(id, body.Supplemented, body.MaterialsMissing), ct);
            return TypedResults.NoContent();
        });
}
