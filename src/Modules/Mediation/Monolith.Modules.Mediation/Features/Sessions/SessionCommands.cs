using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Sessions;

/// <summary>调解记录: one session, when and where, who took part and what happened (任务分工方案 第30项 调解办理).</summary>
internal sealed record RecordSessionCommand(Guid CaseId, DateOnly? HeldOn, TimeOnly? HeldAt, string? Place, string? Participants, string? Summary)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class RecordSessionValidator : AbstractValidator<RecordSessionCommand>
{
    public RecordSessionValidator()
    {
        RuleFor(c => c.HeldOn).NotNull().WithName("调解日期");
        RuleFor(c => c.HeldAt).NotNull().WithName("调解时间");
        RuleFor(c => c.Place).NotEmpty().MaximumLength(100).WithName("调解地点");
        RuleFor(c => c.Participants).NotEmpty().MaximumLength(300).WithName("参加人员");
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(4000).WithName("调解情况");
    }
}

internal sealed class RecordSessionHandler(MediationDbContext db, DeploymentClock clock, ICurrentUser user) : IRequestHandler<RecordSessionCommand, Guid>
{
    public async Task<Guid> Handle(RecordSessionCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        var now = clock.UtcNow;
        var heldAt = clock.StartOfDay(request.HeldOn!.Value) + request.HeldAt!.Value.ToTimeSpan();
        var session = new MediationSession(Guid.CreateVersion7(now), heldAt, request.Place!.Trim(), request.Participants!.Trim(), request.Summary!.Trim(), user.UserName, now);
        mediationCase.RecordSession(session, now);
        return session.Id;
    }
}

/// <summary>Invites an expert of the shared pool to take part in the case (任务分工方案 第41、45项).</summary>
internal sealed record InviteExpertCommand(Guid CaseId, Guid? ExpertId) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class InviteExpertValidator : AbstractValidator<InviteExpertCommand>
{
    public InviteExpertValidator()
    {
        RuleFor(c => c.ExpertId).NotNull().WithMessage("请选择专家。");
    }
}

internal sealed class InviteExpertHandler(MediationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<InviteExpertCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(InviteExpertCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        var expert = await db.Experts.SingleOrDefaultAsync(e => e.Id == request.ExpertId, cancellationToken)
            ?? throw RequestValidationException.For("expertId", "专家库中没有该专家。");
        var now = time.GetUtcNow();
        mediationCase.InviteExpert(expert, Guid.CreateVersion7(now), now, user.UserName);
        return MediatR.Unit.Value;
    }
}

internal sealed record SessionBody(DateOnly? HeldOn, TimeOnly? HeldAt, string? Place, string? Participants, string? Summary);

internal sealed record InviteExpertBody(Guid? ExpertId);

internal sealed class SessionEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/sessions", async (Guid id, SessionBody body, IMediator mediator, CancellationToken ct) =>
        {
            var sessionId = await mediator.Send(new RecordSessionCommand(id, body.HeldOn, body.HeldAt, body.Place, body.Participants, body.Summary), ct);
            return TypedResults.Created($"/api/mediation/cases/{id}", new { id = sessionId });
        });
        api.MapPost("/cases/{id:guid}/experts", async (Guid id, InviteExpertBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new InviteExpertCommand(id, body.ExpertId), ct);
            return TypedResults.NoContent();
        });
    }
}
