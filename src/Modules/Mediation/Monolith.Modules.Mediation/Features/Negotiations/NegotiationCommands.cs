using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Applications;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Negotiations;

/// <summary>
/// 协商要求: a worker, or a union on the worker's behalf, asks the employer to negotiate. The matter gets its linkage
/// number; the employer's 5 days to answer run, and silence counts as unwillingness (<see cref="DeemUnwillingCommand"/>).
/// </summary>
internal sealed record RequestNegotiationCommand(
    NegotiationRequester? RequestedBy, string? UnionName, WorkerInput? Worker, EmployerInput? Employer, string? Matters, decimal? ClaimedAmount)
    : ICommand<RegisteredCase>;

internal sealed class RequestNegotiationValidator : AbstractValidator<RequestNegotiationCommand>
{
    public RequestNegotiationValidator()
    {
        RuleFor(c => c.RequestedBy).NotNull().IsInEnum().WithName("提出方");
        RuleFor(c => c.UnionName).NotEmpty().When(c => c.RequestedBy == NegotiationRequester.Union)
            .WithMessage("工会代为提出协商要求的，请填写工会名称。").MaximumLength(100);
        RuleFor(c => c.Worker).NotNull().WithName("劳动者").SetValidator(new WorkerInputValidator()!);
        RuleFor(c => c.Employer).NotNull().WithName("用人单位").SetValidator(new EmployerInputValidator()!);
        RuleFor(c => c.Matters).NotEmpty().MaximumLength(1000).WithName("协商事项");
        RuleFor(c => c.ClaimedAmount).GreaterThan(0).LessThanOrEqualTo(ClaimInputValidator.MaxAmount).When(c => c.ClaimedAmount is not null).WithName("诉求金额");
    }
}

internal sealed class RequestNegotiationHandler(
    MediationDbContext db, LinkageNumberIssuer linkageNumbers, DeadlineTracker deadlines, WorkScheduler scheduler, ICurrentUser user, TimeProvider time)
    : IRequestHandler<RequestNegotiationCommand, RegisteredCase>
{
    public async Task<RegisteredCase> Handle(RequestNegotiationCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var linkageNumber = await linkageNumbers.IssueAsync(db, cancellationToken);
        var negotiation = Negotiation.Request(
            Guid.CreateVersion7(now),
            linkageNumber,
            request.RequestedBy!.Value,
            request.UnionName?.Trim(),
            request.Worker!.ToWorker(),
            request.Employer!.ToEmployer(),
            request.Matters!.Trim(),
            request.ClaimedAmount,
            now,
            user.UserName);
        db.Negotiations.Add(negotiation);
        var answer = await deadlines.StartAsync(db, MediationDeadlineRules.NegotiationAnswer, now, DeadlineSubjects.For(negotiation), cancellationToken);
        ScheduleSilenceCheck(scheduler, db, negotiation, answer.DueAt);
        return new RegisteredCase(negotiation.Id, linkageNumber);
    }

    public static void ScheduleSilenceCheck(WorkScheduler scheduler, MediationDbContext db, Negotiation negotiation, DateTimeOffset dueAt) =>
        scheduler.Schedule(db, new DeemUnwillingCommand(negotiation.Id), dueAt + CaseFlow.ExpiryDelay, SilenceKey(negotiation.Id), negotiation.LinkageNumber);

    public static string SilenceKey(Guid negotiationId) => $"mediation/negotiation-answer/{negotiationId}";
}

/// <summary>The employer answered: willing to negotiate, or refusing (the worker may then apply for mediation).</summary>
internal sealed record RecordNegotiationAnswerCommand(Guid NegotiationId, bool Willing, string? Note) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => NegotiationId.ToString();
}

internal sealed class RecordNegotiationAnswerValidator : AbstractValidator<RecordNegotiationAnswerCommand>
{
    public RecordNegotiationAnswerValidator()
    {
        RuleFor(c => c.Note).MaximumLength(500).WithName("答复情况");
    }
}

