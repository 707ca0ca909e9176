using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Persistence;
using Monolith.Modules.Supervision.Contracts;

namespace Monolith.Modules.Inspection.Features.RiskAlerts;

/// <summary>
/// 立项核查: the alert becomes an inspection task, a report (举报) on the employer registered under a new linkage number
/// with the alert's rules as its facts. For an employer alert the employer defaults to the alert's subject; an industry
/// or district alert names the employer to inspect.
/// </summary>
internal sealed record TakeUpRiskAlertCommand(
    Guid AlertId, string? EmployerName, string? CreditCode, string? DivisionCode, ViolationCategory Category, string? Note)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => AlertId.ToString();
}

internal sealed class TakeUpRiskAlertValidator : AbstractValidator<TakeUpRiskAlertCommand>
{
    public TakeUpRiskAlertValidator(IOptions<DeploymentOptions> deployment)
    {
        RuleFor(c => c.Category).IsInEnum().WithName("违法事项");
        RuleFor(c => c.EmployerName).MaximumLength(100).WithName("用人单位名称");
        RuleFor(c => c.CreditCode).UnifiedSocialCreditCode().When(c => !string.IsNullOrWhiteSpace(c.CreditCode));
        RuleFor(c => c.DivisionCode).Must(code => Districts.BelongsTo(code, deployment.Value.DivisionCode))
            .When(c => !string.IsNullOrEmpty(c.DivisionCode)).WithMessage("请选择用人单位所在的本市区县。");
        RuleFor(c => c.Note).MaximumLength(500).WithName("说明");
    }
}

internal sealed class TakeUpRiskAlertHandler(InspectionDbContext db, LinkageNumberIssuer linkageNumbers, ICurrentUser user, TimeProvider time)
    : IRequestHandler<TakeUpRiskAlertCommand, Guid>
{
    public async Task<Guid> Handle(TakeUpRiskAlertCommand request, CancellationToken cancellationToken)
    {
        var alert = await db.RiskAlerts.SingleOrDefaultAsync(a => a.Id == request.AlertId, cancellationToken)
            ?? throw new NotFoundException("风险预警", request.AlertId);
        if (alert.Status != RiskAlertStatus.Open)
        {
            throw new BusinessRuleViolationException("inspection.alert-decided", "该风险预警已经处理。");
        }

        var isEmployer = alert.SubjectKind == RiskSubjectKind.Employer;
        var employerName = string.IsNullOrWhiteSpace(request.EmployerName) ? (isEmployer ? alert.SubjectName : null) : request.EmployerName.Trim();
        var creditCode = !string.IsNullOrWhiteSpace(request.CreditCode)
            ? UnifiedSocialCreditCode.Normalise(request.CreditCode)
            : isEmployer && UnifiedSocialCreditCode.IsValid(alert.SubjectKey) ? alert.SubjectKey : null;
        var divisionCode = string.IsNullOrEmpty(request.DivisionCode) ? alert.DistrictCode : request.DivisionCode;
        var errors = new Dictionary<string, string[]>();
        if (employerName is null)
        {
            errors["employerName"] = ["行业或区县预警立项核查的，请填写要检查的用人单位。"];
        }

        if (string.IsNullOrEmpty(divisionCode))
        {
            errors["divisionCode"] = ["请选择用人单位所在的本市区县。"];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var now = time.GetUtcNow();
        var rules = string.Join("；", alert.Rules.Select(r => r.Explanation));
        var facts = $"{InspectionText.RiskLevel(alert.Level)}（{InspectionText.RiskSubject(alert.SubjectKind)}：{alert.SubjectName}，风险分值{alert.Score:0.##}）：{rules}"
            + (alert.LinkedMatterList.Count > 0 ? $"。相关事项：{string.Join("、", alert.LinkedMatterList)}" : string.Empty)
            + (string.IsNullOrWhiteSpace(request.Note) ? string.Empty : "。" + request.Note.Trim());
        var matter = InspectionCase.Register(
            Guid.CreateVersion7(now),
            await linkageNumbers.IssueAsync(db, cancellationToken),
            MatterKind.Report,
            IntakeChannel.RiskAlert,
            $"风险预警 {InspectionText.RiskLevel(alert.Level)}",
            [],
            new CaseEmployer(employerName!, creditCode, null),
            divisionCode!,
            request.Category,
            facts.Length > 2000 ? facts[..2000] : facts,
            null,
            null,
            null,
            now,
            user.UserName);
        db.Cases.Add(matter);
        alert.TakeUp(matter.Id, matter.LinkageNumber, now, user.UserName);
        return matter.Id;
    }
}

/// <summary>不予立项: the alert is dismissed with the officer's reason (kept with the alert).</summary>
internal sealed record DismissRiskAlertCommand(Guid AlertId, string? Reason) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => AlertId.ToString();
}

