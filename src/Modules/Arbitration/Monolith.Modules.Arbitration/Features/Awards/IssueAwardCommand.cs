using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.Proceedings;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.Awards;

/// <summary>
/// 裁决: the tribunal's decision on some claims (先行裁决, <see cref="IsPartial"/>) or on all still open (终结裁决), each
/// with its outcome, amount and 先予执行 flag; classified final or not (<see cref="FinalAwardClassifier"/>, with the
/// deployment's minimum wage). The final award closes the case and discharges the award deadline.
/// </summary>
internal sealed record IssueAwardCommand(Guid ApplicationId, bool IsPartial, DateOnly? DecidedOn, string? Reasoning, IReadOnlyList<AwardItemInput>? Items)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed record AwardItemInput(int Ordinal, ClaimOutcome? Outcome, decimal? AwardedAmount, bool AdvanceExecution);

internal sealed class IssueAwardValidator : AbstractValidator<IssueAwardCommand>
{
    public IssueAwardValidator(DeploymentClock clock)
    {
        RuleFor(c => c.DecidedOn).NotNull().WithName("裁决日期");
        RuleFor(c => c.DecidedOn).Must(d => d <= clock.Today).When(c => c.DecidedOn is not null).WithMessage("裁决日期不能晚于今天。");
        RuleFor(c => c.Reasoning).NotEmpty().MaximumLength(4000).WithName("裁决理由");
        RuleFor(c => c.Items).NotEmpty().WithMessage("至少裁决一项请求。").WithName("裁决事项");
        RuleForEach(c => c.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Outcome).NotNull().IsInEnum().WithName("裁决结果");
            item.RuleFor(i => i.AwardedAmount).NotNull().GreaterThan(0).LessThanOrEqualTo(100_000_000m)
                .When(i => i.Outcome == ClaimOutcome.PartlyGranted).WithName("裁决金额");
            item.RuleFor(i => i.AwardedAmount).GreaterThanOrEqualTo(0).LessThanOrEqualTo(100_000_000m).When(i => i.AwardedAmount is not null).WithName("裁决金额");
        });
    }
}

internal sealed class IssueAwardHandler(ArbitrationDbContext db, AwardDeadline awardDeadline, DeploymentClock clock, ICurrentUser user, IOptions<ArbitrationOptions> options)
    : IRequestHandler<IssueAwardCommand, Guid>
{
    public async Task<Guid> Handle(IssueAwardCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Claims).Include(a => a.Awards).Include(a => a.ClockPauses)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var decisions = request.Items!.Select(i =>
        {
            var claim = application.Claims.SingleOrDefault(c => c.Ordinal == i.Ordinal);

            // 支持: the amount claimed unless the tribunal gave another.
            var amount = i.Outcome == ClaimOutcome.Granted ? i.AwardedAmount ?? claim?.Amount : i.AwardedAmount;
            return new ClaimDecision(i.Ordinal, i.Outcome!.Value, amount, i.AdvanceExecution);
        }).ToList();
        var award = application.IssueAward(
            Guid.CreateVersion7(clock.UtcNow), application.CaseNumber!, request.IsPartial, request.DecidedOn!.Value, request.Reasoning!.Trim(), decisions,
            options.Value.MonthlyMinimumWage, clock.UtcNow, user.UserName);
        if (!request.IsPartial)
        {
            await awardDeadline.CompleteAsync(db, application, cancellationToken);
        }

        return award.Id;
    }
}

/// <summary>裁决书送达: the days the worker and the employer received the award, from which their windows run.</summary>
internal sealed record RecordAwardServiceCommand(Guid ApplicationId, Guid AwardId, DateOnly? WorkerReceivedOn, DateOnly? EmployerReceivedOn)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class RecordAwardServiceValidator : AbstractValidator<RecordAwardServiceCommand>
{
    public RecordAwardServiceValidator(DeploymentClock clock)
    {
        RuleFor(c => c).Must(c => c.WorkerReceivedOn is not null || c.EmployerReceivedOn is not null).WithMessage("请填写签收日期。").WithName("workerReceivedOn");
        RuleFor(c => c.WorkerReceivedOn).Must(d => d <= clock.Today).When(c => c.WorkerReceivedOn is not null).WithMessage("签收日期不能晚于今天。");
        RuleFor(c => c.EmployerReceivedOn).Must(d => d <= clock.Today).When(c => c.EmployerReceivedOn is not null).WithMessage("签收日期不能晚于今天。");
    }
}

internal sealed class RecordAwardServiceHandler(ArbitrationDbContext db) : IRequestHandler<RecordAwardServiceCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordAwardServiceCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Awards).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        if (application.Awards.All(a => a.Id != request.AwardId))
        {
            throw new NotFoundException("裁决书", request.AwardId);
        }

        application.RecordAwardService(request.AwardId, request.WorkerReceivedOn, request.EmployerReceivedOn);
        return MediatR.Unit.Value;
    }
}

/// <summary>仲裁调解书: the parties settled before the tribunal; closes the case and discharges the award deadline.</summary>
internal sealed record RecordMediationStatementCommand(Guid ApplicationId, string? Terms, decimal? Amount) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class RecordMediationStatementValidator : AbstractValidator<RecordMediationStatementCommand>
{
    public RecordMediationStatementValidator()
    {
        RuleFor(c => c.Terms).NotEmpty().MaximumLength(2000).WithName("调解协议内容");
        RuleFor(c => c.Amount).GreaterThan(0).LessThanOrEqualTo(100_000_000m).When(c => c.Amount is not null).WithName("金额");
    }
}

internal sealed class RecordMediationStatementHandler(ArbitrationDbContext db, AwardDeadline awardDeadline, DeploymentClock clock, ICurrentUser user)
    : IRequestHandler<RecordMediationStatementCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordMediationStatementCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        application.RecordMediationStatement(new MediationStatement(application.CaseNumber!, request.Terms!.Trim(), request.Amount, clock.Today, user.UserName));
        await awardDeadline.CompleteAsync(db, application, cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed record IssueAwardBody(bool IsPartial, DateOnly? DecidedOn, string? Reasoning, IReadOnlyList<AwardItemInput>? Items);

internal sealed record RecordAwardServiceBody(DateOnly? WorkerReceivedOn, DateOnly? EmployerReceivedOn);

internal sealed record RecordMediationStatementBody(string? Terms, decimal? Amount);

internal sealed class AwardEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications/{id:guid}/awards", async (Guid id, IssueAwardBody body, IMediator mediator, CancellationToken ct) =>
        {
            var awardId = await mediator.Send(new IssueAwardCommand(id, body.IsPartial, body.DecidedOn, body.Reasoning, body.Items), ct);
            return TypedResults.Created($"/api/arbitration/applications/{id}/case", new { id = awardId });
        });
        api.MapPost("/applications/{id:guid}/awards/{awardId:guid}/service", async (Guid id, Guid awardId, RecordAwardServiceBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordAwardServiceCommand(id, awardId, body.WorkerReceivedOn, body.EmployerReceivedOn), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/applications/{id:guid}/mediation-statement", async (Guid id, RecordMediationStatementBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordMediationStatementCommand(id, body.Terms, body.Amount), ct);
            return TypedResults.NoContent();
        });
    }
}
