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
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Documents;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.NonPerformance;

/// <summary>
/// 引导申请仲裁: the agreement was not performed, so the worker may apply for arbitration (《劳动争议调解仲裁法》第十五条);
/// published as <see cref="MediationFailedIntegrationEvent"/>, which the arbitration institution can turn into a draft.
/// </summary>
internal sealed record GuideToArbitrationCommand(Guid CaseId) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class GuideToArbitrationHandler(MediationDbContext db, CaseFlow flow, TimeProvider time) : IRequestHandler<GuideToArbitrationCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(GuideToArbitrationCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        mediationCase.GuideToArbitration(time.GetUtcNow());
        flow.GuidedToArbitration(mediationCase);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// 申请支付令 (第十六条): for an agreement on wages, work-injury medical expenses, compensation or damages. The court's
/// periods (受理 5 日, 发出 15 日) and the debtor's (异议 15 日) are followed as deadlines held by the court and the employer.
/// </summary>
internal sealed record ApplyForPaymentOrderCommand(Guid CaseId, string? Court, DateOnly? AppliedOn) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class ApplyForPaymentOrderValidator : AbstractValidator<ApplyForPaymentOrderCommand>
{
    public ApplyForPaymentOrderValidator()
    {
        RuleFor(c => c.Court).NotEmpty().MaximumLength(100).WithName("受理法院");
        RuleFor(c => c.AppliedOn).NotNull().WithName("申请日期");
    }
}

internal sealed class ApplyForPaymentOrderHandler(MediationDbContext db, DeadlineTracker deadlines, DeploymentClock clock) : IRequestHandler<ApplyForPaymentOrderCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ApplyForPaymentOrderCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        mediationCase.ApplyForPaymentOrder(request.Court!.Trim(), request.AppliedOn!.Value, clock.Today);
        await deadlines.StartAsync(
            db, MediationDeadlineRules.PaymentOrderAcceptance, clock.StartOfDay(request.AppliedOn.Value), DeadlineSubjects.For(mediationCase), cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>The court accepted or refused the application, issued the order (served on the employer), and the employer paid or objected.</summary>
internal sealed record RecordPaymentOrderStepCommand(Guid CaseId, PaymentOrderStage? Stage, DateOnly? On, DateOnly? DebtorServedOn = null)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class RecordPaymentOrderStepValidator : AbstractValidator<RecordPaymentOrderStepCommand>
{
    public RecordPaymentOrderStepValidator()
    {
        RuleFor(c => c.Stage).NotNull().IsInEnum().NotEqual(PaymentOrderStage.Applied).WithName("进展");
        RuleFor(c => c.On).NotNull().WithName("日期");
        RuleFor(c => c.DebtorServedOn).NotNull().When(c => c.Stage == PaymentOrderStage.Issued).WithName("送达债务人日期");
    }
}

internal sealed class RecordPaymentOrderStepHandler(MediationDbContext db, DeadlineTracker deadlines, DeploymentClock clock)
    : IRequestHandler<RecordPaymentOrderStepCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordPaymentOrderStepCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        var stage = request.Stage!.Value;
        var on = request.On!.Value;
        mediationCase.RecordPaymentOrderStep(stage, on, request.DebtorServedOn, clock.Today);
        var subject = DeadlineSubjects.For(mediationCase);
        switch (stage)
        {
            case PaymentOrderStage.Accepted:
                await deadlines.CompleteAsync(db, mediationCase.Id, MediationDeadlineRules.PaymentOrderAcceptance, cancellationToken);
                await deadlines.StartAsync(db, MediationDeadlineRules.PaymentOrderIssue, clock.StartOfDay(on), subject, cancellationToken);
                break;
            case PaymentOrderStage.NotAccepted:
                await deadlines.CompleteAsync(db, mediationCase.Id, MediationDeadlineRules.PaymentOrderAcceptance, cancellationToken);
                break;
            case PaymentOrderStage.Issued:
                await deadlines.CompleteAsync(db, mediationCase.Id, MediationDeadlineRules.PaymentOrderIssue, cancellationToken);
                await deadlines.StartAsync(db, MediationDeadlineRules.PaymentOrderObjection, clock.StartOfDay(request.DebtorServedOn!.Value), subject, cancellationToken);
                break;
            default:
                await deadlines.CompleteAsync(db, mediationCase.Id, MediationDeadlineRules.PaymentOrderObjection, cancellationToken);
                break;
        }

        return MediatR.Unit.Value;
    }
}