internal sealed class DismissRiskAlertValidator : AbstractValidator<DismissRiskAlertCommand>
{
    public DismissRiskAlertValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("不予立项核查应当说明理由。").MaximumLength(1000).WithName("理由");
}

internal sealed class DismissRiskAlertHandler(InspectionDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<DismissRiskAlertCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DismissRiskAlertCommand request, CancellationToken cancellationToken)
    {
        var alert = await db.RiskAlerts.SingleOrDefaultAsync(a => a.Id == request.AlertId, cancellationToken)
            ?? throw new NotFoundException("风险预警", request.AlertId);
        alert.Dismiss(request.Reason!, time.GetUtcNow(), user.UserName);
        return MediatR.Unit.Value;
    }
}

/// <summary>An alert as the officers see it.</summary>
internal sealed record RiskAlertView(
    Guid Id,
    Guid AlertId,
    string LinkageNumber,
    RiskLevel Level,
    string LevelName,
    RiskSubjectKind SubjectKind,
    string SubjectKindName,
    string SubjectKey,
    string SubjectName,
    string? DistrictCode,
    decimal Score,
    IReadOnlyList<RiskAlertRule> Rules,
    IReadOnlyList<string> LinkedMatters,
    DateTimeOffset RaisedAt,
    RiskAlertStatus Status,
    string StatusName,
    Guid? CaseId,
    string? CaseLinkageNumber,
    string? DismissalReason,
    DateTimeOffset? DecidedAt,
    string? DecidedBy)
{
    public static RiskAlertView From(RiskAlert a) => new(
        a.Id, a.AlertId, a.LinkageNumber, a.Level, InspectionText.RiskLevel(a.Level), a.SubjectKind, InspectionText.RiskSubject(a.SubjectKind), a.SubjectKey,
        a.SubjectName, a.DistrictCode, a.Score, a.Rules, a.LinkedMatterList, a.RaisedAt, a.Status, InspectionText.AlertStatus(a.Status), a.CaseId,
        a.CaseLinkageNumber, a.DismissalReason, a.DecidedAt, a.DecidedBy);
}

/// <summary>The alert queue: open alerts first, the most urgent level first, then the newest; optionally one status. A page at a time.</summary>
internal sealed record ListRiskAlertsQuery(RiskAlertStatus? Status = null, int Page = 1, int PageSize = 20) : IQuery<Requests.RequestPage<RiskAlertView>>;

internal sealed class ListRiskAlertsHandler(InspectionDbContext db) : IRequestHandler<ListRiskAlertsQuery, Requests.RequestPage<RiskAlertView>>
{
    public async Task<Requests.RequestPage<RiskAlertView>> Handle(ListRiskAlertsQuery request, CancellationToken cancellationToken)
    {
        var (page, size) = Requests.Paging.Clamp(request.Page, request.PageSize);
        var alerts = db.RiskAlerts.AsNoTracking();
        if (request.Status is { } status)
        {
            alerts = alerts.Where(a => a.Status == status);
        }

        var total = await alerts.CountAsync(cancellationToken);
        var rows = await alerts
            .OrderBy(a => a.Status == RiskAlertStatus.Open ? 0 : 1)
            .ThenBy(a => a.Level == RiskLevel.Red ? 1 : a.Level == RiskLevel.Orange ? 2 : a.Level == RiskLevel.Yellow ? 3 : 4) // enums are stored as names
            .ThenByDescending(a => a.ReceivedAt)
            .ThenBy(a => a.Id)
            .Skip((page - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return new Requests.RequestPage<RiskAlertView>(rows.ConvertAll(RiskAlertView.From), page, size, total);
    }
}

internal sealed record TakeUpAlertBody(string? EmployerName, string? CreditCode, string? DivisionCode, ViolationCategory Category, string? Note);

internal sealed record DismissAlertBody(string? Reason);

internal sealed class RiskAlertEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/risk-alerts", (RiskAlertStatus? status, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListRiskAlertsQuery(status, page ?? 1, pageSize ?? 20), ct));
        api.MapPost("/risk-alerts/{id:guid}/take-up", async (Guid id, TakeUpAlertBody body, IMediator mediator, CancellationToken ct) =>
        {
            var caseId = await mediator.Send(new TakeUpRiskAlertCommand(id, body.EmployerName, body.CreditCode, body.DivisionCode, body.Category, body.Note), ct);
            return TypedResults.Ok(new { caseId });
        });
        api.MapPost("/risk-alerts/{id:guid}/dismiss", async (Guid id, DismissAlertBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DismissRiskAlertCommand(id, body.Reason), ct);
            return TypedResults.NoContent();
        });
    }
}
