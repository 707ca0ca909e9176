using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.Assign;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.AdvanceAid;

/// <summary>
/// The reviewer records a limitation or time limit of the worker's found in the file, always with its basis (where the
/// date comes from): either a stated last day (<see cref="TimeLimitKind.Stated"/>), or a known period computed from its
/// starting day (e.g. 起诉期限 from the day the award was received), holidays and month ends included.
/// </summary>
internal sealed record RecordTimeLimitCommand(
    Guid ApplicationId, string? Description, DateOnly? ExpiresOn, string? Basis, TimeLimitKind Kind = TimeLimitKind.Stated, DateOnly? StartsOn = null)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

/// <summary>
/// 先行提供法律援助 (第四十四条第一款第一项): allowed only while fewer than 7 days remain to a known time limit of the
/// matter; the provider is then to be assigned within 3 days, and the review and decision still follow.
/// </summary>
internal sealed record ProvideAdvanceAidCommand(Guid ApplicationId) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class RecordTimeLimitValidator : AbstractValidator<RecordTimeLimitCommand>
{
    public RecordTimeLimitValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithName("期限类别");
        RuleFor(c => c.Description).NotEmpty().When(c => c.Kind == TimeLimitKind.Stated).MaximumLength(200).WithName("期限名称");
        RuleFor(c => c.ExpiresOn).NotNull().When(c => c.Kind == TimeLimitKind.Stated).WithName("届满日期");
        RuleFor(c => c.StartsOn).NotNull().When(c => c.Kind != TimeLimitKind.Stated).WithMessage("请填写起算日（如收到裁决书之日）。").WithName("起算日");
        RuleFor(c => c.Basis).NotEmpty().WithMessage("请写明依据（日期从何而来，如送达回证、劳动合同解除通知）。").MaximumLength(200).WithName("依据");
    }
}

/// <summary>Advance-aid windows of an application's matter, from the known time limits, on the deployment's today.</summary>
internal sealed class AdvanceAidWindows(LegalAidDbContext db, DeadlineCatalogue catalogue, WorkingDayCalendarProvider calendars, DeploymentClock clock)
{
    public async Task<IReadOnlyList<(KnownTimeLimit Limit, AdvanceAidWindow Window)>> ForAsync(string linkageNumber, CancellationToken cancellationToken)
    {
        var limits = await db.TimeLimits.AsNoTracking().Where(l => l.LinkageNumber == linkageNumber).ToListAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var rule = catalogue.Entry(LegalAidDeadlineRules.AdvanceAidThreshold).Statutory;
        return limits
            .OrderBy(l => l.ExpiresOn)
            .Select(l => (l, AdvanceAidWindow.On(clock.Today, l.ExpiresOn, DeadlineCalculator.Compute(rule, l.ExpiresOn, calendar))))
            .ToList();
    }
}

internal sealed class RecordTimeLimitHandler(LegalAidDbContext db, WorkingDayCalendarProvider calendars, TimeProvider time) : IRequestHandler<RecordTimeLimitCommand, Guid>
{
    public async Task<Guid> Handle(RecordTimeLimitCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        var now = time.GetUtcNow();
        var (description, expiresOn, basis) = (request.Description?.Trim() ?? string.Empty, request.ExpiresOn, request.Basis!.Trim());
        if (request.Kind != TimeLimitKind.Stated)
        {
            var rule = WorkerTimeLimits.For(request.Kind);
            var computed = WorkerTimeLimits.Compute(request.Kind, request.StartsOn!.Value, await calendars.GetAsync(cancellationToken));
            description = string.IsNullOrWhiteSpace(description) ? rule.Name : description;
            expiresOn = computed.DueDate;
            basis = $"{rule.LegalBasis}；{rule.Trigger}为{request.StartsOn:yyyy-MM-dd}（{basis}）；{computed.Explanation}";
        }

        var limit = new KnownTimeLimit(
            Guid.CreateVersion7(now), application.LinkageNumber, description, expiresOn!.Value, TimeLimitSource.Reviewer, null,
            basis.Length <= 300 ? basis : basis[..300], now);
        db.TimeLimits.Add(limit);
        return limit.Id;
    }
}

internal sealed class ProvideAdvanceAidHandler(LegalAidDbContext db, AdvanceAidWindows windows, Assignment assignment, TimeProvider time)
    : IRequestHandler<ProvideAdvanceAidCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ProvideAdvanceAidCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        var open = (await windows.ForAsync(application.LinkageNumber, cancellationToken)).FirstOrDefault(w => w.Window.Offered);
        if (open.Limit is null)
        {
            throw new BusinessRuleViolationException(
                "legalaid.advance-aid-not-urgent", "本案没有距届满不足七日的时效或者期限，不适用先行提供法律援助（《法律援助法》第四十四条）。");
        }

        application.ProvideAdvanceAid($"{open.Limit.Description}于{open.Limit.ExpiresOn:yyyy-MM-dd}届满（{open.Limit.Basis}）；{open.Window.Explanation}", time.GetUtcNow());
        await assignment.StartAssignmentPeriodAsync(application, cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// Inspection registered a complaint on this matter: the one-year arbitration limitation runs again from that day
/// (调解仲裁法 第二十七条第二款, as Inspection's event states it), so it is a known time limit of the matter.
/// </summary>
[IntegrationEventHandlerName("legalaid.record-limitation-interrupted")]
internal sealed class LimitationInterruptedHandler(LegalAidDbContext db, WorkingDayCalendarProvider calendars, TimeProvider time)
    : IIntegrationEventHandler<ArbitrationLimitationInterruptedIntegrationEvent>
{
    public async Task HandleAsync(ArbitrationLimitationInterruptedIntegrationEvent fact, CancellationToken cancellationToken)
    {
        if (await db.TimeLimits.AnyAsync(l => l.SourceId == fact.ComplaintId, cancellationToken))
        {
            return;
        }

        var expires = WorkerTimeLimits.Compute(TimeLimitKind.ArbitrationLimitation, fact.InterruptedOn, await calendars.GetAsync(cancellationToken)).DueDate;
        db.TimeLimits.Add(new KnownTimeLimit(
            Guid.CreateVersion7(time.GetUtcNow()), fact.LinkageNumber, $"劳动争议仲裁时效（{fact.EmployerName}，劳动保障监察投诉中断后重新计算）",
            expires, TimeLimitSource.InspectionComplaint, fact.ComplaintId, fact.Basis, time.GetUtcNow()));
    }
}

internal sealed record TimeLimitBody(string? Description, DateOnly? ExpiresOn, string? Basis, TimeLimitKind? Kind, DateOnly? StartsOn);

internal sealed class AdvanceAidEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications/{id:guid}/time-limits", async (Guid id, TimeLimitBody body, IMediator mediator, CancellationToken ct) =>
        {
            var limitId = await mediator.Send(new RecordTimeLimitCommand(id, body.Description, body.ExpiresOn, body.Basis, body.Kind ?? TimeLimitKind.Stated, body.StartsOn), ct);
            return TypedResults.Created($"/api/legalaid/applications/{id}", new { id = limitId });
        });
        api.MapPost("/applications/{id:guid}/advance-aid", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ProvideAdvanceAidCommand(id), ct);
            return TypedResults.NoContent();
        });
    }
}
