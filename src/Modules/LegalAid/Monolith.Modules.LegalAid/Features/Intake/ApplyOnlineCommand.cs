using FluentValidation;
using MediatR;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.LegalAid.Domain;

namespace Monolith.Modules.LegalAid.Features.Intake;

/// <summary>
/// 网上申请: the worker applies through the public form, without signing in (the one anonymous command of the module).
/// It becomes a direct application with channel <see cref="ApplicationChannel.Online"/> in the reviewer's queue, under
/// the same 7-day review and one-time materials notice as a window application. The applicant gets a receipt with the
/// linkage number and nothing else back: no record is shown to anonymous visitors.
/// </summary>
internal sealed record ApplyOnlineCommand(
    string? ApplicantName,
    string? ResidentIdNumber,
    string? Phone,
    bool IsMigrantWorker,
    string? EmployerName,
    string? EmployerCreditCode,
    IReadOnlyList<ClaimInput>? Claims,
    bool EconomicHardshipStated,
    decimal? MonthlyIncomePerCapita,
    string? HardshipStatement,
    string? MatterDescription,
    bool ConsentGiven)
    : ICommand<OnlineReceipt>;

/// <summary>What the applicant is told: the linkage number to quote, when the application was received and the last day of the review.</summary>
internal sealed record OnlineReceipt(string LinkageNumber, DateTimeOffset ReceivedAt, DateOnly ReviewDueDate);

internal sealed class ApplyOnlineValidator : AbstractValidator<ApplyOnlineCommand>
{
    public ApplyOnlineValidator()
    {
        RuleFor(c => c.ApplicantName).NotEmpty().MaximumLength(32).WithName("申请人姓名");
        RuleFor(c => c.ResidentIdNumber).ResidentIdNumber();
        RuleFor(c => c.Phone).ChinesePhoneNumber();
        RuleFor(c => c.EmployerName).NotEmpty().MaximumLength(100).WithName("用人单位");
        RuleFor(c => c.EmployerCreditCode).UnifiedSocialCreditCode().When(c => !string.IsNullOrWhiteSpace(c.EmployerCreditCode));
        RuleFor(c => c.Claims).NotEmpty().WithMessage("至少填写一项请求事项。").WithName("请求事项");
        RuleFor(c => c.Claims).Must(c => c is null || c.Count <= 10).WithMessage("请求事项最多填写10项。").WithName("请求事项");
        RuleForEach(c => c.Claims).ChildRules(claim =>
        {
            claim.RuleFor(c => c.Kind).NotNull().WithMessage("请选择请求类别。").IsInEnum().WithName("请求类别");
            claim.RuleFor(c => c.Amount).GreaterThan(0).LessThan(100_000_000m).When(c => c.Amount is not null).WithName("金额");
            claim.RuleFor(c => c.Description).MaximumLength(500).WithName("说明");
        });
        RuleFor(c => c.MonthlyIncomePerCapita).GreaterThanOrEqualTo(0).LessThan(10_000_000m).When(c => c.MonthlyIncomePerCapita is not null).WithName("家庭人均月收入");
        RuleFor(c => c.HardshipStatement).MaximumLength(1000).WithName("经济困难状况说明");
        RuleFor(c => c.HardshipStatement).NotEmpty().When(c => c.EconomicHardshipStated && c.MonthlyIncomePerCapita is null && !c.IsMigrantWorker)
            .WithMessage("请说明经济困难状况，或者填写家庭人均月收入。").WithName("经济困难状况说明");
        RuleFor(c => c.MatterDescription).NotEmpty().WithMessage("请简要说明事情经过和请求。").MaximumLength(2000).WithName("案情简述");
        RuleFor(c => c.ConsentGiven).Equal(true).WithMessage("须同意法律援助机构为审查和办理本申请处理您填写的个人信息，才能提交。").WithName("个人信息处理同意");
    }
}

internal sealed class ApplyOnlineHandler(DirectIntake intake, DeploymentClock clock) : IRequestHandler<ApplyOnlineCommand, OnlineReceipt>
{
    public async Task<OnlineReceipt> Handle(ApplyOnlineCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var (application, review) = await intake.ReceiveAsync(
            ApplicationChannel.Online, request.ApplicantName!, request.ResidentIdNumber!, request.Phone!, request.IsMigrantWorker, request.EmployerName!,
            request.EmployerCreditCode, request.Claims!, request.EconomicHardshipStated, request.MonthlyIncomePerCapita, HardshipExemption.None,
            LegalAidApplication.OnlineApplicant,
            new OnlineStatement(Trimmed(request.HardshipStatement), Trimmed(request.MatterDescription), now),
            cancellationToken);
        return new OnlineReceipt(application.LinkageNumber, application.ReceivedAt, review.DueDate);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
