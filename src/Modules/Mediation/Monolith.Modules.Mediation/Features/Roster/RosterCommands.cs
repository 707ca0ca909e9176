using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Roster;

/// <summary>调解员名册: adds a mediator to an organisation's roster with their qualifications (任务分工方案 第30、47项).</summary>
internal sealed record AddMediatorCommand(Guid OrganisationId, string? Name, string? Phone, IReadOnlyList<MediatorQualifications>? Qualifications)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => OrganisationId.ToString();
}

internal sealed class AddMediatorValidator : AbstractValidator<AddMediatorCommand>
{
    public AddMediatorValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(32).WithName("调解员姓名");
        RuleFor(c => c.Phone).ChinesePhoneNumber();
        RuleFor(c => c.Qualifications).NotEmpty().WithMessage("请至少选择一项调解员资质或专业背景。");
        RuleForEach(c => c.Qualifications).IsInEnum().NotEqual(MediatorQualifications.None).WithName("资质");
    }
}

internal sealed class AddMediatorHandler(MediationDbContext db, TimeProvider time) : IRequestHandler<AddMediatorCommand, Guid>
{
    public async Task<Guid> Handle(AddMediatorCommand request, CancellationToken cancellationToken)
    {
        var organisation = await db.LoadOrganisationAsync(request.OrganisationId, cancellationToken);
        var now = time.GetUtcNow();
        var qualifications = request.Qualifications!.Aggregate(MediatorQualifications.None, (all, q) => all | q);
        var mediator = Domain.Mediator.Add(Guid.CreateVersion7(now), organisation.Id, request.Name!.Trim(), request.Phone!.Trim(), qualifications, now);
        db.Mediators.Add(mediator);
        return mediator.Id;
    }
}

/// <summary>接案状态: a mediator takes cases, or pauses with a reason (leave, caseload).</summary>
internal sealed record SetMediatorAvailabilityCommand(Guid MediatorId, bool Available, string? Note) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => MediatorId.ToString();
}

internal sealed class SetMediatorAvailabilityValidator : AbstractValidator<SetMediatorAvailabilityCommand>
{
    public SetMediatorAvailabilityValidator()
    {
        RuleFor(c => c.Note).NotEmpty().When(c => !c.Available).WithMessage("暂停接案须注明原因。").MaximumLength(200).WithName("说明");
    }
}

internal sealed class SetMediatorAvailabilityHandler(MediationDbContext db) : IRequestHandler<SetMediatorAvailabilityCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(SetMediatorAvailabilityCommand request, CancellationToken cancellationToken)
    {
        var mediator = await db.Mediators.SingleOrDefaultAsync(m => m.Id == request.MediatorId, cancellationToken)
            ?? throw new NotFoundException("调解员", request.MediatorId);
        mediator.SetAvailability(request.Available, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim());
        return MediatR.Unit.Value;
    }
}

/// <summary>专家库: an expert every organisation may invite (任务分工方案 第41、45项).</summary>
internal sealed record AddExpertCommand(string? Name, string? Field, string? Affiliation, string? Phone) : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => "专家库";
}

internal sealed class AddExpertValidator : AbstractValidator<AddExpertCommand>
{
    public AddExpertValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(32).WithName("专家姓名");
        RuleFor(c => c.Field).NotEmpty().MaximumLength(100).WithName("专业领域");
        RuleFor(c => c.Affiliation).NotEmpty().MaximumLength(100).WithName("工作单位");
        RuleFor(c => c.Phone).ChinesePhoneNumber();
    }
}

internal sealed class AddExpertHandler(MediationDbContext db, TimeProvider time) : IRequestHandler<AddExpertCommand, Guid>
{
    public Task<Guid> Handle(AddExpertCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expert = Expert.Add(Guid.CreateVersion7(now), request.Name!.Trim(), request.Field!.Trim(), request.Affiliation!.Trim(), request.Phone!.Trim(), now);
        db.Experts.Add(expert);
        return Task.FromResult(expert.Id);
    }
}

internal sealed record SetExpertAvailabilityCommand(Guid ExpertId, bool Available) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ExpertId.ToString();
}

internal sealed class SetExpertAvailabilityHandler(MediationDbContext db) : IRequestHandler<SetExpertAvailabilityCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(SetExpertAvailabilityCommand request, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.SingleOrDefaultAsync(e => e.Id == request.ExpertId, cancellationToken)
            ?? throw new NotFoundException("专家", request.ExpertId);
        expert.SetAvailability(request.Available);
        return MediatR.Unit.Value;
    }
}

internal sealed record AddMediatorBody(string? Name, string? Phone, IReadOnlyList<MediatorQualifications>? Qualifications);

internal sealed record AvailabilityBody(bool Available, string? Note);

/// <summary>An expert's availability has no note: the API does not take one it would drop.</summary>
internal sealed record ExpertAvailabilityBody(bool Available);

internal sealed class RosterCommandEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/organisations/{id:guid}/mediators", async (Guid id, AddMediatorBody body, IMediator mediator, CancellationToken ct) =>
        {
            var mediatorId = await mediator.Send(new AddMediatorCommand(id, body.Name, body.Phone, body.Qualifications), ct);
            return TypedResults.Created($"/api/mediation/mediators/{mediatorId}", new { id = mediatorId });
        });
        api.MapPost("/mediators/{id:guid}/availability", async (Guid id, AvailabilityBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new SetMediatorAvailabilityCommand(id, body.Available, body.Note), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/experts", async (AddExpertCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/mediation/experts/{id}", new { id });
        });
        api.MapPost("/experts/{id:guid}/availability", async (Guid id, ExpertAvailabilityBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new SetExpertAvailabilityCommand(id, body.Available), ct);
            return TypedResults.NoContent();
        });
    }
}
