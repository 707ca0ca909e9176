using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.Assign;

/// <summary>指派法律援助人员 after the grant (or with advance aid), within 3 days (第四十三条第一款).</summary>
internal sealed record AssignProviderCommand(Guid ApplicationId, Guid? LawyerId) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

/// <summary>更换法律援助人员: the assigned provider is replaced, with the reason; a referrer is told who now represents the worker.</summary>
internal sealed record ReplaceProviderCommand(Guid ApplicationId, Guid? LawyerId, string? Reason) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class ReplaceProviderValidator : AbstractValidator<ReplaceProviderCommand>
{
    public ReplaceProviderValidator()
    {
        RuleFor(c => c.LawyerId).NotNull().WithMessage("请选择更换后的法律援助人员。").WithName("指派人员");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请说明更换理由。").MaximumLength(500).WithName("更换理由");
    }
}

internal sealed class ReplaceProviderHandler(LegalAidDbContext db, Assignment assignment) : IRequestHandler<ReplaceProviderCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ReplaceProviderCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        await assignment.ReplaceAsync(application, request.LawyerId!.Value, request.Reason!, cancellationToken);
        assignment.ReportToReferrer(application, replaced: true);
        return MediatR.Unit.Value;
    }
}

internal sealed class AssignProviderValidator : AbstractValidator<AssignProviderCommand>
{
    public AssignProviderValidator() => RuleFor(c => c.LawyerId).NotNull().WithMessage("请选择指派的法律援助人员。").WithName("指派人员");
}

internal sealed class AssignProviderHandler(LegalAidDbContext db, Assignment assignment) : IRequestHandler<AssignProviderCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AssignProviderCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        await assignment.AssignAsync(application, request.LawyerId!.Value, cancellationToken);
        assignment.ReportToReferrer(application, replaced: false);
        return MediatR.Unit.Value;
    }
}

internal sealed record AssignBody(Guid? LawyerId);

internal sealed record ReplaceBody(Guid? LawyerId, string? Reason);

internal sealed class AssignEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications/{id:guid}/assign", async (Guid id, AssignBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new AssignProviderCommand(id, body.LawyerId), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/applications/{id:guid}/replace-provider", async (Guid id, ReplaceBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ReplaceProviderCommand(id, body.LawyerId, body.Reason), ct);
            return TypedResults.NoContent();
        });
    }
}
