using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Requests;

/// <summary>An evidence-collection request as the officers and the requesting agency see it.</summary>
internal sealed record EvidenceRequestView(
    Guid Id,
    Guid RequestId,
    string LinkageNumber,
    string RequestingModule,
    string RequestingAgencyName,
    string RequestingCaseReference,
    string RequestedBy,
    DateTimeOffset ReceivedAt,
    string WorkerName,
    string EmployerName,
    string? EmployerCreditCode,
    string? ProjectManager,
    string EvidenceSought,
    string WhyWorkerCannotObtain,
    EvidenceRequestStatus Status,
    string StatusName,
    string? Notified,
    DateTimeOffset? NotifiedAt,
    EvidenceAssistanceOutcome? Outcome,
    IReadOnlyList<string> CollectedItems,
    string? Explanation,
    DateTimeOffset? AnsweredAt,
    bool? AnsweredInTime,
    DateTimeOffset? AnswerDueAt)
{
    public static EvidenceRequestView From(EvidenceAssistanceRequest r, DateTimeOffset? dueAt) => new(
        r.Id, r.RequestId, r.LinkageNumber, r.RequestingModule, r.RequestingAgencyName, r.RequestingCaseReference, r.RequestedBy, r.ReceivedAt,
        r.WorkerName, r.EmployerName, r.EmployerCreditCode, r.ProjectManager, r.EvidenceSought, r.WhyWorkerCannotObtain,
        r.Status, InspectionText.EvidenceStatus(r.Status), r.Notified, r.NotifiedAt, r.Outcome, r.CollectedItemList, r.Explanation, r.AnsweredAt, r.AnsweredInTime, dueAt);

    public string? OutcomeName => Outcome switch
    {
        EvidenceAssistanceOutcome.Collected => "全部调取",
        EvidenceAssistanceOutcome.PartlyCollected => "部分调取",
        EvidenceAssistanceOutcome.NotCollected => "未能调取",
        _ => null,
    };
}

/// <summary>A violation lead as the officers and the reporting agency see it.</summary>
internal sealed record LeadView(
    Guid Id,
    Guid LeadId,
    string LinkageNumber,
    string ReportingModule,
    string ReportingAgencyName,
    string ReportingCaseReference,
    string ReportedBy,
    DateTimeOffset ReceivedAt,
    string EmployerName,
    string? EmployerCreditCode,
    string? DivisionCode,
    string Facts,
    int? WorkersAffected,
    LeadStatus Status,
    string StatusName,
    Guid? CaseId,
    string? CaseLinkageNumber,
    string? Feedback,
    DateTimeOffset? DecidedAt,
    bool? FeedbackInTime,
    string? OutcomeFeedback,
    DateTimeOffset? OutcomeReportedAt,
    DateTimeOffset? FeedbackDueAt)
{
    public static LeadView From(ViolationLead l, DateTimeOffset? dueAt) => new(
        l.Id, l.LeadId, l.LinkageNumber, l.ReportingModule, l.ReportingAgencyName, l.ReportingCaseReference, l.ReportedBy, l.ReceivedAt,
        l.EmployerName, l.EmployerCreditCode, l.DivisionCode, l.Facts, l.WorkersAffected, l.Status, InspectionText.LeadStatus(l.Status),
        l.CaseId, l.CaseLinkageNumber, l.Feedback, l.DecidedAt, l.FeedbackInTime, l.OutcomeFeedback, l.OutcomeReportedAt, dueAt);
}

internal sealed record RequestPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Evidence requests, open ones first (soonest answer due first), then answered ones newest first; optionally only those
/// of one requesting module. A page at a time. Worker names are personal data: audited.
/// </summary>
internal sealed record ListEvidenceRequestsQuery(bool OpenOnly = false, string? RequestingModule = null, int Page = 1, int PageSize = 20)
    : IQuery<RequestPage<EvidenceRequestView>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "调查取证协助请求列表";
}