/// <summary>
/// 转介法律援助: with the worker's recorded consent, when the worker has no agent (南昌方案 三(二)). Published in legal aid's
/// own form with this module as the referrer; the decision comes back to this case.
/// </summary>
internal sealed record ReferToLegalAidCommand(Guid CaseId, bool ConsentGiven, bool WorkerHasNoAgent, bool EconomicHardshipStated, bool IsMigrantWorker)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class ReferToLegalAidValidator : AbstractValidator<ReferToLegalAidCommand>
{
    public ReferToLegalAidValidator()
    {
        RuleFor(c => c.ConsentGiven).Equal(true).WithMessage("须经劳动者同意后方可转介法律援助机构。");
        RuleFor(c => c.WorkerHasNoAgent).Equal(true).WithMessage("仅限没有委托代理人的劳动者。");
    }
}

internal sealed class ReferToLegalAidHandler(MediationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<ReferToLegalAidCommand, Guid>
{
    public async Task<Guid> Handle(ReferToLegalAidCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        var now = time.GetUtcNow();
        var referralId = Guid.CreateVersion7(now);
        mediationCase.ReferToLegalAid(referralId, now, user.UserName);
        db.Publish(new LegalAidReferralRequestedIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            mediationCase.LinkageNumber,
            referralId,
            MediationModule.Descriptor.Name,
            mediationCase.OrganisationName ?? MediationModule.Descriptor.AgencyName,
            DocumentNumbers.Agreement(mediationCase),
            new ReferredWorker(mediationCase.Applicant.Name, mediationCase.Applicant.ResidentIdNumber, mediationCase.Applicant.Phone, request.IsMigrantWorker),
            mediationCase.Respondent.Name,
            mediationCase.Respondent.CreditCode,
            [.. mediationCase.Claims.Select(c => new ReferredClaim(ToLabourClaimKind(c.Kind), c.Amount, $"调解协议未履行：{c.Description ?? ClaimKinds.ChineseName(c.Kind)}"))],
            now,
            request.WorkerHasNoAgent,
            request.EconomicHardshipStated,
            user.DisplayName));
        return referralId;
    }

    private static LabourClaimKind ToLabourClaimKind(MediationClaimKind kind) => kind switch
    {
        MediationClaimKind.Wages => LabourClaimKind.LabourRemuneration,
        MediationClaimKind.LabourRelationConfirmation => LabourClaimKind.LabourRelationConfirmation,
        MediationClaimKind.SocialInsurance => LabourClaimKind.SocialInsuranceBenefits,
        MediationClaimKind.WorkInjuryMedicalExpenses => LabourClaimKind.WorkInjury,
        _ => LabourClaimKind.CompensationAndOther,
    };
}

internal sealed record PaymentOrderBody(string? Court, DateOnly? AppliedOn);

internal sealed record PaymentOrderStepBody(PaymentOrderStage? Stage, DateOnly? On, DateOnly? DebtorServedOn);

internal sealed record LegalAidReferralBody(bool ConsentGiven, bool WorkerHasNoAgent, bool EconomicHardshipStated, bool IsMigrantWorker);

internal sealed class NonPerformanceEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/arbitration-guidance", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new GuideToArbitrationCommand(id), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/payment-order", async (Guid id, PaymentOrderBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ApplyForPaymentOrderCommand(id, body.Court, body.AppliedOn), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/payment-order/steps", async (Guid id, PaymentOrderStepBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordPaymentOrderStepCommand(id, body.Stage, body.On, body.DebtorServedOn), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/legal-aid-referral", async (Guid id, LegalAidReferralBody body, IMediator mediator, CancellationToken ct) =>
        {
            var referralId = await mediator.Send(new ReferToLegalAidCommand(id, body.ConsentGiven, body.WorkerHasNoAgent, body.EconomicHardshipStated, body.IsMigrantWorker), ct);
            return TypedResults.Accepted($"/api/mediation/cases/{id}", new { referralId });
        });
    }
}
