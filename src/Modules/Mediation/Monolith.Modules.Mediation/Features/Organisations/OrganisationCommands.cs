using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Organisations;

/// <summary>
/// 登记调解组织: an organisation joins the register with its kind and administrative division; an enterprise committee
/// or group centre names its enterprise and staff count, to which the size rule of seed 004 三(一) applies. It can take
/// applications once it is filed (<see cref="FileOrganisationCommand"/>).
/// </summary>
internal sealed record RegisterOrganisationCommand(
    string? Name, OrganisationKind? Kind, string? DivisionCode, string? Address, string? EmployerCreditCode, int? StaffCount, bool AcceptsEntrustedCases)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => Name ?? string.Empty;
}

internal sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisationCommand>
{
    public RegisterOrganisationValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).WithName("组织名称");
        RuleFor(c => c.Kind).NotNull().IsInEnum().WithName("组织类型");
        RuleFor(c => c.DivisionCode).Custom((code, context) =>
        {
            if (DivisionCodes.Validate(code) is { } error)
            {
                context.AddFailure(error);
            }
        });
        RuleFor(c => c.Address).MaximumLength(200).WithName("地址");
        When(c => c.Kind is OrganisationKind.EnterpriseCommittee or OrganisationKind.EnterpriseGroupCentre, () =>
        {
            RuleFor(c => c.EmployerCreditCode).UnifiedSocialCreditCode();
            RuleFor(c => c.StaffCount).Custom((count, context) =>
            {
                if (MediationOrganisation.SizeRuleViolation(context.InstanceToValidate.Kind!.Value, count) is { } violation)
                {
                    context.AddFailure(violation);
                }
            });
            RuleFor(c => c.AcceptsEntrustedCases).Equal(false).WithMessage("企业内部调解组织调解本企业的劳动争议，不承接委托调解案件。");
        });
        RuleFor(c => c.StaffCount).InclusiveBetween(1, 10_000_000).When(c => c.StaffCount is not null).WithName("职工人数");
    }
}

internal sealed class RegisterOrganisationHandler(MediationDbContext db, TimeProvider time) : IRequestHandler<RegisterOrganisationCommand, Guid>
{
    public async Task<Guid> Handle(RegisterOrganisationCommand request, CancellationToken cancellationToken)
    {
        var name = request.Name!.Trim();
        if (await db.Organisations.AnyAsync(o => o.Name == name, cancellationToken))
        {
            throw RequestValidationException.For("name", $"名册中已有名为“{name}”的调解组织。");
        }

        var now = time.GetUtcNow();
        var organisation = MediationOrganisation.Register(
            Guid.CreateVersion7(now),
            name,
            request.Kind!.Value,
            request.DivisionCode!,
            string.IsNullOrWhiteSpace(request.Address) ? null : request.Address.Trim(),
            request.EmployerCreditCode is null ? null : UnifiedSocialCreditCode.Normalise(request.EmployerCreditCode),
            request.StaffCount,
            request.AcceptsEntrustedCases,
            now);
        db.Organisations.Add(organisation);
        return organisation.Id;
    }
}

/// <summary>备案: records where, under which number and on which day the organisation was filed (seed 004 三(二)1).</summary>
internal sealed record FileOrganisationCommand(Guid OrganisationId, string? FiledWith, string? FilingNumber, DateOnly? FiledOn) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => OrganisationId.ToString();
}

internal sealed class FileOrganisationValidator : AbstractValidator<FileOrganisationCommand>
{
    public FileOrganisationValidator(DeploymentClock clock)
    {
        RuleFor(c => c.FiledWith).NotEmpty().MaximumLength(100).WithName("备案单位");
        RuleFor(c => c.FilingNumber).NotEmpty().MaximumLength(50).WithName("备案编号");
        RuleFor(c => c.FiledOn).NotNull().WithName("备案日期");
        RuleFor(c => c.FiledOn).Must(d => d <= clock.Today).When(c => c.FiledOn is not null).WithMessage("备案日期不能晚于今天。");
    }
}

internal sealed class FileOrganisationHandler(MediationDbContext db, DeploymentClock clock) : IRequestHandler<FileOrganisationCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(FileOrganisationCommand request, CancellationToken cancellationToken)
    {
        var organisation = await db.LoadOrganisationAsync(request.OrganisationId, cancellationToken);
        organisation.File(new Filing(request.FiledWith!.Trim(), request.FilingNumber!.Trim(), request.FiledOn!.Value), clock.Today);
        return MediatR.Unit.Value;
    }
}

/// <summary>Stops an organisation taking new applications (or lets it again); its cases stay.</summary>
internal sealed record SetOrganisationActiveCommand(Guid OrganisationId, bool Active) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => OrganisationId.ToString();
}

internal sealed class SetOrganisationActiveHandler(MediationDbContext db) : IRequestHandler<SetOrganisationActiveCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(SetOrganisationActiveCommand request, CancellationToken cancellationToken)
    {
        (await db.LoadOrganisationAsync(request.OrganisationId, cancellationToken)).SetActive(request.Active);
        return MediatR.Unit.Value;
    }
}

internal sealed record FileOrganisationBody(string? FiledWith, string? FilingNumber, DateOnly? FiledOn);

internal sealed record SetActiveBody(bool Active);

internal sealed class OrganisationCommandEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/organisations", async (RegisterOrganisationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/mediation/organisations/{id}", new { id });
        });
        api.MapPost("/organisations/{id:guid}/filing", async (Guid id, FileOrganisationBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new FileOrganisationCommand(id, body.FiledWith, body.FilingNumber, body.FiledOn), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/organisations/{id:guid}/active", async (Guid id, SetActiveBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new SetOrganisationActiveCommand(id, body.Active), ct);
            return TypedResults.NoContent();
        });
    }
}
