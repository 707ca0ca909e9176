using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Mediation.Features.Documents;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Confirmation;

/// <summary>
/// 申请司法确认: the parties applied to the court within 30 days of the agreement taking effect (《人民调解法》第三十三条);
/// the window is done and the court's 3 days to accept run (held by the court, followed here).
/// </summary>
internal sealed record ApplyForJudicialConfirmationCommand(Guid CaseId, string? Court, DateOnly? AppliedOn) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class ApplyForJudicialConfirmationValidator : AbstractValidator<ApplyForJudicialConfirmationCommand>
{
    public ApplyForJudicialConfirmationValidator()
    {
        RuleFor(c => c.Court).NotEmpty().MaximumLength(100).WithName("受理法院");
        RuleFor(c => c.AppliedOn).NotNull().WithName("申请日期");
    }
}

internal sealed class ApplyForJudicialConfirmationHandler(MediationDbContext db, DeadlineTracker deadlines, DeploymentClock clock)
    : IRequestHandler<ApplyForJudicialConfirmationCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ApplyForJudicialConfirmationCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        mediationCase.ApplyForJudicialConfirmation(request.Court!.Trim(), request.AppliedOn!.Value, clock.Today);
        await deadlines.CompleteAsync(db, mediationCase.Id, MediationDeadlineRules.JudicialConfirmationApplication, cancellationToken);
        await deadlines.StartAsync(
            db, MediationDeadlineRules.CourtConfirmationAcceptance, clock.StartOfDay(request.AppliedOn.Value), DeadlineSubjects.For(mediationCase), cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>The court accepted the application (its 15 days to rule begin, +10 with the president's approval) or refused it.</summary>
internal sealed record RecordCourtAcceptanceCommand(Guid CaseId, bool Accepted, DateOnly? On) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class RecordCourtAcceptanceValidator : AbstractValidator<RecordCourtAcceptanceCommand>
{
    public RecordCourtAcceptanceValidator()
    {
        RuleFor(c => c.On).NotNull().WithName("日期");
    }
}

internal sealed class RecordCourtAcceptanceHandler(MediationDbContext db, DeadlineTracker deadlines, DeploymentClock clock)
    : IRequestHandler<RecordCourtAcceptanceCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordCourtAcceptanceCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        mediationCase.RecordCourtAcceptance(request.Accepted, request.On!.Value, clock.Today);
        await deadlines.CompleteAsync(db, mediationCase.Id, MediationDeadlineRules.CourtConfirmationAcceptance, cancellationToken);
        if (request.Accepted)
        {
            await deadlines.StartAsync(
                db, MediationDeadlineRules.CourtConfirmationDecision, clock.StartOfDay(request.On.Value), DeadlineSubjects.For(mediationCase), cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}

/// <summary>The court's ruling on the application: the agreement confirmed (enforceable) or not.</summary>
internal sealed record RecordConfirmationRulingCommand(Guid CaseId, bool Confirmed, DateOnly? On, string? Note) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class RecordConfirmationRulingValidator : AbstractValidator<RecordConfirmationRulingCommand>
{
    public RecordConfirmationRulingValidator()
    {
        RuleFor(c => c.On).NotNull().WithName("裁定日期");
        RuleFor(c => c.Note).NotEmpty().When(c => !c.Confirmed).WithMessage("不予确认的，请记录法院的理由。").MaximumLength(1000);
    }
}

internal sealed class RecordConfirmationRulingHandler(MediationDbContext db, DeadlineTracker deadlines, DeploymentClock clock)
    : IRequestHandler<RecordConfirmationRulingCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordConfirmationRulingCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        mediationCase.RecordConfirmationRuling(request.Confirmed, request.On!.Value, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), clock.Today);
        await deadlines.CompleteAsync(db, mediationCase.Id, MediationDeadlineRules.CourtConfirmationDecision, cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// 申请仲裁审查确认: the parties' joint application, submitted through the organisation to the arbitration institution
/// (<see cref="ArbitrationReviewRequestedIntegrationEvent"/>), which holds the 15 days of 办案规则 第七十四条 and answers
/// with its decision. The judicial-confirmation window no longer applies.
/// </summary>
internal sealed record RequestArbitrationReviewCommand(Guid CaseId, bool PartiesApplyJointly) : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class RequestArbitrationReviewValidator : AbstractValidator<RequestArbitrationReviewCommand>
{
    public RequestArbitrationReviewValidator()
    {
        RuleFor(c => c.PartiesApplyJointly).Equal(true).WithMessage("仲裁审查确认须由双方当事人共同申请。");
    }
}

internal sealed class RequestArbitrationReviewHandler(MediationDbContext db, CaseFlow flow, ICurrentUser user, TimeProvider time)
    : IRequestHandler<RequestArbitrationReviewCommand, Guid>
{
    public async Task<Guid> Handle(RequestArbitrationReviewCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        var now = time.GetUtcNow();
        var requestId = Guid.CreateVersion7(now);
        mediationCase.RequestArbitrationReview(requestId, now, user.UserName);
        await flow.CloseJudicialWindowAsync(mediationCase, cancellationToken);
        var agreement = mediationCase.Agreement!;
        db.Publish(new ArbitrationReviewRequestedIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            mediationCase.LinkageNumber,
            requestId,
            MediationModule.Descriptor.Name,
            mediationCase.OrganisationName!,
            DocumentNumbers.Agreement(mediationCase),
            agreement.Terms,
            agreement.AgreedAmount,
            agreement.PerformanceDueDate,
            agreement.EffectiveAt!.Value,
            new ReviewParty(mediationCase.Applicant.Name, mediationCase.Applicant.ResidentIdNumber, mediationCase.Applicant.Phone),
            new ReviewParty(mediationCase.Respondent.Name, mediationCase.Respondent.CreditCode, null),
            now,
            user.DisplayName));
        return requestId;
    }
}

/// <summary>当事人不申请确认: the window for judicial confirmation is closed without fault.</summary>
internal sealed record DeclineConfirmationCommand(Guid CaseId) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class DeclineConfirmationHandler(MediationDbContext db, CaseFlow flow) : IRequestHandler<DeclineConfirmationCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeclineConfirmationCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        mediationCase.DeclineConfirmation();
        await flow.CloseJudicialWindowAsync(mediationCase, cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed record JudicialConfirmationBody(string? Court, DateOnly? AppliedOn);

internal sealed record CourtAcceptanceBody(bool Accepted, DateOnly? On);

internal sealed record RulingBody(bool Confirmed, DateOnly? On, string? Note);

internal sealed record ArbitrationReviewBody(bool PartiesApplyJointly);

internal sealed class ConfirmationEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/judicial-confirmation", async (Guid id, JudicialConfirmationBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ApplyForJudicialConfirmationCommand(id, body.Court, body.AppliedOn), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/judicial-confirmation/acceptance", async (Guid id, CourtAcceptanceBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordCourtAcceptanceCommand(id, body.Accepted, body.On), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/judicial-confirmation/ruling", async (Guid id, RulingBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordConfirmationRulingCommand(id, body.Confirmed, body.On, body.Note), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/arbitration-review", async (Guid id, ArbitrationReviewBody body, IMediator mediator, CancellationToken ct) =>
        {
            var requestId = await mediator.Send(new RequestArbitrationReviewCommand(id, body.PartiesApplyJointly), ct);
            return TypedResults.Accepted($"/api/mediation/cases/{id}", new { requestId });
        });
        api.MapPost("/cases/{id:guid}/confirmation-declined", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DeclineConfirmationCommand(id), ct);
            return TypedResults.NoContent();
        });
    }
}
