using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Cases;

/// <summary>
/// 登记咨询/诉求: a union officer records a worker's consultation or rights request from a service point, the hotline or a
/// station for platform workers, with the answer if given at once. It opens a matter with a linkage number.
/// </summary>
internal sealed record RegisterConsultationCommand(
    ServiceChannel? Channel, string? WorkerName, string? ResidentIdNumber, string? Phone, bool IsPlatformWorker, bool IsMigrantWorker,
    string? EmployerName, string? EmployerCreditCode, string? Question, string? Answer) : ICommand<RegisteredConsultation>;

internal sealed record RegisteredConsultation(Guid Id, string LinkageNumber) : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;
}

internal sealed class RegisterConsultationValidator : AbstractValidator<RegisterConsultationCommand>
{
    public RegisterConsultationValidator()
    {
        RuleFor(c => c.Channel).NotNull().IsInEnum().WithName("受理渠道");
        RuleFor(c => c.WorkerName).NotEmpty().MaximumLength(32).WithName("劳动者姓名");
        RuleFor(c => c.ResidentIdNumber).ResidentIdNumber().When(c => !string.IsNullOrWhiteSpace(c.ResidentIdNumber));
        RuleFor(c => c.Phone).ChinesePhoneNumber();
        RuleFor(c => c.EmployerName).MaximumLength(100).WithName("用人单位或平台企业")
            .NotEmpty().When(c => !string.IsNullOrWhiteSpace(c.EmployerCreditCode)).WithMessage("填写了信用代码的，请填写单位名称。");
        RuleFor(c => c.EmployerCreditCode).UnifiedSocialCreditCode().When(c => !string.IsNullOrWhiteSpace(c.EmployerCreditCode));
        RuleFor(c => c.Question).NotEmpty().MaximumLength(2000).WithName("咨询或诉求内容");
        RuleFor(c => c.Answer).MaximumLength(4000).WithName("答复");
    }
}

internal sealed class RegisterConsultationHandler(UnionDbContext db, LinkageNumberIssuer linkageNumbers, ICurrentUser user, TimeProvider time)
    : IRequestHandler<RegisterConsultationCommand, RegisteredConsultation>
{
    public async Task<RegisteredConsultation> Handle(RegisterConsultationCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var linkageNumber = await linkageNumbers.IssueAsync(db, cancellationToken);
        var consultation = Consultation.Receive(
            Guid.CreateVersion7(now),
            linkageNumber,
            request.Channel!.Value,
            new ConsultingWorker(
                request.WorkerName!.Trim(),
                string.IsNullOrWhiteSpace(request.ResidentIdNumber) ? null : BuildingBlocks.Domain.ResidentIdNumber.Normalise(request.ResidentIdNumber),
                request.Phone!.Trim(), request.IsPlatformWorker, request.IsMigrantWorker),
            string.IsNullOrWhiteSpace(request.EmployerName) ? null : request.EmployerName.Trim(),
            string.IsNullOrWhiteSpace(request.EmployerCreditCode) ? null : UnifiedSocialCreditCode.Normalise(request.EmployerCreditCode),
            request.Question!.Trim(),
            string.IsNullOrWhiteSpace(request.Answer) ? null : request.Answer.Trim(),
            now,
            user.UserName);
        db.Consultations.Add(consultation);
        return new RegisteredConsultation(consultation.Id, linkageNumber);
    }
}

/// <summary>跟进/回访: a follow-up of the matter, the answer if given now, and closing it once answered.</summary>
internal sealed record FollowUpConsultationCommand(Guid ConsultationId, string? Note, string? Answer, bool Close) : ICommand<Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ConsultationId.ToString();
}

internal sealed class FollowUpConsultationValidator : AbstractValidator<FollowUpConsultationCommand>
{
    public FollowUpConsultationValidator()
    {
        RuleFor(c => c.Note).NotEmpty().MaximumLength(2000).WithName("跟进情况");
        RuleFor(c => c.Answer).MaximumLength(4000).WithName("答复");
    }
}

