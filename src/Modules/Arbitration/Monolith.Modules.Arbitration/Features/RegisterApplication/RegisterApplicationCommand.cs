using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.RegisterApplication;

/// <summary>
/// 登记仲裁申请: the clerk registers a worker's application; it gets a linkage number and an acceptance deadline. An
/// application that came through the linkage mechanism (<see cref="ApplicationChannel.Linkage"/>) is a linkage case,
/// which the local policy may hold to shorter periods; by default an application is direct.
/// </summary>
/// <param name="WorkerCount">Workers on the applicant side (the applicant represents them); ten or more make a collective dispute.</param>
/// <param name="KnewOfInfringementOn">When the worker knew or should have known of the infringement: the limitation period's start.</param>
/// <param name="EmploymentEndedOn">When the employment ended; null while it lasts (wage claims are then not barred).</param>
/// <param name="LimitationEvents">Interruptions and suspensions of the limitation period the applicant states.</param>
internal sealed record RegisterApplicationCommand(
    WorkerInput? Applicant,
    EmployerInput? Respondent,
    IReadOnlyList<ClaimInput>? Claims,
    ApplicationChannel Channel = ApplicationChannel.Direct,
    int WorkerCount = 1,
    DateOnly? KnewOfInfringementOn = null,
    DateOnly? EmploymentEndedOn = null,
    IReadOnlyList<LimitationEventInput>? LimitationEvents = null)
    : ICommand<RegisteredApplication>;

internal sealed record LimitationEventInput(LimitationEventKind? Kind, DateOnly? From, DateOnly? To, string? Note);

internal sealed record WorkerInput(string? Name, string? ResidentIdNumber, string? Phone, bool IsMigrantWorker);

internal sealed record EmployerInput(string? Name, string? CreditCode);

internal sealed record ClaimInput(ClaimType? Type, decimal? Amount, string? Description);

internal sealed record RegisteredApplication(Guid Id, string LinkageNumber) : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;
}

internal sealed class RegisterApplicationValidator : AbstractValidator<RegisterApplicationCommand>
{
    public const decimal MaxAmount = 100_000_000m;

    public RegisterApplicationValidator(Monolith.BuildingBlocks.Time.DeploymentClock clock)
    {
        RuleFor(c => c.WorkerCount).InclusiveBetween(1, 10_000).WithName("申请人人数");
        RuleFor(c => c.KnewOfInfringementOn).Must(d => d <= clock.Today).When(c => c.KnewOfInfringementOn is not null).WithMessage("知道权利被侵害之日不能晚于今天。");
        RuleFor(c => c.EmploymentEndedOn).Must(d => d <= clock.Today).When(c => c.EmploymentEndedOn is not null).WithMessage("劳动关系终止之日不能晚于今天。");
        RuleForEach(c => c.LimitationEvents).ChildRules(e =>
        {
            e.RuleFor(x => x.Kind).NotNull().IsInEnum().WithName("时效事由类型");
            e.RuleFor(x => x.From).NotNull().WithName("发生日期");
            e.RuleFor(x => x.From).Must(d => d <= clock.Today).When(x => x.From is not null).WithMessage("发生日期不能晚于今天。");
            e.RuleFor(x => x.To).Null().When(x => x.Kind == LimitationEventKind.Interruption).WithMessage("时效中断没有结束日期。");
            e.RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.To is not null && x.From is not null).WithMessage("中止结束日期不能早于开始日期。");
            e.RuleFor(x => x.Note).NotEmpty().MaximumLength(200).WithName("事由说明");
        });
        RuleFor(c => c.LimitationEvents).Must(l => l is null || l.Count <= 20).WithMessage("时效事由最多20项。");
        RuleFor(c => c.Applicant).NotNull().WithName("申请人");
        When(c => c.Applicant is not null, () =>
        {
            RuleFor(c => c.Applicant!.Name).NotEmpty().MaximumLength(32).NameText().WithName("申请人姓名");
            RuleFor(c => c.Applicant!.ResidentIdNumber).ResidentIdNumber();
            RuleFor(c => c.Applicant!.Phone).ChinesePhoneNumber();
        });
        RuleFor(c => c.Respondent).NotNull().WithName("被申请人");
        When(c => c.Respondent is not null, () =>
        {
            RuleFor(c => c.Respondent!.Name).NotEmpty().MaximumLength(100).NameText().WithName("用人单位名称");
            RuleFor(c => c.Respondent!.CreditCode).UnifiedSocialCreditCode();
        });
        RuleFor(c => c.Channel).IsInEnum().WithName("申请途径");
        RuleFor(c => c.Claims).NotEmpty().WithMessage("至少填写一项仲裁请求。").WithName("仲裁请求");
        RuleForEach(c => c.Claims).ChildRules(claim =>
        {
            claim.RuleFor(c => c.Type).NotNull().IsInEnum().WithName("请求类型");
            claim.RuleFor(c => c.Amount).NotNull()
                .When(c => c.Type is { } type && ClaimTypes.RequiresAmount(type)).WithMessage("该类请求须填写金额。");
            claim.RuleFor(c => c.Amount).GreaterThan(0).LessThanOrEqualTo(MaxAmount).WithName("金额")
                .Must(a => decimal.Round(a!.Value, 2) == a.Value).WithMessage("金额最多保留两位小数。")
                .When(c => c.Amount is not null);
            claim.RuleFor(c => c.Description)
                .NotEmpty().When(c => c.Type == ClaimType.Other).WithMessage("“其他”类请求须说明内容。")
                .MaximumLength(500).WithName("请求说明");
        });
    }
}

internal sealed class RegisterApplicationHandler(
    ArbitrationDbContext db, LinkageNumberIssuer linkageNumbers, DeadlineTracker deadlines, ICurrentUser user, TimeProvider time)
    : IRequestHandler<RegisterApplicationCommand, RegisteredApplication>
{
    public async Task<RegisteredApplication> Handle(RegisterApplicationCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var linkageNumber = await linkageNumbers.IssueAsync(db, cancellationToken);
        var applicant = request.Applicant!;
        var respondent = request.Respondent!;
        var application = ArbitrationApplication.Register(
            Guid.CreateVersion7(now),
            linkageNumber,
            new Worker(applicant.Name!.Trim(), ResidentIdNumber.Normalise(applicant.ResidentIdNumber!), applicant.Phone!.Trim(), applicant.IsMigrantWorker),
            new Employer(respondent.Name!.Trim(), UnifiedSocialCreditCode.Normalise(respondent.CreditCode!)),
            request.Claims!.Select(c => new Claim(Guid.CreateVersion7(now), c.Type!.Value, c.Amount, c.Description?.Trim())),
            now,
            user.UserName,
            request.Channel);
        application.StateFacts(
            request.WorkerCount,
            request.KnewOfInfringementOn,
            request.EmploymentEndedOn,
            (request.LimitationEvents ?? []).Select(e => new LimitationEvent(Guid.CreateVersion7(now), e.Kind!.Value, e.From!.Value, e.To, e.Note!.Trim())));
        db.Applications.Add(application);
        await deadlines.StartAsync(db, ArbitrationDeadlineRules.DecideAcceptance, now, DeadlineSubjects.For(application), cancellationToken);
        return new RegisteredApplication(application.Id, linkageNumber);
    }
}

internal sealed class RegisterApplicationEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications", async (RegisterApplicationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var registered = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/arbitration/applications/{registered.Id}", registered);
        });
}
