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

internal sealed class SubmitApplicationHandler(DirectIntake intake, ICurrentUser user) : IRequestHandler<SubmitApplicationCommand, SubmittedApplication>
{
    public async Task<SubmittedApplication> Handle(SubmitApplicationCommand request, CancellationToken cancellationToken)
    {
        var (application, _) = await intake.ReceiveAsync(
            request.Channel, request.ApplicantName!, request.ResidentIdNumber!, request.Phone!, request.IsMigrantWorker, request.EmployerName!, request.EmployerCreditCode,
            request.Claims!, request.EconomicHardshipStated, request.MonthlyIncomePerCapita, request.Exemption, user.UserName, null, cancellationToken);
        return new SubmittedApplication(application.Id, application.LinkageNumber);
    }
}

/// <summary>
/// A direct application received (window, or the worker's own online form): its linkage number is issued here and the
/// review period starts, the same for every direct channel (第四十三条; the Nanchang same-day rule binds only referrals).
/// </summary>
internal sealed class DirectIntake(LegalAidDbContext db, LinkageNumberIssuer linkage, DeadlineTracker deadlines, IOptions<EligibilityPolicy> policy, TimeProvider time)
{
    public async Task<(LegalAidApplication Application, Deadline Review)> ReceiveAsync(
        ApplicationChannel channel, string applicantName, string residentIdNumber, string phone, bool isMigrantWorker, string employerName, string? employerCreditCode,
        IReadOnlyList<ClaimInput> claimInputs, bool economicHardshipStated, decimal? monthlyIncomePerCapita, HardshipExemption exemption, string receivedBy,
        OnlineStatement? statement, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claims = claimInputs.Select(c => new MatterClaim(Guid.CreateVersion7(now), c.Kind!.Value, c.Amount, c.Description?.Trim())).ToList();
        var waived = EligibilityRules.VerificationWaived(policy.Value, isMigrantWorker, exemption, claims.Select(c => c.Kind));
        var application = LegalAidApplication.Direct(
            Guid.CreateVersion7(now),
            await linkage.IssueAsync(db, cancellationToken),
            channel,
            new Applicant(applicantName.Trim(), residentIdNumber.Trim().ToUpperInvariant(), phone.Trim(), isMigrantWorker),
            employerName.Trim(),
            string.IsNullOrWhiteSpace(employerCreditCode) ? null : employerCreditCode.Trim().ToUpperInvariant(),
            claims,
            economicHardshipStated,
            monthlyIncomePerCapita,
            exemption,
            waived,
            now,
            receivedBy,
            statement);
        db.Applications.Add(application);
        var review = await deadlines.StartAsync(db, LegalAidDeadlineRules.ReviewApplication, now, DeadlineSubjects.For(application), cancellationToken);
        return (application, review);
    }
}

internal sealed class SubmitApplicationEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications", async (SubmitApplicationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var submitted = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/legalaid/applications/{submitted.Id}", submitted);
        });
}