internal sealed class FollowUpConsultationHandler(UnionDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<FollowUpConsultationCommand, Unit>
{
    public async Task<Unit> Handle(FollowUpConsultationCommand request, CancellationToken cancellationToken)
    {
        var consultation = await ConsultationLoader.LoadAsync(db, request.ConsultationId, cancellationToken);
        consultation.FollowUp(request.Note!.Trim(), request.Answer?.Trim(), request.Close, time.GetUtcNow(), user.DisplayName);
        return Unit.Value;
    }
}

/// <summary>工会法律援助: a union lawyer takes the matter on.</summary>
internal sealed record AssignUnionLawyerCommand(Guid ConsultationId, string? LawyerName, string? LawFirm) : ICommand<Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ConsultationId.ToString();
}

internal sealed class AssignUnionLawyerValidator : AbstractValidator<AssignUnionLawyerCommand>
{
    public AssignUnionLawyerValidator()
    {
        RuleFor(c => c.LawyerName).NotEmpty().MaximumLength(32).WithName("工会律师姓名");
        RuleFor(c => c.LawFirm).NotEmpty().MaximumLength(100).WithName("律师事务所");
    }
}

internal sealed class AssignUnionLawyerHandler(UnionDbContext db) : IRequestHandler<AssignUnionLawyerCommand, Unit>
{
    public async Task<Unit> Handle(AssignUnionLawyerCommand request, CancellationToken cancellationToken)
    {
        var consultation = await ConsultationLoader.LoadAsync(db, request.ConsultationId, cancellationToken);
        consultation.AssignUnionLawyer(request.LawyerName!.Trim(), request.LawFirm!.Trim());
        return Unit.Value;
    }
}

/// <summary>
/// 引导申请法律援助: with the worker's consent, the union refers the matter to legal aid by the same event Arbitration uses;
/// the decision comes back addressed to the union (ReferringModule = "Union").
/// </summary>
internal sealed record ReferConsultationToLegalAidCommand(Guid ConsultationId, bool ConsentGiven, bool WorkerHasNoAgent, bool EconomicHardshipStated, LabourClaimKind? ClaimKind, decimal? Amount)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ConsultationId.ToString();
}

internal sealed class ReferConsultationToLegalAidValidator : AbstractValidator<ReferConsultationToLegalAidCommand>
{
    public ReferConsultationToLegalAidValidator()
    {
        RuleFor(c => c.ConsentGiven).Equal(true).WithMessage("须经劳动者同意后方可转介法律援助机构。");
        RuleFor(c => c.WorkerHasNoAgent).Equal(true).WithMessage("仅限没有委托代理人的劳动者。");
        RuleFor(c => c.ClaimKind).NotNull().IsInEnum().WithName("请求类型");
        RuleFor(c => c.Amount).GreaterThan(0).LessThanOrEqualTo(100_000_000m).When(c => c.Amount is not null).WithName("金额");
    }
}