internal sealed class ListEvidenceRequestsHandler(InspectionDbContext db) : IRequestHandler<ListEvidenceRequestsQuery, RequestPage<EvidenceRequestView>>
{
    public async Task<RequestPage<EvidenceRequestView>> Handle(ListEvidenceRequestsQuery request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var requests = db.EvidenceRequests.AsNoTracking();
        if (request.OpenOnly)
        {
            requests = requests.Where(r => r.Status != EvidenceRequestStatus.Answered);
        }

        if (request.RequestingModule is { } module)
        {
            requests = requests.Where(r => r.RequestingModule == module);
        }

        var total = await requests.CountAsync(cancellationToken);
        var due = db.Deadlines.AsNoTracking().Where(d => d.RuleId == InspectionServiceRules.AnswerEvidenceRequest);
        var rows = await requests
            .Select(r => new { Request = r, DueAt = due.Where(d => d.SubjectId == r.Id).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefault() })
            .OrderBy(x => x.Request.Status == EvidenceRequestStatus.Answered)
            .ThenBy(x => x.Request.Status == EvidenceRequestStatus.Answered ? (DateTimeOffset?)null : x.DueAt)
            .ThenByDescending(x => x.Request.ReceivedAt)
            .Skip((page - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return new RequestPage<EvidenceRequestView>(rows.ConvertAll(x => EvidenceRequestView.From(x.Request, x.DueAt)), page, size, total);
    }
}

/// <summary>Leads, open ones first (soonest feedback due first), then decided ones newest first. Audited.</summary>
internal sealed record ListLeadsQuery(bool OpenOnly = false, string? ReportingModule = null, int Page = 1, int PageSize = 20)
    : IQuery<RequestPage<LeadView>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "案件线索列表";
}

internal sealed class ListLeadsHandler(InspectionDbContext db) : IRequestHandler<ListLeadsQuery, RequestPage<LeadView>>
{
    public async Task<RequestPage<LeadView>> Handle(ListLeadsQuery request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var leads = db.Leads.AsNoTracking();
        if (request.OpenOnly)
        {
            leads = leads.Where(l => l.Status == LeadStatus.Received);
        }

        if (request.ReportingModule is { } module)
        {
            leads = leads.Where(l => l.ReportingModule == module);
        }

        var total = await leads.CountAsync(cancellationToken);
        var due = db.Deadlines.AsNoTracking().Where(d => d.RuleId == InspectionServiceRules.LeadFeedback);
        var rows = await leads
            .Select(l => new { Lead = l, DueAt = due.Where(d => d.SubjectId == l.Id).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefault() })
            .OrderBy(x => x.Lead.Status != LeadStatus.Received)
            .ThenBy(x => x.Lead.Status != LeadStatus.Received ? (DateTimeOffset?)null : x.DueAt)
            .ThenByDescending(x => x.Lead.ReceivedAt)
            .Skip((page - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return new RequestPage<LeadView>(rows.ConvertAll(x => LeadView.From(x.Lead, x.DueAt)), page, size, total);
    }
}

internal sealed record GetEvidenceRequestQuery(Guid Id) : IQuery<EvidenceRequestDetails>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => Id.ToString();
}

internal sealed record EvidenceRequestDetails(EvidenceRequestView Request, IReadOnlyList<DeadlineView> Deadlines) : IAuditSubject
{
    string IAuditSubject.AuditSubject => Request.LinkageNumber;
}

internal sealed class GetEvidenceRequestHandler(InspectionDbContext db, IMediator mediator) : IRequestHandler<GetEvidenceRequestQuery, EvidenceRequestDetails>
{
    public async Task<EvidenceRequestDetails> Handle(GetEvidenceRequestQuery request, CancellationToken cancellationToken)
    {
        var found = await db.EvidenceRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("调查取证协助请求", request.Id);
        var deadlines = await mediator.Send(new ListDeadlinesQuery<InspectionDbContext>(DeadlineFilter.All, found.Id), cancellationToken);
        return new EvidenceRequestDetails(EvidenceRequestView.From(found, (deadlines.Count > 0 ? deadlines[0].DueAt : (DateTimeOffset?)null)), deadlines);
    }
}

internal sealed record GetLeadQuery(Guid Id) : IQuery<LeadDetails>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => Id.ToString();
}

internal sealed record LeadDetails(LeadView Lead, IReadOnlyList<DeadlineView> Deadlines) : IAuditSubject
{
    string IAuditSubject.AuditSubject => Lead.LinkageNumber;
}

internal sealed class GetLeadHandler(InspectionDbContext db, IMediator mediator) : IRequestHandler<GetLeadQuery, LeadDetails>
{
    public async Task<LeadDetails> Handle(GetLeadQuery request, CancellationToken cancellationToken)
    {
        var found = await db.Leads.AsNoTracking().SingleOrDefaultAsync(l => l.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("案件线索", request.Id);
        var deadlines = await mediator.Send(new ListDeadlinesQuery<InspectionDbContext>(DeadlineFilter.All, found.Id), cancellationToken);
        return new LeadDetails(LeadView.From(found, (deadlines.Count > 0 ? deadlines[0].DueAt : (DateTimeOffset?)null)), deadlines);
    }
}

internal static class Paging
{
    public const int MaxPageSize = 100;

    public static (int Page, int Size) Clamp(int page, int size) => (Math.Max(1, page), Math.Clamp(size, 1, MaxPageSize));
}

internal sealed class RequestEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/evidence-requests", (bool? openOnly, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListEvidenceRequestsQuery(openOnly ?? false, null, page ?? 1, pageSize ?? 20), ct));
        api.MapGet("/evidence-requests/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetEvidenceRequestQuery(id), ct));
        api.MapGet("/leads", (bool? openOnly, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListLeadsQuery(openOnly ?? false, null, page ?? 1, pageSize ?? 20), ct));
        api.MapGet("/leads/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetLeadQuery(id), ct));
    }
}
