using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.RegisterMatter;

/// <summary>
/// 登记投诉/举报: the officer registers a complaint (identified workers, possibly several) or a report (may be
/// anonymous) against an employer. An open matter on the same employer for one of the same workers is refused unless
/// the officer confirms it is a different matter (<see cref="ConfirmNotDuplicate"/>). A complaint starts the 5-working-day
/// acceptance period (若干规定 第十八条) and is published as interrupting the workers' arbitration limitation period
/// (调解仲裁法 第二十七条第二款). A matter another agency already numbered keeps its linkage number.
/// </summary>
internal sealed record RegisterMatterCommand(
    MatterKind Kind,
    IntakeChannel Channel,
    IReadOnlyList<WorkerInput>? Workers,
    EmployerInput? Employer,
    string? DivisionCode,
    ViolationCategory Category,
    string? Facts,
    decimal? AmountInvolved,
    DateOnly? ViolationStartedOn,
    DateOnly? ViolationEndedOn,
    bool ViolationContinuing = false,
    string? ChannelReference = null,
    string? ExistingLinkageNumber = null,
    bool ConfirmNotDuplicate = false)
    : ICommand<RegisteredMatter>;

internal sealed record WorkerInput(string? Name, string? ResidentIdNumber, string? Phone, bool IsMigrantWorker);

internal sealed record EmployerInput(string? Name, string? CreditCode, string? Address);

internal sealed record RegisteredMatter(Guid Id, string LinkageNumber) : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;
}

internal sealed class RegisterMatterValidator : AbstractValidator<RegisterMatterCommand>
{
    public const decimal MaxAmount = 100_000_000m;

    public RegisterMatterValidator(DeploymentClock clock, IOptions<DeploymentOptions> deployment)
    {
        var city = deployment.Value.DivisionCode;
        RuleFor(c => c.Kind).IsInEnum().WithName("事项类型");
        RuleFor(c => c.Channel).IsInEnum().NotEqual(IntakeChannel.ViolationLead).WithMessage("案件线索请在“协助请求与线索”中处理。").WithName("来源");
        RuleFor(c => c.Workers).NotEmpty().When(c => c.Kind == MatterKind.Complaint).WithMessage("投诉至少登记一名劳动者。").WithName("劳动者");
        RuleFor(c => c.Workers!.Count).LessThanOrEqualTo(InspectionCase.MaxWorkers).When(c => c.Workers is not null).OverridePropertyName("workers")
            .WithMessage($"一件投诉最多登记{InspectionCase.MaxWorkers}名劳动者。");
        RuleForEach(c => c.Workers).NotNull().WithName("劳动者").ChildRules(worker =>
            worker.RuleFor(w => w.Name).NotEmpty().MaximumLength(32).WithName("姓名"));

        // A complaint's workers are identified, and the first is the contact; a report's are checked only where given.
        RuleFor(c => c.Workers).Custom((workers, context) =>
        {
            var complaint = context.InstanceToValidate.Kind == MatterKind.Complaint;
            for (var i = 0; i < (workers?.Count ?? 0); i++)
            {
                var worker = workers![i];
                if (worker is null)
                {
                    continue;
                }

                if (complaint || !string.IsNullOrWhiteSpace(worker.ResidentIdNumber))
                {
                    if (ResidentIdNumber.Validate(worker.ResidentIdNumber, clock.Today) is { } error)
                    {
                        context.AddFailure($"Workers[{i}].ResidentIdNumber", error);
                    }
                }

                if (complaint && i == 0 && string.IsNullOrWhiteSpace(worker.Phone))
                {
                    context.AddFailure($"Workers[{i}].Phone", "请填写联系电话（第一名劳动者为联系人）");
                }
                else if (!string.IsNullOrWhiteSpace(worker.Phone) && ChinesePhoneNumber.Validate(worker.Phone) is { } error)
                {
                    context.AddFailure($"Workers[{i}].Phone", error);
                }
            }
        });
        RuleFor(c => c.Workers).Must(w => w is null || w.Where(x => !string.IsNullOrWhiteSpace(x?.ResidentIdNumber))
                .GroupBy(x => x!.ResidentIdNumber!.Trim().ToUpperInvariant()).All(g => g.Count() == 1))
            .WithMessage("同一劳动者登记了两次。").WithName("劳动者");
        RuleFor(c => c.Employer).NotNull().WithName("用人单位");
        When(c => c.Employer is not null, () =>
        {
            RuleFor(c => c.Employer!.Name).NotEmpty().MaximumLength(100).WithName("用人单位名称");
            RuleFor(c => c.Employer!.CreditCode).UnifiedSocialCreditCode().When(c => !string.IsNullOrWhiteSpace(c.Employer!.CreditCode));
            RuleFor(c => c.Employer!.Address).MaximumLength(200).WithName("用人单位地址");
        });
        RuleFor(c => c.DivisionCode).Must(code => Districts.BelongsTo(code, city)).WithMessage("请选择用人单位所在的本市区县。").WithName("所在区县");
        RuleFor(c => c.Category).IsInEnum().WithName("违法事项");
        RuleFor(c => c.Facts).NotEmpty().MaximumLength(2000).WithName("投诉举报事项和主要事实");
        RuleFor(c => c.AmountInvolved).GreaterThan(0).LessThanOrEqualTo(MaxAmount)
            .Must(a => decimal.Round(a!.Value, 2) == a.Value).WithMessage("金额最多保留两位小数。")
            .When(c => c.AmountInvolved is not null).WithName("涉及金额");
        RuleFor(c => c.ViolationStartedOn).LessThanOrEqualTo(_ => clock.Today).When(c => c.ViolationStartedOn is not null).WithMessage("违法行为开始日期不能晚于今天。");
        RuleFor(c => c.ViolationEndedOn).NotNull().When(c => !c.ViolationContinuing).WithMessage("请填写违法行为终了日期，或勾选“违法行为仍在继续”。");
        RuleFor(c => c.ViolationEndedOn).Null().When(c => c.ViolationContinuing).WithMessage("违法行为仍在继续的，不填终了日期。");
        RuleFor(c => c.ViolationEndedOn).LessThanOrEqualTo(_ => clock.Today).When(c => c.ViolationEndedOn is not null).WithMessage("违法行为终了日期不能晚于今天。");
        RuleFor(c => c.ViolationEndedOn).GreaterThanOrEqualTo(c => c.ViolationStartedOn)
            .When(c => c.ViolationEndedOn is not null && c.ViolationStartedOn is not null).WithMessage("违法行为终了日期不能早于开始日期。");
        RuleFor(c => c.ChannelReference).MaximumLength(64).WithName("来源机构编号");
        RuleFor(c => c.ExistingLinkageNumber).Must(LinkageNumber.IsWellFormed).When(c => !string.IsNullOrWhiteSpace(c.ExistingLinkageNumber))
            .WithMessage("联动编号格式不正确（例如 360100-GH-2026-000001）。");
    }
}

