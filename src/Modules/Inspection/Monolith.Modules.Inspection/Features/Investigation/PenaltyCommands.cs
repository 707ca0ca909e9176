using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Investigation;

/// <summary>
/// 告知拟作出的行政处罚: tells the employer of the penalty and of its right to ask for a hearing within 5 working days
/// (行政处罚法 第六十四条第一项、第八十五条), counted by the catalogue's rule <see cref="InspectionDeadlineRules.HearingRequest"/>.
/// The window is the employer's right, not the agency's duty, so its end is kept on the case (no missed-deadline report).
/// </summary>
internal sealed record ProposePenaltyCommand(Guid CaseId, string? Description, decimal? Amount) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class ProposePenaltyValidator : AbstractValidator<ProposePenaltyCommand>
{
    public ProposePenaltyValidator()
    {
        RuleFor(c => c.Description).NotEmpty().MaximumLength(1000).WithName("拟处罚内容");
        RuleFor(c => c.Amount).GreaterThan(0).LessThanOrEqualTo(100_000_000m).When(c => c.Amount is not null).WithName("罚款金额");
    }
}

internal sealed class ProposePenaltyHandler(
    InspectionDbContext db, DeadlineCatalogue catalogue, WorkingDayCalendarProvider calendars, DeploymentClock clock, ICurrentUser user)
    : IRequestHandler<ProposePenaltyCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ProposePenaltyCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var due = DeadlineCalculator.Compute(catalogue.Entry(InspectionDeadlineRules.HearingRequest).Statutory, clock.Today, calendar).DueDate;
        matter.ProposePenalty(request.Description!.Trim(), request.Amount, due, clock.EndOfDay(due), clock.UtcNow, user.UserName);
        return MediatR.Unit.Value;
    }
}

/// <summary>The employer asked for a hearing, within its window.</summary>
internal sealed record RecordHearingRequestCommand(Guid CaseId) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class RecordHearingRequestHandler(InspectionDbContext db, DeploymentClock clock, ICurrentUser user) : IRequestHandler<RecordHearingRequestCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordHearingRequestCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        matter.RecordHearingRequest(clock.UtcNow, user.UserName);
        return MediatR.Unit.Value;
    }
}

/// <summary>行政处罚决定: after the hearing, if one was asked for; otherwise only once the window has passed.</summary>
internal sealed record DecidePenaltyCommand(Guid CaseId, string? Decision, decimal? Amount, DateOnly? HearingHeldOn) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class DecidePenaltyValidator : AbstractValidator<DecidePenaltyCommand>
{
    public DecidePenaltyValidator(DeploymentClock clock)
    {
        RuleFor(c => c.Decision).NotEmpty().MaximumLength(1000).WithName("处罚决定");
        RuleFor(c => c.Amount).GreaterThan(0).LessThanOrEqualTo(100_000_000m).When(c => c.Amount is not null).WithName("罚款金额");
        RuleFor(c => c.HearingHeldOn).LessThanOrEqualTo(_ => clock.Today).When(c => c.HearingHeldOn is not null).WithMessage("听证日期不能晚于今天。");
    }
}

internal sealed class DecidePenaltyHandler(InspectionDbContext db, DeploymentClock clock, ICurrentUser user) : IRequestHandler<DecidePenaltyCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DecidePenaltyCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        matter.DecidePenalty(request.Decision!.Trim(), request.Amount, request.HearingHeldOn, clock.UtcNow, user.UserName);
        return MediatR.Unit.Value;
    }
}

internal sealed record ProposePenaltyBody(string? Description, decimal? Amount);

internal sealed record DecidePenaltyBody(string? Decision, decimal? Amount, DateOnly? HearingHeldOn);

internal sealed class PenaltyEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/penalty", async (Guid id, ProposePenaltyBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ProposePenaltyCommand(id, body.Description, body.Amount), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/penalty/hearing-request", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordHearingRequestCommand(id), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/penalty/decision", async (Guid id, DecidePenaltyBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DecidePenaltyCommand(id, body.Decision, body.Amount, body.HearingHeldOn), ct);
            return TypedResults.NoContent();
        });
    }
}
