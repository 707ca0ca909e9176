using FluentValidation;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;

namespace Monolith.Modules.Mediation.Features;

internal sealed record WorkerInput(string? Name, string? ResidentIdNumber, string? Phone);

internal sealed record EmployerInput(string? Name, string? CreditCode);

internal sealed record ClaimInput(MediationClaimKind? Kind, decimal? Amount, string? Description);

internal sealed class WorkerInputValidator : AbstractValidator<WorkerInput>
{
    public WorkerInputValidator()
    {
        RuleFor(w => w.Name).NotEmpty().MaximumLength(32).WithName("劳动者姓名");
        RuleFor(w => w.ResidentIdNumber).ResidentIdNumber();
        RuleFor(w => w.Phone).ChinesePhoneNumber();
    }
}

internal sealed class EmployerInputValidator : AbstractValidator<EmployerInput>
{
    public EmployerInputValidator()
    {
        RuleFor(e => e.Name).NotEmpty().MaximumLength(100).WithName("用人单位名称");
        RuleFor(e => e.CreditCode).UnifiedSocialCreditCode();
    }
}

internal sealed class ClaimInputValidator : AbstractValidator<ClaimInput>
{
    public const decimal MaxAmount = 100_000_000m;

    public ClaimInputValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum().WithName("请求事项类型");
        RuleFor(c => c.Amount).NotNull()
            .When(c => c.Kind is { } kind && ClaimKinds.RequiresAmount(kind)).WithMessage("该类请求事项须填写金额。");
        RuleFor(c => c.Amount).GreaterThan(0).LessThanOrEqualTo(MaxAmount).WithName("金额")
            .Must(a => decimal.Round(a!.Value, 2) == a.Value).WithMessage("金额最多保留两位小数。")
            .When(c => c.Amount is not null);
        RuleFor(c => c.Description)
            .NotEmpty().When(c => c.Kind == MediationClaimKind.Other).WithMessage("“其他”类请求事项须说明内容。")
            .MaximumLength(500).WithName("事项说明");
    }
}

internal static class PartyMapping
{
    public static Worker ToWorker(this WorkerInput input) =>
        new(input.Name!.Trim(), BuildingBlocks.Domain.ResidentIdNumber.Normalise(input.ResidentIdNumber!), input.Phone!.Trim());

    public static Employer ToEmployer(this EmployerInput input) =>
        new(input.Name!.Trim(), BuildingBlocks.Domain.UnifiedSocialCreditCode.Normalise(input.CreditCode!));

    public static MediationWorker ToContract(this Worker worker) => new(worker.Name, worker.ResidentIdNumber, worker.Phone);

    public static MediationEmployer ToContract(this Employer employer) => new(employer.Name, employer.CreditCode);

    public static MediationClaim ToContract(this CaseClaim claim) => new(claim.Kind, claim.Amount, claim.Description);
}
