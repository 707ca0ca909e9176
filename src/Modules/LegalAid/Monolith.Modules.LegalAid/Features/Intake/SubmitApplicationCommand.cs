using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.Intake;

internal sealed record ClaimInput(LabourClaimKind? Kind, decimal? Amount, string? Description);

/// <summary>
/// 直接申请: a worker applies at the legal-aid window or through the online form. The matter gets its linkage number
/// here, and the 7-day review starts (第四十三条; the Nanchang same-day rule binds only referrals).
/// </summary>
internal sealed record SubmitApplicationCommand(
    ApplicationChannel Channel,
    string? ApplicantName,
    string? ResidentIdNumber,
    string? Phone,
    bool IsMigrantWorker,
    string? EmployerName,
    string? EmployerCreditCode,
    IReadOnlyList<ClaimInput>? Claims,
    bool EconomicHardshipStated,
    decimal? MonthlyIncomePerCapita,
    HardshipExemption Exemption = HardshipExemption.None)
    : ICommand<SubmittedApplication>;

internal sealed record SubmittedApplication(Guid Id, string LinkageNumber);

internal sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplicationCommand>
{
    public SubmitApplicationValidator()
    {
        RuleFor(c => c.Channel).Must(c => c is ApplicationChannel.Window or ApplicationChannel.Online).WithMessage("申请方式应为窗口申请或网上申请。").WithName("申请方式");
        RuleFor(c => c.ApplicantName).NotEmpty().MaximumLength(32).WithName("申请人姓名");
        RuleFor(c => c.ResidentIdNumber).ResidentIdNumber();
        RuleFor(c => c.Phone).ChinesePhoneNumber();
        RuleFor(c => c.EmployerName).NotEmpty().MaximumLength(100).WithName("用人单位");
        RuleFor(c => c.EmployerCreditCode).UnifiedSocialCreditCode().When(c => !string.IsNullOrWhiteSpace(c.EmployerCreditCode));
        RuleFor(c => c.Claims).NotEmpty().WithMessage("至少填写一项请求事项。").WithName("请求事项");
        RuleForEach(c => c.Claims).ChildRules(claim =>
        {
            claim.RuleFor(c => c.Kind).NotNull().IsInEnum().WithName("请求类别");
            claim.RuleFor(c => c.Amount).GreaterThan(0).When(c => c.Amount is not null).WithName("金额");
            claim.RuleFor(c => c.Description).MaximumLength(500).WithName("说明");
        });
        RuleFor(c => c.MonthlyIncomePerCapita).GreaterThanOrEqualTo(0).When(c => c.MonthlyIncomePerCapita is not null).WithName("家庭人均月收入");
        RuleFor(c => c.Exemption).IsInEnum().WithName("免予审查经济困难的情形");
    }
}

internal sealed class SubmitApplicationHandler(
    LegalAidDbContext db, LinkageNumberIssuer linkage, DeadlineTracker deadlines, IOptions<EligibilityPolicy> policy, ICurrentUser user, TimeProvider time)
    : IRequestHandler<SubmitApplicationCommand, SubmittedApplication>
{
    public async Task<SubmittedApplication> Handle(SubmitApplicationCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claims = request.Claims!.Select(c => new MatterClaim(Guid.CreateVersion7(now), c.Kind!.Value, c.Amount, c.Description?.Trim())).ToList();
        var waived = EligibilityRules.VerificationWaived(policy.Value, request.IsMigrantWorker, request.Exemption, claims.Select(c => c.Kind));
        var application = LegalAidApplication.Direct(
            Guid.CreateVersion7(now),
            await linkage.IssueAsync(db, cancellationToken),
            request.Channel,
            new Applicant(request.ApplicantName!.Trim(), request.ResidentIdNumber!.Trim().ToUpperInvariant(), request.Phone!.Trim(), request.IsMigrantWorker),
            request.EmployerName!.Trim(),
            string.IsNullOrWhiteSpace(request.EmployerCreditCode) ? null : request.EmployerCreditCode.Trim().ToUpperInvariant(),
            claims,
            request.EconomicHardshipStated,
            request.MonthlyIncomePerCapita,
            request.Exemption,
            waived,
            now,
            user.UserName);
        db.Applications.Add(application);
        await deadlines.StartAsync(db, LegalAidDeadlineRules.ReviewApplication, now, DeadlineSubjects.For(application), cancellationToken);
        return new SubmittedApplication(application.Id, application.LinkageNumber);
    }
}

internal sealed class SubmitApplicationEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications", async (SubmitApplicationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var submitted = await mediator.Send(command, ct);
            return Results.Created($"/api/legalaid/applications/{submitted.Id}", submitted);
        });
}