internal sealed class ReferConsultationToLegalAidHandler(UnionDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<ReferConsultationToLegalAidCommand, Guid>
{
    public async Task<Guid> Handle(ReferConsultationToLegalAidCommand request, CancellationToken cancellationToken)
    {
        var consultation = await ConsultationLoader.LoadAsync(db, request.ConsultationId, cancellationToken);
        var now = time.GetUtcNow();
        var referral = consultation.ReferToLegalAid(Guid.CreateVersion7(now), now, user.UserName);
        var worker = consultation.Worker;
        db.Publish(new LegalAidReferralRequestedIntegrationEvent(
            Guid.CreateVersion7(now), now, consultation.LinkageNumber, referral.Id, UnionModule.Descriptor.Name, UnionModule.Descriptor.AgencyName,
            consultation.LinkageNumber, new ReferredWorker(worker.Name, worker.ResidentIdNumber!, worker.Phone, worker.IsMigrantWorker),
            consultation.EmployerName ?? "（未登记）", consultation.EmployerCreditCode,
            [new ReferredClaim(request.ClaimKind!.Value, request.Amount, consultation.Question.Length <= 500 ? consultation.Question : consultation.Question[..500])],
            now, request.WorkerHasNoAgent, request.EconomicHardshipStated, user.DisplayName));
        return referral.Id;
    }
}

/// <summary>Legal aid decided on one of the union's referrals (addressed to this module only).</summary>
[IntegrationEventHandlerName("union.record-legal-aid-decision")]
internal sealed class LegalAidDecisionMadeHandler(UnionDbContext db) : IIntegrationEventHandler<LegalAidDecisionMadeIntegrationEvent>
{
    public async Task HandleAsync(LegalAidDecisionMadeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var referralId = integrationEvent.ReferralId;
        var consultation = await db.Consultations.Include(c => c.Referrals)
            .SingleOrDefaultAsync(c => c.Referrals.Any(r => r.Id == referralId), cancellationToken)
            ?? throw new InvalidOperationException($"No union referral {referralId} for {integrationEvent.LinkageNumber}.");
        consultation.RecordLegalAidDecision(
            referralId, integrationEvent.Decision == LegalAidDecision.Granted, integrationEvent.RefusalReason, integrationEvent.Lawyer?.Name, integrationEvent.Lawyer?.Firm,
            integrationEvent.DecidedAt);
    }
}

/// <summary>
/// Legal aid assigned or replaced the lawyer on one of the union's referrals after the grant (addressed to this module
/// only): the referral shows the lawyer. Idempotent: an assignment no newer than the lawyer shown changes nothing.
/// </summary>
[IntegrationEventHandlerName("union.record-legal-aid-lawyer")]
internal sealed class LegalAidLawyerAssignedHandler(UnionDbContext db) : IIntegrationEventHandler<LegalAidLawyerAssignedIntegrationEvent>
{
    public async Task HandleAsync(LegalAidLawyerAssignedIntegrationEvent assigned, CancellationToken cancellationToken)
    {
        var referralId = assigned.ReferralId;
        var consultation = await db.Consultations.Include(c => c.Referrals)
            .SingleOrDefaultAsync(c => c.Referrals.Any(r => r.Id == referralId), cancellationToken)
            ?? throw new InvalidOperationException($"No union referral {referralId} for {assigned.LinkageNumber}.");
        consultation.RecordLegalAidLawyer(referralId, assigned.Lawyer.Name, assigned.Lawyer.Firm, assigned.AssignedAt);
    }
}

internal static class ConsultationLoader
{
    public static async Task<Consultation> LoadAsync(UnionDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Consultations.Include(c => c.Referrals).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("咨询", id);
}

internal sealed record FollowUpBody(string? Note, string? Answer, bool Close);

internal sealed record LawyerBody(string? LawyerName, string? LawFirm);

internal sealed record ReferralBody(bool ConsentGiven, bool WorkerHasNoAgent, bool EconomicHardshipStated, LabourClaimKind? ClaimKind, decimal? Amount);

internal sealed class ConsultationCommandEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/consultations", async (RegisterConsultationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var registered = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/union/consultations/{registered.Id}", registered);
        });
        api.MapPost("/consultations/{id:guid}/follow-ups", async (Guid id, FollowUpBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new FollowUpConsultationCommand(id, body.Note, body.Answer, body.Close), ct);
            return TypedResults.NoContent();
        });
        api.MapPut("/consultations/{id:guid}/union-lawyer", async (Guid id, LawyerBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new AssignUnionLawyerCommand(id, body.LawyerName, body.LawFirm), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/consultations/{id:guid}/legal-aid-referral", async (Guid id, ReferralBody body, IMediator mediator, CancellationToken ct) =>
        {
            var referralId = await mediator.Send(new ReferConsultationToLegalAidCommand(id, body.ConsentGiven, body.WorkerHasNoAgent, body.EconomicHardshipStated, body.ClaimKind, body.Amount), ct);
            return TypedResults.Accepted($"/api/union/consultations/{id}", new { referralId });
        });
    }
}
