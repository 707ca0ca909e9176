using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Aftercare;

/// <summary>回访: a follow-up visit or call after the agreement, with what it found about performance (任务分工方案 第30项).</summary>
internal sealed record RecordFollowUpCommand(Guid CaseId, DateOnly? VisitedOn, FollowUpMethod? Method, PerformanceFinding? Finding, string? Notes)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUpCommand>
{
    public RecordFollowUpValidator()
    {
        RuleFor(c => c.VisitedOn).NotNull().WithName("回访日期");
        RuleFor(c => c.Method).NotNull().IsInEnum().WithName("回访方式");
        RuleFor(c => c.Finding).NotNull().IsInEnum().WithName("履行情况");
        RuleFor(c => c.Notes).MaximumLength(1000).WithName("回访记录");
    }
}

internal sealed class RecordFollowUpHandler(MediationDbContext db, DeploymentClock clock, ICurrentUser user) : IRequestHandler<RecordFollowUpCommand, Guid>
{
    public async Task<Guid> Handle(RecordFollowUpCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        var now = clock.UtcNow;
        var visit = new FollowUpVisit(
            Guid.CreateVersion7(now), request.VisitedOn!.Value, request.Method!.Value, request.Finding!.Value,
            string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(), user.UserName, now);
        mediationCase.RecordFollowUp(visit, clock.Today);
        return visit.Id;
    }
}

/// <summary>
/// 履行情况: the agreement was performed (the case is closed; confirmation is then moot), or, once the performance date
/// has passed, it was not (then a path: arbitration, a payment order or legal aid).
/// </summary>
internal sealed record RecordPerformanceCommand(Guid CaseId, bool Performed, DateOnly? PerformedOn, string? Note) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class RecordPerformanceValidator : AbstractValidator<RecordPerformanceCommand>
{
    public RecordPerformanceValidator()
    {
        RuleFor(c => c.PerformedOn).NotNull().When(c => c.Performed).WithName("履行日期");
        RuleFor(c => c.Note).NotEmpty().When(c => !c.Performed).WithMessage("请说明未履行的情况。").MaximumLength(1000);
    }
}

internal sealed class RecordPerformanceHandler(MediationDbContext db, CaseFlow flow, DeploymentClock clock) : IRequestHandler<RecordPerformanceCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordPerformanceCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        if (request.Performed)
        {
            mediationCase.RecordPerformed(request.PerformedOn!.Value, clock.Today);
            if (mediationCase.ConfirmationRoute is null)
            {
                await flow.CloseJudicialWindowAsync(mediationCase, cancellationToken);
            }
        }
        else
        {
            mediationCase.RecordNotPerformed(request.Note!.Trim(), clock.Today);
        }

        await flow.CancelFollowUpAsync(mediationCase, cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// Run at the end of the agreement's performance date: if no performance was recorded, the case shows in the queue as
/// due for a follow-up visit. Re-checks the case, so a late or repeated run changes nothing.
/// </summary>
[ScheduledCommandName("mediation.mark-follow-up-due.v1")]
internal sealed record MarkFollowUpDueCommand(Guid CaseId) : ICommand<bool>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class MarkFollowUpDueHandler(MediationDbContext db, TimeProvider time) : IRequestHandler<MarkFollowUpDueCommand, bool>
{
    public async Task<bool> Handle(MarkFollowUpDueCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.Cases.SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken);
        return mediationCase?.MarkFollowUpDue(time.GetUtcNow()) == true;
    }
}

internal sealed record FollowUpBody(DateOnly? VisitedOn, FollowUpMethod? Method, PerformanceFinding? Finding, string? Notes);

internal sealed record PerformanceBody(bool Performed, DateOnly? PerformedOn, string? Note);

internal sealed class AftercareEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/follow-ups", async (Guid id, FollowUpBody body, IMediator mediator, CancellationToken ct) =>
        {
            var visitId = await mediator.Send(new RecordFollowUpCommand(id, body.VisitedOn, body.Method, body.Finding, body.Notes), ct);
            return TypedResults.Created($"/api/mediation/cases/{id}", new { id = visitId });
        });
        api.MapPost("/cases/{id:guid}/performance", async (Guid id, PerformanceBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordPerformanceCommand(id, body.Performed, body.PerformedOn, body.Note), ct);
            return TypedResults.NoContent();
        });
    }
}
