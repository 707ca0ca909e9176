using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Agreements;

/// <summary>
/// 拟定调解协议书: the terms, the sum, the performance date and method, and the mediator's note on the employer's
/// capacity to perform (履约能力评估, 任务分工方案 第31项). May be redrafted until the parties sign.
/// </summary>
internal sealed record DraftAgreementCommand(
    Guid CaseId, string? Terms, decimal? AgreedAmount, DateOnly? PerformanceDueDate, string? PerformanceMethod, string? CapacityNote)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class DraftAgreementValidator : AbstractValidator<DraftAgreementCommand>
{
    public DraftAgreementValidator()
    {
        RuleFor(c => c.Terms).NotEmpty().MaximumLength(4000).WithName("协议内容");
        RuleFor(c => c.AgreedAmount).GreaterThan(0).LessThanOrEqualTo(ClaimInputValidator.MaxAmount)
            .Must(a => decimal.Round(a!.Value, 2) == a.Value).WithMessage("金额最多保留两位小数。")
            .When(c => c.AgreedAmount is not null).WithName("协议金额");
        RuleFor(c => c.PerformanceDueDate).NotNull().WithName("履行期限");
        RuleFor(c => c.PerformanceMethod).NotEmpty().MaximumLength(500).WithName("履行方式");
        RuleFor(c => c.CapacityNote).NotEmpty().WithMessage("请填写履约能力评估（当事人履约能力及风险）。").MaximumLength(1000);
    }
}

internal sealed class DraftAgreementHandler(MediationDbContext db, DeploymentClock clock, ICurrentUser user) : IRequestHandler<DraftAgreementCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DraftAgreementCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        mediationCase.DraftAgreement(
            new Domain.Agreement(
                request.Terms!.Trim(),
                request.AgreedAmount,
                request.PerformanceDueDate!.Value,
                request.PerformanceMethod!.Trim(),
                request.CapacityNote!.Trim(),
                clock.Today,
                clock.UtcNow,
                user.UserName),
            clock.Today);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// The parties signed the agreement (the mediator signs and the organisation seals it as this is recorded): it takes
/// effect (《劳动争议调解仲裁法》第十四条第二款), mediation concludes, the 30-day window for judicial confirmation opens
/// and the follow-up after the performance date is scheduled; an entrusting agency is told.
/// </summary>
internal sealed record ConfirmAgreementCommand(Guid CaseId, bool PartiesSigned, DateOnly? WorkerSignedOn, DateOnly? EmployerSignedOn)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class ConfirmAgreementValidator : AbstractValidator<ConfirmAgreementCommand>
{
    public ConfirmAgreementValidator()
    {
        RuleFor(c => c.PartiesSigned).Equal(true).WithMessage("须经双方当事人签字确认。");
        RuleFor(c => c.WorkerSignedOn).NotNull().WithName("劳动者签字日期");
        RuleFor(c => c.EmployerSignedOn).NotNull().WithName("用人单位签字日期");
    }
}

internal sealed class ConfirmAgreementHandler(MediationDbContext db, CaseFlow flow, DeploymentClock clock, ICurrentUser user) : IRequestHandler<ConfirmAgreementCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ConfirmAgreementCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        mediationCase.ConfirmAgreement(request.WorkerSignedOn!.Value, request.EmployerSignedOn!.Value, clock.Today, clock.UtcNow, user.UserName);
        await flow.AgreedAsync(mediationCase, cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>发放履行告知书 (任务分工方案 第31项): once, after the agreement took effect.</summary>
internal sealed record IssueFulfilmentNoticeCommand(Guid CaseId) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class IssueFulfilmentNoticeHandler(MediationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<IssueFulfilmentNoticeCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(IssueFulfilmentNoticeCommand request, CancellationToken cancellationToken)
    {
        (await db.LoadCaseAsync(request.CaseId, cancellationToken)).IssueFulfilmentNotice(time.GetUtcNow(), user.UserName);
        return MediatR.Unit.Value;
    }
}

internal sealed record DraftBody(string? Terms, decimal? AgreedAmount, DateOnly? PerformanceDueDate, string? PerformanceMethod, string? CapacityNote);

internal sealed record ConfirmBody(bool PartiesSigned, DateOnly? WorkerSignedOn, DateOnly? EmployerSignedOn);

internal sealed class AgreementEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPut("/cases/{id:guid}/agreement", async (Guid id, DraftBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DraftAgreementCommand(id, body.Terms, body.AgreedAmount, body.PerformanceDueDate, body.PerformanceMethod, body.CapacityNote), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/agreement/confirmation", async (Guid id, ConfirmBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ConfirmAgreementCommand(id, body.PartiesSigned, body.WorkerSignedOn, body.EmployerSignedOn), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/fulfilment-notice", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new IssueFulfilmentNoticeCommand(id), ct);
            return TypedResults.NoContent();
        });
    }
}