internal sealed class RecordNegotiationAnswerHandler(MediationDbContext db, DeadlineTracker deadlines, WorkScheduler scheduler, TimeProvider time)
    : IRequestHandler<RecordNegotiationAnswerCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordNegotiationAnswerCommand request, CancellationToken cancellationToken)
    {
        var negotiation = await db.LoadNegotiationAsync(request.NegotiationId, cancellationToken);
        negotiation.RecordAnswer(request.Willing, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), time.GetUtcNow());
        await deadlines.CompleteAsync(db, negotiation.Id, MediationDeadlineRules.NegotiationAnswer, cancellationToken);
        await scheduler.CancelAsync(db, RequestNegotiationHandler.SilenceKey(negotiation.Id), cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// Run just after the employer's 5 days: without an answer it is deemed unwilling to negotiate (企业劳动争议协商调解规定).
/// The answer deadline is by then marked missed (the employer's); this closes it. A late or repeated run changes nothing.
/// </summary>
[ScheduledCommandName("mediation.deem-unwilling.v1")]
internal sealed record DeemUnwillingCommand(Guid NegotiationId) : ICommand<bool>, IAuditSubject
{
    string IAuditSubject.AuditSubject => NegotiationId.ToString();
}

internal sealed class DeemUnwillingHandler(MediationDbContext db, DeadlineTracker deadlines, TimeProvider time) : IRequestHandler<DeemUnwillingCommand, bool>
{
    public async Task<bool> Handle(DeemUnwillingCommand request, CancellationToken cancellationToken)
    {
        var negotiation = await db.Negotiations.SingleOrDefaultAsync(n => n.Id == request.NegotiationId, cancellationToken);
        if (negotiation is null || !negotiation.DeemUnwilling(time.GetUtcNow()))
        {
            return false;
        }

        await deadlines.CompleteAsync(db, negotiation.Id, MediationDeadlineRules.NegotiationAnswer, cancellationToken);
        return true;
    }
}

/// <summary>和解协议 (任务分工方案 第23项): the terms the parties signed, with the performance date.</summary>
internal sealed record RecordSettlementCommand(Guid NegotiationId, string? Terms, decimal? Amount, DateOnly? PerformanceDueDate, DateOnly? SignedOn)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => NegotiationId.ToString();
}

internal sealed class RecordSettlementValidator : AbstractValidator<RecordSettlementCommand>
{
    public RecordSettlementValidator()
    {
        RuleFor(c => c.Terms).NotEmpty().MaximumLength(2000).WithName("和解协议内容");
        RuleFor(c => c.Amount).GreaterThan(0).LessThanOrEqualTo(ClaimInputValidator.MaxAmount).When(c => c.Amount is not null).WithName("金额");
        RuleFor(c => c.PerformanceDueDate).NotNull().WithName("履行期限");
        RuleFor(c => c.SignedOn).NotNull().WithName("签订日期");
    }
}

internal sealed class RecordSettlementHandler(MediationDbContext db, DeploymentClock clock, ICurrentUser user) : IRequestHandler<RecordSettlementCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordSettlementCommand request, CancellationToken cancellationToken)
    {
        var negotiation = await db.LoadNegotiationAsync(request.NegotiationId, cancellationToken);
        negotiation.RecordSettlement(
            new SettlementAgreement(request.Terms!.Trim(), request.Amount, request.PerformanceDueDate!.Value, request.SignedOn!.Value, clock.UtcNow, user.UserName),
            clock.Today);
        return MediatR.Unit.Value;
    }
}

/// <summary>协商不成: the parties could not agree.</summary>
internal sealed record EndNegotiationCommand(Guid NegotiationId, string? Note) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => NegotiationId.ToString();
}

internal sealed class EndNegotiationValidator : AbstractValidator<EndNegotiationCommand>
{
    public EndNegotiationValidator()
    {
        RuleFor(c => c.Note).NotEmpty().MaximumLength(500).WithName("协商不成的情况");
    }
}

internal sealed class EndNegotiationHandler(MediationDbContext db) : IRequestHandler<EndNegotiationCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(EndNegotiationCommand request, CancellationToken cancellationToken)
    {
        (await db.LoadNegotiationAsync(request.NegotiationId, cancellationToken)).EndWithoutSettlement(request.Note!.Trim());
        return MediatR.Unit.Value;
    }
}

/// <summary>The settlement was performed, or (after its date) not.</summary>
internal sealed record RecordSettlementPerformanceCommand(Guid NegotiationId, bool Performed) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => NegotiationId.ToString();
}

