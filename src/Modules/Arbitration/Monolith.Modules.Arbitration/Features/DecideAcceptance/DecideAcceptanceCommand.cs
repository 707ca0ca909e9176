using FluentValidation;
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

namespace Monolith.Modules.Arbitration.Features.DecideAcceptance;

/// <summary>
/// 受理决定: file the case (立案) or refuse it with written reasons. Filing starts the one-time-notice deadline; either
/// decision discharges the acceptance deadline. The award deadline (45 日) is not started until a use case can
/// complete it (no deadline is started that nothing discharges).
/// </summary>
internal sealed record DecideAcceptanceCommand(Guid ApplicationId, bool Accept, string? RejectionReason) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class DecideAcceptanceValidator : AbstractValidator<DecideAcceptanceCommand>
{
    public DecideAcceptanceValidator()
    {
        RuleFor(c => c.RejectionReason).NotEmpty().When(c => !c.Accept).WithMessage("不予受理应当书面说明理由。")
            .MaximumLength(1000).WithName("不予受理理由");
    }
}

internal sealed class DecideAcceptanceHandler(ArbitrationDbContext db, DeadlineTracker deadlines, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DecideAcceptanceCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DecideAcceptanceCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var now = time.GetUtcNow();
        if (request.Accept)
        {
            application.File(now, user.UserName);
            await deadlines.StartAsync(db, ArbitrationDeadlineRules.OneTimeNotice, now, DeadlineSubjects.For(application), cancellationToken);
        }
        else
        {
            application.Reject(request.RejectionReason!.Trim(), now, user.UserName);
        }

        // Under the Nanchang profile only an acceptance of a linkage case is due the same day; a refusal keeps the statute's period.
        var outcome = request.Accept ? ArbitrationDeadlineRules.Accepted : ArbitrationDeadlineRules.NotAccepted;
        await deadlines.CompleteAsync(db, application.Id, ArbitrationDeadlineRules.DecideAcceptance, outcome, cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed record DecideAcceptanceBody(bool Accept, string? RejectionReason);

internal sealed class DecideAcceptanceEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications/{id:guid}/acceptance", async (Guid id, DecideAcceptanceBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DecideAcceptanceCommand(id, body.Accept, body.RejectionReason), ct);
            return Results.NoContent();
        });
}
