using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Modules.Mediation.Contracts;

namespace Monolith.Modules.Arbitration.Features.MediationLinks;

/// <summary>
/// 委托调解: with the worker's consent, the commission sends an application's wage claims to mediation first (任务分工方案
/// 第43项; 南昌方案 三(五): "可以引导劳动者就工资请求先行调解"). The matter keeps its linkage number; the result comes back
/// as <see cref="EntrustedMediationConcludedIntegrationEvent"/>. One entrustment at a time per application.
/// </summary>
internal sealed record EntrustMediationCommand(Guid ApplicationId, bool ConsentGiven) : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class EntrustMediationValidator : AbstractValidator<EntrustMediationCommand>
{
    public EntrustMediationValidator()
    {
        RuleFor(c => c.ConsentGiven).Equal(true).WithMessage("委托调解须经劳动者同意。");
    }
}

internal sealed class EntrustMediationHandler(ArbitrationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<EntrustMediationCommand, Guid>
{
    /// <summary>The claims for wages (劳动报酬) that go to mediation first.</summary>
    public static bool IsWageClaim(ClaimType type) => type is ClaimType.UnpaidWages or ClaimType.OvertimePay;

    public async Task<Guid> Handle(EntrustMediationCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Claims).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        if (application.Status == ApplicationStatus.Rejected)
        {
            throw new BusinessRuleViolationException("arbitration.entrust-rejected", "已作出不予受理决定的申请不能委托调解。");
        }

        var wages = application.Claims.Where(c => IsWageClaim(c.Type)).ToList();
        if (wages.Count == 0)
        {
            throw new BusinessRuleViolationException("arbitration.entrust-no-wage-claim", "该申请没有劳动报酬（工资、加班费）请求，不属于先行调解的工资请求。");
        }

        if (await db.Set<MediationEntrustment>().AnyAsync(e => e.ApplicationId == application.Id && e.Status == EntrustmentStatus.AwaitingResult, cancellationToken))
        {
            throw new BusinessRuleViolationException("arbitration.entrustment-pending", "该申请已委托调解，正在等待调解结果。");
        }

        var now = time.GetUtcNow();
        var summary = string.Join("；", wages.Select(c => $"{ClaimTypes.ChineseName(c.Type)} {PageTextMoney(c.Amount)}"));
        var entrustment = MediationEntrustment.Entrust(Guid.CreateVersion7(now), application, summary, now, user.UserName);
        db.Set<MediationEntrustment>().Add(entrustment);
        db.Publish(new MediationEntrustedIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            application.LinkageNumber,
            entrustment.Id,
            EntrustmentKind.Entrusted,
            ArbitrationModule.Descriptor.Name,
            ArbitrationModule.Descriptor.AgencyName,
            application.LinkageNumber,
            new MediationWorker(application.Applicant.Name, application.Applicant.ResidentIdNumber, application.Applicant.Phone),
            new MediationEmployer(application.Respondent.Name, application.Respondent.CreditCode),
            [.. wages.Select(c => new MediationClaim(MediationClaimKind.Wages, c.Amount, c.Description ?? ClaimTypes.ChineseName(c.Type)))],
            now,
            user.DisplayName));
        return entrustment.Id;
    }

    private static string PageTextMoney(decimal? amount) => amount is { } value ? "¥" + value.ToString("N2", CultureInfo.InvariantCulture) : string.Empty;
}

internal sealed record EntrustMediationBody(bool ConsentGiven);

internal sealed class EntrustMediationEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications/{id:guid}/mediation-entrustment", async (Guid id, EntrustMediationBody body, IMediator mediator, CancellationToken ct) =>
        {
            var entrustmentId = await mediator.Send(new EntrustMediationCommand(id, body.ConsentGiven), ct);
            return TypedResults.Accepted($"/api/arbitration/mediation-entrustments", new { entrustmentId });
        });
}
