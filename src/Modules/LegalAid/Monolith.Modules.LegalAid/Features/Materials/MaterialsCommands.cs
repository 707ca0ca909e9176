using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.Materials;

/// <summary>
/// 补充材料一次性告知书 (法律援助法 第四十三条第二款): every missing item at once, with the last day to supplement. The
/// review period stops (its deadline is cancelled) and the deemed withdrawal is scheduled for the day after.
/// </summary>
internal sealed record RequestMaterialsCommand(Guid ApplicationId, string? MissingMaterials, DateOnly? SupplementDueOn) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

/// <summary>The applicant supplemented the materials: the review runs again, in full, from today.</summary>
internal sealed record SupplementMaterialsCommand(Guid ApplicationId) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

/// <summary>视为撤回, run by the scheduler on the day after the supplement date; does nothing if the materials came in.</summary>
[ScheduledCommandName("legalaid.deem-withdrawn.v1")]
internal sealed record DeemWithdrawnCommand(Guid ApplicationId) : ICommand<bool>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class RequestMaterialsValidator : AbstractValidator<RequestMaterialsCommand>
{
    public RequestMaterialsValidator()
    {
        RuleFor(c => c.MissingMaterials).NotEmpty().WithMessage("请逐项列明需要补充的材料。").MaximumLength(2000).WithName("需补充的材料");
        RuleFor(c => c.SupplementDueOn).NotNull().WithMessage("请确定补充材料的期限。").WithName("补充期限");
    }
}

internal sealed class RequestMaterialsHandler(LegalAidDbContext db, DeadlineTracker deadlines, WorkScheduler scheduler, DeploymentClock clock)
    : IRequestHandler<RequestMaterialsCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RequestMaterialsCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        var due = request.SupplementDueOn!.Value;
        application.RequestMaterials(request.MissingMaterials!.Trim(), due, clock.Today, clock.UtcNow);
        await deadlines.CancelAsync(db, application.Id, LegalAidDeadlineRules.ReviewApplication, cancellationToken);
        scheduler.Schedule(db, new DeemWithdrawnCommand(application.Id), clock.EndOfDay(due), WithdrawalKey(application.Id), application.LinkageNumber);
        return MediatR.Unit.Value;
    }

    public static string WithdrawalKey(Guid applicationId) => $"legalaid.deem-withdrawn/{applicationId}";
}

internal sealed class SupplementMaterialsHandler(LegalAidDbContext db, DeadlineTracker deadlines, WorkScheduler scheduler, DeploymentClock clock)
    : IRequestHandler<SupplementMaterialsCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(SupplementMaterialsCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        application.SupplementMaterials(clock.Today, clock.UtcNow);
        await scheduler.CancelAsync(db, RequestMaterialsHandler.WithdrawalKey(application.Id), cancellationToken);
        await deadlines.StartAsync(db, LegalAidDeadlineRules.ReviewApplication, clock.UtcNow, DeadlineSubjects.For(application), cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class DeemWithdrawnHandler(LegalAidDbContext db, DeploymentClock clock) : IRequestHandler<DeemWithdrawnCommand, bool>
{
    public async Task<bool> Handle(DeemWithdrawnCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        return application.DeemWithdrawn(clock.Today, clock.UtcNow);
    }
}

internal sealed record RequestMaterialsBody(string? MissingMaterials, DateOnly? SupplementDueOn);

internal sealed class MaterialsEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications/{id:guid}/materials-notice", async (Guid id, RequestMaterialsBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RequestMaterialsCommand(id, body.MissingMaterials, body.SupplementDueOn), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/applications/{id:guid}/materials-supplemented", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new SupplementMaterialsCommand(id), ct);
            return TypedResults.NoContent();
        });
    }
}
