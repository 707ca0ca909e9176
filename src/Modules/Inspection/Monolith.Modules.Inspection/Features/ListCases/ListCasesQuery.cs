using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.ListCases;

/// <summary>
/// The officers' queue: cases whose next due time (a pending deadline of the agency or an order's period) comes first,
/// then those with nothing due, newest first; filtered by status, district and employer (name or credit code), a page at
/// a time. Worker names are personal data: the read is audited. Paging is local to this module for now (page, size,
/// total), to be aligned with the platform's paging convention when there is one.
/// </summary>
internal sealed record ListCasesQuery(CaseStatus? Status = null, string? DivisionCode = null, string? Employer = null, int Page = 1, int PageSize = ListCasesQuery.DefaultPageSize)
    : IQuery<CasePage>, IPersonalDataQuery
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    string IPersonalDataQuery.AuditSubject => "监察案件列表";
}

internal sealed record CasePage(IReadOnlyList<CaseListItem> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <param name="NextDueAt">The soonest pending due time (deadline or order period), if any.</param>
/// <param name="NextDue">What falls due then.</param>
internal sealed record CaseListItem(
    Guid Id,
    string LinkageNumber,
    MatterKind Kind,
    string KindName,
    string ChannelName,
    string EmployerName,
    string? EmployerCreditCode,
    string DivisionCode,
    string DistrictName,
    string CategoryName,
    int WorkerCount,
    string? FirstWorkerName,
    DateTimeOffset ReceivedAt,
    CaseStatus Status,
    string StatusName,
    DateTimeOffset? NextDueAt,
    string? NextDue);

internal sealed class ListCasesHandler(InspectionDbContext db, IOptions<DeploymentOptions> deployment) : IRequestHandler<ListCasesQuery, CasePage>
{
    public async Task<CasePage> Handle(ListCasesQuery request, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, ListCasesQuery.MaxPageSize);
        var cases = db.Cases.AsNoTracking();
        if (request.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.DivisionCode))
        {
            cases = cases.Where(c => c.DivisionCode == request.DivisionCode);
        }

        if (!string.IsNullOrWhiteSpace(request.Employer))
        {
            var employer = request.Employer.Trim();
            var code = employer.ToUpperInvariant();
            cases = cases.Where(c => c.Employer.Name.Contains(employer) || c.Employer.CreditCode == code);
        }

        var total = await cases.CountAsync(cancellationToken);
        var deadlines = db.Deadlines.AsNoTracking().Where(d => d.CompletedAt == null && d.CancelledAt == null);
        // The page in SQL (ordered by the soonest due time), then its rows in full.
        var pageIds = await cases
            .Select(c => new
            {
                c.Id,
                c.ReceivedAt,
                DeadlineDue = deadlines.Where(d => d.SubjectId == c.Id).Min(d => (DateTimeOffset?)d.DueAt),
                OrderDue = c.Orders.Where(o => o.Status == OrderStatus.Pending).Min(o => (DateTimeOffset?)o.DueAt),
            })
            .Select(x => new { x.Id, x.ReceivedAt, NextDueAt = x.DeadlineDue == null ? x.OrderDue : x.OrderDue == null ? x.DeadlineDue : x.DeadlineDue < x.OrderDue ? x.DeadlineDue : x.OrderDue })
            .OrderBy(x => x.NextDueAt == null)
            .ThenBy(x => x.NextDueAt)
            .ThenByDescending(x => x.ReceivedAt)
            .Select(x => x.Id)
            .Skip((page - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        var loaded = await db.Cases.AsNoTracking().Include(c => c.Workers).Include(c => c.Orders).AsSplitQuery().Where(c => pageIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var rows = pageIds.ConvertAll(id => loaded[id]);

        // What falls due first, for this page only: the deadline's title or the order's notice.
        var ids = pageIds;
        var pendingDeadlines = await deadlines.Where(d => ids.Contains(d.SubjectId)).Select(d => new { d.SubjectId, d.DueAt, d.Title }).ToListAsync(cancellationToken);
        var pendingOrders = rows.SelectMany(c => c.Orders.Where(o => o.Status == OrderStatus.Pending).Select(o => new { CaseId = c.Id, o.DueAt, o.Kind })).ToList();
        var city = deployment.Value.DivisionCode;
        return new CasePage(
            rows.ConvertAll(c =>
            {
                var next = pendingDeadlines.Where(d => d.SubjectId == c.Id).Select(d => (d.DueAt, d.Title))
                    .Concat(pendingOrders.Where(o => o.CaseId == c.Id).Select(o => (o.DueAt, Title: $"用人单位履行{InspectionText.Order(o.Kind)}")))
                    .OrderBy(x => x.DueAt)
                    .Select(x => ((DateTimeOffset, string)?)x)
                    .FirstOrDefault();
                return new CaseListItem(
                    c.Id,
                    c.LinkageNumber,
                    c.Kind,
                    InspectionText.Kind(c.Kind),
                    InspectionText.Channel(c.Channel),
                    c.Employer.Name,
                    c.Employer.CreditCode,
                    c.DivisionCode,
                    Districts.Name(c.DivisionCode, city),
                    InspectionText.Category(c.Category),
                    c.Workers.Count,
                    c.Workers.OrderBy(w => w.Position).Select(w => w.Name).FirstOrDefault(),
                    c.ReceivedAt,
                    c.Status,
                    InspectionText.Status(c.Status),
                    next?.Item1,
                    next?.Item2);
            }),
            page,
            size,
            total);
    }
}

internal sealed class ListCasesEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/cases", (CaseStatus? status, string? divisionCode, string? employer, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListCasesQuery(status, divisionCode, employer, page ?? 1, pageSize ?? ListCasesQuery.DefaultPageSize), ct));
}
