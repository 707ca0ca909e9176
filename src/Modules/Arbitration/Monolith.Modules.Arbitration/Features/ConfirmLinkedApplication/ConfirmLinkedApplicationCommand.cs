using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.ConfirmLinkedApplication;

/// <summary>
/// 确认联动转来的申请: the worker confirms, at the commission, the application another agency sent as a draft. It is
/// received now, under its linkage number, and its acceptance period starts (a linkage case: the local policy's
/// same-day filing applies to it).
/// </summary>
internal sealed record ConfirmLinkedApplicationCommand(Guid ApplicationId) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class ConfirmLinkedApplicationHandler(ArbitrationDbContext db, DeadlineTracker deadlines, ICurrentUser user, TimeProvider time)
    : IRequestHandler<ConfirmLinkedApplicationCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ConfirmLinkedApplicationCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var now = time.GetUtcNow();
        application.ConfirmDraft(now, user.UserName);
        await deadlines.StartAsync(db, ArbitrationDeadlineRules.DecideAcceptance, now, DeadlineSubjects.For(application), cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class ConfirmLinkedApplicationEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications/{id:guid}/confirmation", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ConfirmLinkedApplicationCommand(id), ct);
            return TypedResults.NoContent();
        });
}
