using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.DecideAcceptance;

/// <summary>
/// 受理决定: file the case (立案) or refuse it with written reasons. Filing gives the case its number, starts the
/// service (5 日), one-time-notice (5 日) and award (45 日) deadlines and publishes
/// <see cref="ArbitrationApplicationAcceptedIntegrationEvent"/>; either decision discharges the acceptance deadline.
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

internal sealed class DecideAcceptanceHandler(
    ArbitrationDbContext db, DeadlineTracker deadlines, ICurrentUser user, DeploymentClock clock, IOptions<ArbitrationOptions> options)
    : IRequestHandler<DecideAcceptanceCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DecideAcceptanceCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Claims).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var now = clock.UtcNow;
        if (request.Accept)
        {
            var today = clock.Today;
            var prefix = $"{options.Value.CaseNumberPrefix}〔{today.Year.ToString(CultureInfo.InvariantCulture)}〕";
            var filedThisYear = await db.Applications.CountAsync(a => a.CaseNumber != null && a.CaseNumber.StartsWith(prefix), cancellationToken);
            var caseNumber = $"{prefix}{(filedThisYear + 1).ToString(CultureInfo.InvariantCulture)}号";
            application.File(now, user.UserName, caseNumber, today);
            var subject = DeadlineSubjects.For(application);
            await deadlines.StartAsync(db, ArbitrationDeadlineRules.ServeRespondent, now, subject, cancellationToken);
            await deadlines.StartAsync(db, ArbitrationDeadlineRules.OneTimeNotice, now, subject, cancellationToken);
            await deadlines.StartAsync(db, ArbitrationDeadlineRules.Award, clock.StartOfDay(today), subject, cancellationToken);
            db.Publish(new ArbitrationApplicationAcceptedIntegrationEvent(
                Guid.CreateVersion7(now),
                now,
                application.LinkageNumber,
                application.Id,
                caseNumber,
                application.Respondent.Name,
                application.Respondent.CreditCode,
                application.WorkerCount,
                application.IsCollective,
                application.Claims.Any(c => ClaimTypes.IsLabourRemuneration(c.Type)),
                application.ClaimedTotal,
                now));
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
            return TypedResults.NoContent();
        });
}
