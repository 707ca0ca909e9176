using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Acceptance;

/// <summary>
/// 受理: the organisation takes the case on and assigns an available mediator of its roster. An entrusted case is
/// accepted by an organisation that takes entrusted cases, named here. For an enterprise committee this discharges its
/// 3 working days and starts its 15 days to conclude.
/// </summary>
internal sealed record AcceptCaseCommand(Guid CaseId, Guid? MediatorId, Guid? OrganisationId = null) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class AcceptCaseValidator : AbstractValidator<AcceptCaseCommand>
{
    public AcceptCaseValidator()
    {
        RuleFor(c => c.MediatorId).NotNull().WithMessage("请指派调解员。");
    }
}

internal sealed class AcceptCaseHandler(MediationDbContext db, CaseFlow flow, TimeProvider time) : IRequestHandler<AcceptCaseCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AcceptCaseCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        var organisation = request.OrganisationId is { } organisationId ? await db.LoadOrganisationAsync(organisationId, cancellationToken) : null;
        var mediator = await db.Mediators.SingleOrDefaultAsync(m => m.Id == request.MediatorId, cancellationToken)
            ?? throw RequestValidationException.For("mediatorId", "名册中没有该调解员。");
        mediationCase.Accept(organisation, mediator, time.GetUtcNow());
        await flow.AcceptedAsync(mediationCase, cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>不予受理, with the reason; an entrusted case's agency is told.</summary>
internal sealed record DeclineCaseCommand(Guid CaseId, string? Reason) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class DeclineCaseValidator : AbstractValidator<DeclineCaseCommand>
{
    public DeclineCaseValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("不予受理应当说明理由。").MaximumLength(1000).WithName("不予受理理由");
    }
}

internal sealed class DeclineCaseHandler(MediationDbContext db, CaseFlow flow, ICurrentUser user, TimeProvider time) : IRequestHandler<DeclineCaseCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeclineCaseCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        mediationCase.Decline(request.Reason!.Trim(), time.GetUtcNow(), user.UserName);
        await flow.NotAcceptedAsync(mediationCase, cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed record AcceptBody(Guid? MediatorId, Guid? OrganisationId);

internal sealed record DeclineBody(string? Reason);

internal sealed class AcceptanceEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/acceptance", async (Guid id, AcceptBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new AcceptCaseCommand(id, body.MediatorId, body.OrganisationId), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/decline", async (Guid id, DeclineBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DeclineCaseCommand(id, body.Reason), ct);
            return TypedResults.NoContent();
        });
    }
}
