using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;
using Monolith.Modules.LegalAid.Contracts;

namespace Monolith.Modules.Inspection.Features.ReferToLegalAid;

/// <summary>
/// 引导申请法律援助 (南昌方案 三(二)): a worker of the case qualifies and has no agent; with the worker's consent the
/// officer refers the worker to legal aid with the same referral event Arbitration uses. Legal aid's decision comes
/// back addressed to Inspection.
/// </summary>
internal sealed record ReferToLegalAidCommand(Guid CaseId, Guid WorkerId, bool ConsentGiven, bool WorkerHasNoAgent, bool EconomicHardshipStated)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class ReferToLegalAidValidator : AbstractValidator<ReferToLegalAidCommand>
{
    public ReferToLegalAidValidator()
    {
        RuleFor(c => c.WorkerId).NotEmpty().WithMessage("请选择转介的劳动者。");
        RuleFor(c => c.ConsentGiven).Equal(true).WithMessage("须经劳动者同意后方可转介法律援助机构。");
        RuleFor(c => c.WorkerHasNoAgent).Equal(true).WithMessage("仅限没有委托代理人的劳动者。");
    }
}

internal sealed class ReferToLegalAidHandler(InspectionDbContext db, DeploymentClock clock, ICurrentUser user) : IRequestHandler<ReferToLegalAidCommand, Guid>
{
    public async Task<Guid> Handle(ReferToLegalAidCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        var now = clock.UtcNow;
        var referral = matter.ReferToLegalAid(Guid.CreateVersion7(now), request.WorkerId, request.WorkerHasNoAgent, request.EconomicHardshipStated, now, user.UserName);
        var worker = matter.Worker(request.WorkerId);
        db.Publish(new LegalAidReferralRequestedIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            matter.LinkageNumber,
            referral.Id,
            InspectionModule.Descriptor.Name,
            InspectionModule.Descriptor.AgencyName,
            matter.FilingNumber ?? matter.LinkageNumber,
            new ReferredWorker(worker.Name, worker.ResidentIdNumber!, worker.Phone!, worker.IsMigrantWorker),
            matter.Employer.Name,
            matter.Employer.CreditCode,
            [new ReferredClaim(ClaimKind(matter.Category), matter.AmountInvolved, InspectionText.Category(matter.Category))],
            now,
            request.WorkerHasNoAgent,
            request.EconomicHardshipStated,
            user.DisplayName));
        return referral.Id;
    }

    private static LabourClaimKind ClaimKind(ViolationCategory category) => category switch
    {
        ViolationCategory.UnpaidWages or ViolationCategory.BelowMinimumWage or ViolationCategory.UnpaidOvertime => LabourClaimKind.LabourRemuneration,
        ViolationCategory.SocialInsurance => LabourClaimKind.SocialInsuranceBenefits,
        _ => LabourClaimKind.CompensationAndOther,
    };
}

internal sealed record ReferToLegalAidBody(Guid WorkerId, bool ConsentGiven, bool WorkerHasNoAgent, bool EconomicHardshipStated);

internal sealed class ReferToLegalAidEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/cases/{id:guid}/legal-aid-referral", async (Guid id, ReferToLegalAidBody body, IMediator mediator, CancellationToken ct) =>
        {
            var referralId = await mediator.Send(new ReferToLegalAidCommand(id, body.WorkerId, body.ConsentGiven, body.WorkerHasNoAgent, body.EconomicHardshipStated), ct);
            return TypedResults.Accepted($"/api/inspection/cases/{id}", new { referralId });
        });
}
