using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.ReferToArbitration;

/// <summary>
/// 转仲裁: the employer refused to negotiate or negotiation failed (南昌方案 三(五)), or the matter belongs to the dispute
/// procedure (监察条例 第二十一条): with the worker's consent, the dispute goes to the arbitration commission as a linked
/// application draft under the case's linkage number. The investigation may continue beside it.
/// </summary>
internal sealed record ReferToArbitrationCommand(Guid CaseId, Guid WorkerId, ArbitrationReferralReason Reason, string? Note, bool WorkerConsents)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class ReferToArbitrationValidator : AbstractValidator<ReferToArbitrationCommand>
{
    public ReferToArbitrationValidator()
    {
        RuleFor(c => c.WorkerConsents).Equal(true).WithMessage("须经劳动者同意后方可转仲裁。");
        RuleFor(c => c.WorkerId).NotEmpty().WithMessage("请选择转仲裁的劳动者。");
        RuleFor(c => c.Reason).IsInEnum().WithName("转仲裁原因");
        RuleFor(c => c.Note).MaximumLength(500).WithName("说明");
    }
}

internal sealed class ReferToArbitrationHandler(InspectionDbContext db, DeploymentClock clock, ICurrentUser user) : IRequestHandler<ReferToArbitrationCommand, Guid>
{
    public async Task<Guid> Handle(ReferToArbitrationCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        return ArbitrationReferrer.Refer(db, clock, user, matter, request.WorkerId, request.Reason, request.Note).Id;
    }
}

/// <summary>Records the referral on the case and publishes the request Arbitration receives, in the same transaction.</summary>
internal static class ArbitrationReferrer
{
    public static ArbitrationReferral Refer(
        ModuleDbContext db, DeploymentClock clock, ICurrentUser user, InspectionCase matter, Guid workerId, ArbitrationReferralReason reason, string? note)
    {
        var now = clock.UtcNow;
        var referral = matter.ReferToArbitration(Guid.CreateVersion7(now), workerId, reason, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), now, user.UserName);
        var worker = matter.Worker(workerId);
        db.Publish(new LinkedApplicationRequestedIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            matter.LinkageNumber,
            referral.Id,
            InspectionModule.Descriptor.Name,
            InspectionModule.Descriptor.AgencyName,
            matter.FilingNumber ?? matter.LinkageNumber,
            new LinkedApplicant(worker.Name, worker.ResidentIdNumber!, worker.Phone!, worker.IsMigrantWorker),
            matter.Employer.Name,
            matter.Employer.CreditCode ?? string.Empty,
            [Claim(matter)],
            InspectionText.ArbitrationReason(reason) + (referral.Note is { } text ? "：" + text : string.Empty),
            matter.Kind == MatterKind.Complaint ? clock.LocalDate(matter.ReceivedAt) : null,
            user.DisplayName));
        return referral;
    }

    /// <summary>The complaint's matter as an arbitration claim (the worker completes the claims at the commission).</summary>
    private static LinkedClaim Claim(InspectionCase matter) => matter.Category switch
    {
        ViolationCategory.UnpaidWages or ViolationCategory.BelowMinimumWage => new(LinkedClaimKind.UnpaidWages, matter.AmountInvolved, InspectionText.Category(matter.Category)),
        ViolationCategory.UnpaidOvertime => new(LinkedClaimKind.OvertimePay, matter.AmountInvolved, InspectionText.Category(matter.Category)),
        ViolationCategory.NoWrittenContract => new(LinkedClaimKind.DoubleWagesWithoutContract, matter.AmountInvolved, InspectionText.Category(matter.Category)),
        ViolationCategory.SocialInsurance => new(LinkedClaimKind.SocialInsurance, null, InspectionText.Category(matter.Category)),
        _ => new(LinkedClaimKind.Other, null, InspectionText.Category(matter.Category)),
    };
}

internal sealed record ReferToArbitrationBody(Guid WorkerId, ArbitrationReferralReason Reason, string? Note, bool WorkerConsents);

internal sealed class ReferToArbitrationEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/cases/{id:guid}/arbitration-referral", async (Guid id, ReferToArbitrationBody body, IMediator mediator, CancellationToken ct) =>
        {
            var referralId = await mediator.Send(new ReferToArbitrationCommand(id, body.WorkerId, body.Reason, body.Note, body.WorkerConsents), ct);
            return TypedResults.Accepted($"/api/inspection/cases/{id}", new { referralId });
        });
}