internal sealed class RecordSettlementPerformanceHandler(MediationDbContext db, DeploymentClock clock) : IRequestHandler<RecordSettlementPerformanceCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordSettlementPerformanceCommand request, CancellationToken cancellationToken)
    {
        (await db.LoadNegotiationAsync(request.NegotiationId, cancellationToken)).RecordPerformance(request.Performed, clock.Today);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// 转调解 (任务分工方案 第23项): the employer would not negotiate, the parties could not agree, or the settlement was not
/// performed; the worker applies to a mediation organisation, and the matter keeps its linkage number.
/// </summary>
internal sealed record TransferToMediationCommand(Guid NegotiationId, Guid? OrganisationId, IReadOnlyList<ClaimInput>? Claims) : ICommand<RegisteredCase>, IAuditSubject
{
    string IAuditSubject.AuditSubject => NegotiationId.ToString();
}

internal sealed class TransferToMediationValidator : AbstractValidator<TransferToMediationCommand>
{
    public TransferToMediationValidator()
    {
        RuleFor(c => c.OrganisationId).NotNull().WithMessage("请选择受理调解申请的调解组织。");
        RuleFor(c => c.Claims).NotEmpty().WithMessage("至少填写一项请求事项。").WithName("请求事项");
        RuleForEach(c => c.Claims).SetValidator(new ClaimInputValidator());
    }
}

internal sealed class TransferToMediationHandler(MediationDbContext db, CaseFlow flow, ICurrentUser user, TimeProvider time)
    : IRequestHandler<TransferToMediationCommand, RegisteredCase>
{
    public async Task<RegisteredCase> Handle(TransferToMediationCommand request, CancellationToken cancellationToken)
    {
        var negotiation = await db.LoadNegotiationAsync(request.NegotiationId, cancellationToken);
        var organisation = await db.LoadOrganisationAsync(request.OrganisationId!.Value, cancellationToken);
        var now = time.GetUtcNow();
        var mediationCase = MediationCase.Register(
            Guid.CreateVersion7(now),
            negotiation.LinkageNumber,
            await db.NextSequenceAsync(negotiation.LinkageNumber, cancellationToken),
            CaseChannel.FromNegotiation,
            negotiation.Worker,
            negotiation.Employer,
            request.Claims!.Select(c => new CaseClaim(Guid.CreateVersion7(now), c.Kind!.Value, c.Amount, c.Description?.Trim())),
            organisation,
            now,
            user.UserName,
            negotiationId: negotiation.Id);
        negotiation.TransferToMediation(mediationCase.Id);
        db.Cases.Add(mediationCase);
        await flow.ReceivedAsync(mediationCase, cancellationToken);
        return new RegisteredCase(mediationCase.Id, mediationCase.LinkageNumber);
    }
}

internal static class NegotiationLoading
{
    public static async Task<Negotiation> LoadNegotiationAsync(this MediationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Negotiations.SingleOrDefaultAsync(n => n.Id == id, cancellationToken) ?? throw new NotFoundException("协商", id);
}

internal sealed record AnswerBody(bool Willing, string? Note);

internal sealed record SettlementBody(string? Terms, decimal? Amount, DateOnly? PerformanceDueDate, DateOnly? SignedOn);

internal sealed record NoteBody(string? Note);

internal sealed record SettlementPerformanceBody(bool Performed);

internal sealed record TransferBody(Guid? OrganisationId, IReadOnlyList<ClaimInput>? Claims);

internal sealed class NegotiationEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/negotiations", async (RequestNegotiationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var registered = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/mediation/negotiations/{registered.Id}", registered);
        });
        api.MapPost("/negotiations/{id:guid}/answer", async (Guid id, AnswerBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordNegotiationAnswerCommand(id, body.Willing, body.Note), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/negotiations/{id:guid}/settlement", async (Guid id, SettlementBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordSettlementCommand(id, body.Terms, body.Amount, body.PerformanceDueDate, body.SignedOn), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/negotiations/{id:guid}/end", async (Guid id, NoteBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new EndNegotiationCommand(id, body.Note), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/negotiations/{id:guid}/performance", async (Guid id, SettlementPerformanceBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordSettlementPerformanceCommand(id, body.Performed), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/negotiations/{id:guid}/mediation", async (Guid id, TransferBody body, IMediator mediator, CancellationToken ct) =>
        {
            var registered = await mediator.Send(new TransferToMediationCommand(id, body.OrganisationId, body.Claims), ct);
            return TypedResults.Created($"/api/mediation/cases/{registered.Id}", registered);
        });
    }
}
