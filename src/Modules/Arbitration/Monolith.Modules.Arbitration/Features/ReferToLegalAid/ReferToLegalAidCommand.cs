using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Modules.LegalAid.Contracts;

namespace Monolith.Modules.Arbitration.Features.ReferToLegalAid;

/// <summary>
/// 引导申请法律援助: the worker qualifies for legal aid and has no agent; with the worker's consent the clerk refers the
/// matter to the legal-aid institution, which must review it the same day under the local policy.
/// </summary>
internal sealed record ReferToLegalAidCommand(Guid ApplicationId, bool ConsentGiven, bool WorkerHasNoAgent, bool EconomicHardshipStated)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class ReferToLegalAidValidator : AbstractValidator<ReferToLegalAidCommand>
{
    public ReferToLegalAidValidator()
    {
        RuleFor(c => c.ConsentGiven).Equal(true).WithMessage("须经劳动者同意后方可转介法律援助机构。");
        RuleFor(c => c.WorkerHasNoAgent).Equal(true).WithMessage("仅限没有委托代理人的劳动者。");
    }
}

internal sealed class ReferToLegalAidHandler(ArbitrationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<ReferToLegalAidCommand, Guid>
{
    public async Task<Guid> Handle(ReferToLegalAidCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications
            .Include(a => a.Claims)
            .Include(a => a.Referrals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var now = time.GetUtcNow();
        var referral = application.ReferToLegalAid(Guid.CreateVersion7(now), request.WorkerHasNoAgent, request.EconomicHardshipStated, now, user.UserName);

        db.Publish(new LegalAidReferralRequestedIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            application.LinkageNumber,
            referral.Id,
            ArbitrationModule.Descriptor.Name,
            ArbitrationModule.Descriptor.AgencyName,
            application.LinkageNumber,
            new ReferredWorker(application.Applicant.Name, application.Applicant.ResidentIdNumber, application.Applicant.Phone, application.Applicant.IsMigrantWorker),
            application.Respondent.Name,
            application.Respondent.CreditCode,
            application.Claims.Select(c => new ReferredClaim(ToLabourClaimKind(c.Type), c.Amount, c.Description ?? ClaimTypes.ChineseName(c.Type))).ToList(),
            now,
            request.WorkerHasNoAgent,
            request.EconomicHardshipStated,
            user.DisplayName));
        return referral.Id;
    }

    private static LabourClaimKind ToLabourClaimKind(ClaimType type) => type switch
    {
        ClaimType.UnpaidWages or ClaimType.OvertimePay => LabourClaimKind.LabourRemuneration,
        ClaimType.LabourRelationConfirmation => LabourClaimKind.LabourRelationConfirmation,
        ClaimType.SocialInsurance => LabourClaimKind.SocialInsuranceBenefits,
        ClaimType.WorkInjuryBenefits => LabourClaimKind.WorkInjury,
        _ => LabourClaimKind.CompensationAndOther,
    };
}

internal sealed record ReferToLegalAidBody(bool ConsentGiven, bool WorkerHasNoAgent, bool EconomicHardshipStated);

internal sealed class ReferToLegalAidEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications/{id:guid}/legal-aid-referral", async (Guid id, ReferToLegalAidBody body, IMediator mediator, CancellationToken ct) =>
        {
            var referralId = await mediator.Send(new ReferToLegalAidCommand(id, body.ConsentGiven, body.WorkerHasNoAgent, body.EconomicHardshipStated), ct);
            return TypedResults.Accepted($"/api/arbitration/applications/{id}", new { referralId });
        });
}
