using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;
using Monolith.Modules.Supervision.Contracts;

namespace Monolith.Modules.LegalAid.Features.Requests;

/// <summary>
/// 支持起诉 (南昌方案 三(五); 民事诉讼法 第十五条): for a granted matter headed to court, ask the procuratorate (in
/// Supervision) to support the worker's suit. Its answer comes back addressed to this module.
/// </summary>
internal sealed record RequestSupportOfProsecutionCommand(Guid ApplicationId, string? Claims, string? Reasons) : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

/// <summary>调查取证协助 (南昌方案 三(四)): ask labour inspection to have the employer explain and to retrieve evidence.</summary>
internal sealed record RequestEvidenceAssistanceCommand(Guid ApplicationId, string? EvidenceSought, string? WhyWorkerCannotObtain, string? ProjectManager)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

/// <summary>移交案件线索 (南昌方案 三(四)): the employer appears to break the Labour Law; inspection reports back.</summary>
internal sealed record ReportViolationLeadCommand(Guid ApplicationId, string? Facts, int? WorkersAffected) : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class RequestSupportOfProsecutionValidator : AbstractValidator<RequestSupportOfProsecutionCommand>
{
    public RequestSupportOfProsecutionValidator()
    {
        RuleFor(c => c.Claims).NotEmpty().MaximumLength(1000).WithName("诉讼请求");
        RuleFor(c => c.Reasons).NotEmpty().MaximumLength(1000).WithName("申请支持起诉的理由");
    }
}

internal sealed class RequestEvidenceAssistanceValidator : AbstractValidator<RequestEvidenceAssistanceCommand>
{
    public RequestEvidenceAssistanceValidator()
    {
        RuleFor(c => c.EvidenceSought).NotEmpty().MaximumLength(1000).WithName("需调取的证据");
        RuleFor(c => c.WhyWorkerCannotObtain).NotEmpty().MaximumLength(1000).WithName("劳动者无法自行取得的原因");
        RuleFor(c => c.ProjectManager).MaximumLength(64).WithName("项目负责人");
    }
}

internal sealed class ReportViolationLeadValidator : AbstractValidator<ReportViolationLeadCommand>
{
    public ReportViolationLeadValidator()
    {
        RuleFor(c => c.Facts).NotEmpty().MaximumLength(2000).WithName("违法事实");
        RuleFor(c => c.WorkersAffected).GreaterThan(0).When(c => c.WorkersAffected is not null).WithName("涉及人数");
    }
}

internal sealed class RequestHandlers(LegalAidDbContext db, ICurrentUser user, TimeProvider time) :
    IRequestHandler<RequestSupportOfProsecutionCommand, Guid>,
    IRequestHandler<RequestEvidenceAssistanceCommand, Guid>,
    IRequestHandler<ReportViolationLeadCommand, Guid>
{
    private const string Agency = "法律援助机构";

    public async Task<Guid> Handle(RequestSupportOfProsecutionCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        if (application.Status is not (LegalAidApplicationStatus.Granted or LegalAidApplicationStatus.Closed) || application.LawyerId is null)
        {
            throw new BusinessRuleViolationException("legalaid.support-needs-assignment", "给予法律援助并指派法律援助人员后，才能申请检察机关支持起诉。");
        }

        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        db.Requests.Add(new OutgoingRequest(id, application.Id, OutgoingRequestKind.SupportOfProsecution, $"诉讼请求：{request.Claims!.Trim()}；理由：{request.Reasons!.Trim()}", user.UserName, now));
        db.Publish(new SupportOfProsecutionRequestedIntegrationEvent(
            Guid.CreateVersion7(now), now, application.LinkageNumber, id, LegalAidModule.Descriptor.Name, Agency,
            application.Applicant.Name, application.Applicant.ResidentIdNumber, application.Applicant.Phone,
            application.EmployerName, application.EmployerCreditCode, request.Claims.Trim(), request.Reasons.Trim(), user.UserName, now));
        return id;
    }

    public async Task<Guid> Handle(RequestEvidenceAssistanceCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        EnsureOpen(application);
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        db.Requests.Add(new OutgoingRequest(id, application.Id, OutgoingRequestKind.EvidenceAssistance, $"需调取：{request.EvidenceSought!.Trim()}；原因：{request.WhyWorkerCannotObtain!.Trim()}", user.UserName, now));
        db.Publish(new EvidenceAssistanceRequestedIntegrationEvent(
            Guid.CreateVersion7(now), now, application.LinkageNumber, id, LegalAidModule.Descriptor.Name, Agency, application.LinkageNumber,
            application.Applicant.Name, application.EmployerName, application.EmployerCreditCode,
            string.IsNullOrWhiteSpace(request.ProjectManager) ? null : request.ProjectManager.Trim(),
            request.EvidenceSought.Trim(), request.WhyWorkerCannotObtain.Trim(), user.UserName));
        return id;
    }

    public async Task<Guid> Handle(ReportViolationLeadCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        db.Requests.Add(new OutgoingRequest(id, application.Id, OutgoingRequestKind.ViolationLead, request.Facts!.Trim(), user.UserName, now));
        db.Publish(new ViolationLeadReportedIntegrationEvent(
            Guid.CreateVersion7(now), now, application.LinkageNumber, id, LegalAidModule.Descriptor.Name, Agency, application.LinkageNumber,
            application.EmployerName, application.EmployerCreditCode, null, request.Facts.Trim(), request.WorkersAffected, user.UserName));
        return id;
    }

    private static void EnsureOpen(LegalAidApplication application)
    {
        if (application.Status is LegalAidApplicationStatus.Refused or LegalAidApplicationStatus.Withdrawn or LegalAidApplicationStatus.Closed)
        {
            throw new BusinessRuleViolationException("legalaid.matter-not-open", "该申请已办结，不能再申请调查取证协助。");
        }
    }
}

internal sealed record SupportBody(string? Claims, string? Reasons);

internal sealed record EvidenceBody(string? EvidenceSought, string? WhyWorkerCannotObtain, string? ProjectManager);

internal sealed record LeadBody(string? Facts, int? WorkersAffected);

internal sealed class RequestEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications/{id:guid}/support-of-prosecution", async (Guid id, SupportBody b, IMediator mediator, CancellationToken ct) =>
            TypedResults.Created($"/api/legalaid/applications/{id}", new { id = await mediator.Send(new RequestSupportOfProsecutionCommand(id, b.Claims, b.Reasons), ct) }));
        api.MapPost("/applications/{id:guid}/evidence-assistance", async (Guid id, EvidenceBody b, IMediator mediator, CancellationToken ct) =>
            TypedResults.Created($"/api/legalaid/applications/{id}", new { id = await mediator.Send(new RequestEvidenceAssistanceCommand(id, b.EvidenceSought, b.WhyWorkerCannotObtain, b.ProjectManager), ct) }));
        api.MapPost("/applications/{id:guid}/violation-leads", async (Guid id, LeadBody b, IMediator mediator, CancellationToken ct) =>
            TypedResults.Created($"/api/legalaid/applications/{id}", new { id = await mediator.Send(new ReportViolationLeadCommand(id, b.Facts, b.WorkersAffected), ct) }));
    }
}
