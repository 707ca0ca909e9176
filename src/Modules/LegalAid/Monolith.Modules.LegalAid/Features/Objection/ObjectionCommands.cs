using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Features.Assign;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.Objection;

/// <summary>
/// 异议 (法律援助法 第四十九条): the applicant objects to a refusal to the justice bureau that set up the institution;
/// the bureau's 5-day decision period starts on receipt.
/// </summary>
internal sealed record LodgeObjectionCommand(Guid ApplicationId, string? Text) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

/// <summary>
/// The justice bureau's decision on the objection (only its role may make it): upheld orders the institution to provide
/// aid (the application becomes granted and the 3-day assignment starts); otherwise the refusal stands. Reasons always.
/// </summary>
internal sealed record DecideObjectionCommand(Guid ApplicationId, bool? Upheld, string? Reasons) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class LodgeObjectionValidator : AbstractValidator<LodgeObjectionCommand>
{
    public LodgeObjectionValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(2000).WithName("异议内容");
}

internal sealed class DecideObjectionValidator : AbstractValidator<DecideObjectionCommand>
{
    public DecideObjectionValidator()
    {
        RuleFor(c => c.Upheld).NotNull().WithMessage("请选择异议成立或者不成立。").WithName("审查结论");
        RuleFor(c => c.Reasons).NotEmpty().WithMessage("异议审查决定应当写明理由。").MaximumLength(1000).WithName("理由");
    }
}

internal sealed class LodgeObjectionHandler(LegalAidDbContext db, DeadlineTracker deadlines, TimeProvider time) : IRequestHandler<LodgeObjectionCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(LodgeObjectionCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        application.LodgeObjection(request.Text!.Trim(), time.GetUtcNow());
        await deadlines.StartAsync(db, LegalAidDeadlineRules.DecideObjection, time.GetUtcNow(), DeadlineSubjects.For(application), cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class DecideObjectionHandler(LegalAidDbContext db, DeadlineTracker deadlines, Assignment assignment, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DecideObjectionCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DecideObjectionCommand request, CancellationToken cancellationToken)
    {
        if (user.Role is not (LegalAidModule.JusticeBureauRole or PlatformRoles.Administrator))
        {
            throw new BusinessRuleViolationException("legalaid.objection-by-justice-bureau", "异议由设立法律援助机构的司法行政部门审查决定。");
        }

        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        application.DecideObjection(request.Upheld!.Value, request.Reasons!.Trim(), time.GetUtcNow(), user.UserName);
        await deadlines.CompleteAsync(db, application.Id, LegalAidDeadlineRules.DecideObjection, cancellationToken);
        if (request.Upheld.Value)
        {
            await assignment.StartAssignmentPeriodAsync(application, cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}

internal sealed record ObjectionBody(string? Text);

internal sealed record ObjectionDecisionBody(bool? Upheld, string? Reasons);

internal sealed class ObjectionEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications/{id:guid}/objection", async (Guid id, ObjectionBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new LodgeObjectionCommand(id, body.Text), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/applications/{id:guid}/objection/decision", async (Guid id, ObjectionDecisionBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DecideObjectionCommand(id, body.Upheld, body.Reasons), ct);
            return TypedResults.NoContent();
        });
    }
}