internal sealed class RegisterMatterHandler(
    InspectionDbContext db, LinkageNumberIssuer linkageNumbers, DeadlineTracker deadlines, DeploymentClock clock, ICurrentUser user)
    : IRequestHandler<RegisterMatterCommand, RegisteredMatter>
{
    public async Task<RegisteredMatter> Handle(RegisterMatterCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var employer = request.Employer!;
        var creditCode = string.IsNullOrWhiteSpace(employer.CreditCode) ? null : UnifiedSocialCreditCode.Normalise(employer.CreditCode);
        var workers = (request.Workers ?? []).Select((w, position) => new CaseWorker(
                Guid.CreateVersion7(now),
                position + 1,
                w.Name!.Trim(),
                string.IsNullOrWhiteSpace(w.ResidentIdNumber) ? null : ResidentIdNumber.Normalise(w.ResidentIdNumber),
                string.IsNullOrWhiteSpace(w.Phone) ? null : w.Phone.Trim(),
                w.IsMigrantWorker))
            .ToList();

        if (!request.ConfirmNotDuplicate)
        {
            var open = await OpenMatters.FindAsync(db, creditCode, employer.Name!.Trim(), workers.Select(w => w.ResidentIdNumber).OfType<string>().ToList(), cancellationToken);
            if (open.Count > 0)
            {
                throw new BusinessRuleViolationException(
                    "inspection.possible-duplicate",
                    $"该用人单位已有同一劳动者未办结的事项：{string.Join("、", open.Select(m => m.LinkageNumber))}。确认不是同一事项的，请确认后再登记。");
            }
        }

        var linkageNumber = string.IsNullOrWhiteSpace(request.ExistingLinkageNumber)
            ? await linkageNumbers.IssueAsync(db, cancellationToken)
            : request.ExistingLinkageNumber.Trim();
        var matter = InspectionCase.Register(
            Guid.CreateVersion7(now),
            linkageNumber,
            request.Kind,
            request.Channel,
            string.IsNullOrWhiteSpace(request.ChannelReference) ? null : request.ChannelReference.Trim(),
            workers,
            new CaseEmployer(employer.Name!.Trim(), creditCode, string.IsNullOrWhiteSpace(employer.Address) ? null : employer.Address.Trim()),
            request.DivisionCode!,
            request.Category,
            request.Facts!.Trim(),
            request.AmountInvolved,
            request.ViolationStartedOn,
            request.ViolationContinuing ? null : request.ViolationEndedOn,
            now,
            user.UserName);
        db.Cases.Add(matter);

        if (matter.Kind == MatterKind.Complaint)
        {
            await deadlines.StartAsync(db, InspectionDeadlineRules.AcceptComplaint, now, DeadlineSubjects.For(matter), cancellationToken);
            db.Publish(new ArbitrationLimitationInterruptedIntegrationEvent(
                Guid.CreateVersion7(now),
                now,
                matter.LinkageNumber,
                matter.Id,
                clock.LocalDate(now),
                matter.Employer.Name,
                matter.Employer.CreditCode,
                matter.Workers.Count,
                "《劳动争议调解仲裁法》第二十七条第二款：向有关部门请求权利救济的，仲裁时效中断，从中断时起重新计算（劳动保障监察投诉适用本款系解释）"));
        }

        return new RegisteredMatter(matter.Id, matter.LinkageNumber);
    }
}

internal sealed class RegisterMatterEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/cases", async (RegisterMatterCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var registered = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/inspection/cases/{registered.Id}", registered);
        });
}
