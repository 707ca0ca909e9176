using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Applications;

/// <summary>
/// 登记调解申请: the worker applies to an organisation directly, or was guided there from the joint window. The matter
/// gets its linkage number here (its first intake); the handling period starts (<see cref="CaseFlow.ReceivedAsync"/>).
/// </summary>
internal sealed record RegisterApplicationCommand(
    Guid? OrganisationId,
    WorkerInput? Applicant,
    EmployerInput? Respondent,
    IReadOnlyList<ClaimInput>? Claims,
    CaseChannel Channel = CaseChannel.Direct,
    CourtAssignmentInput? Court = null)
    : ICommand<RegisteredCase>;

/// <summary>
/// 委派调解 by a court: the court and its case number, as on the court's letter. A court is no module of the platform, so
/// the result goes back by the organisation's own letter (the case's documents), not by an event.
/// </summary>
internal sealed record CourtAssignmentInput(string? CourtName, string? CaseReference);

internal sealed class CourtAssignmentInputValidator : AbstractValidator<CourtAssignmentInput>
{
    public CourtAssignmentInputValidator()
    {
        RuleFor(c => c.CourtName).NotEmpty().MaximumLength(100).WithName("委派法院");
        RuleFor(c => c.CaseReference).NotEmpty().MaximumLength(64).WithName("法院案号");
    }
}

internal sealed record RegisteredCase(Guid Id, string LinkageNumber) : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;
}

internal sealed class RegisterApplicationValidator : AbstractValidator<RegisterApplicationCommand>
{
    public RegisterApplicationValidator()
    {
        RuleFor(c => c.OrganisationId).NotNull().WithMessage("请选择受理调解申请的调解组织。");
        RuleFor(c => c.Applicant).NotNull().WithName("申请人").SetValidator(new WorkerInputValidator()!);
        RuleFor(c => c.Respondent).NotNull().WithName("被申请人").SetValidator(new EmployerInputValidator()!);
        RuleFor(c => c.Channel).Must(c => c is CaseChannel.Direct or CaseChannel.Window or CaseChannel.Entrusted)
            .WithMessage("申请途径应为直接申请、窗口引导或法院委派调解（仲裁机构的委托调解由仲裁机构发送）。");
        RuleFor(c => c.Court).NotNull().When(c => c.Channel == CaseChannel.Entrusted).WithMessage("法院委派调解须填写委派法院和法院案号。")
            .SetValidator(new CourtAssignmentInputValidator()!);
        RuleFor(c => c.Court).Null().When(c => c.Channel != CaseChannel.Entrusted).WithMessage("仅法院委派调解需要填写委派法院。");
        RuleFor(c => c.Claims).NotEmpty().WithMessage("至少填写一项请求事项。").WithName("请求事项");
        RuleForEach(c => c.Claims).SetValidator(new ClaimInputValidator());
    }
}

internal sealed class RegisterApplicationHandler(MediationDbContext db, LinkageNumberIssuer linkageNumbers, CaseFlow flow, ICurrentUser user, TimeProvider time)
    : IRequestHandler<RegisterApplicationCommand, RegisteredCase>
{
    public async Task<RegisteredCase> Handle(RegisterApplicationCommand request, CancellationToken cancellationToken)
    {
        var organisation = await db.LoadOrganisationAsync(request.OrganisationId!.Value, cancellationToken);
        var now = time.GetUtcNow();
        var linkageNumber = await linkageNumbers.IssueAsync(db, cancellationToken);
        var entrustment = request.Court is { } court
            ? new Entrustment(
                Guid.CreateVersion7(now), EntrustmentKind.Entrusted, Entrustments.ByCourt, court.CourtName!.Trim(), court.CaseReference!.Trim(), now, user.DisplayName)
            : null;
        var mediationCase = MediationCase.Register(
            Guid.CreateVersion7(now),
            linkageNumber,
            sequence: 1,
            request.Channel,
            request.Applicant!.ToWorker(),
            request.Respondent!.ToEmployer(),
            request.Claims!.Select(c => new CaseClaim(Guid.CreateVersion7(now), c.Kind!.Value, c.Amount, c.Description?.Trim())),
            organisation,
            now,
            user.UserName,
            entrustment);
        db.Cases.Add(mediationCase);
        await flow.ReceivedAsync(mediationCase, cancellationToken);
        return new RegisteredCase(mediationCase.Id, linkageNumber);
    }
}

internal sealed class RegisterApplicationEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/cases", async (RegisterApplicationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var registered = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/mediation/cases/{registered.Id}", registered);
        });
}
