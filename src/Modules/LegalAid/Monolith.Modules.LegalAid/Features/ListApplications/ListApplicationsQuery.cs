using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.ListApplications;

/// <summary>
/// Applications, those awaiting review first (oldest first), then the rest newest first; identity numbers masked,
/// names shown, so the read is audited.
/// </summary>
/// <param name="Page">1-based; <see cref="PageSize"/> a page, so every application is reachable (simple local paging until the shared convention lands).</param>
internal sealed record ListApplicationsQuery(LegalAidApplicationStatus? Status = null, int Page = 1) : IQuery<IReadOnlyList<ApplicationListItem>>, IPersonalDataQuery
{
    public const int PageSize = 100;

    string IPersonalDataQuery.AuditSubject => "法律援助申请列表";
}

internal sealed record ApplicationListItem(
    Guid Id,
    string LinkageNumber,
    string ApplicantName,
    string ApplicantIdNumber,
    string EmployerName,
    string Source,
    DateTimeOffset ReceivedAt,
    LegalAidApplicationStatus Status,
    string StatusName,
    DateTimeOffset? ReviewDueAt);

internal sealed class ListApplicationsHandler(LegalAidDbContext db) : IRequestHandler<ListApplicationsQuery, IReadOnlyList<ApplicationListItem>>
{
    public async Task<IReadOnlyList<ApplicationListItem>> Handle(ListApplicationsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Applications.AsNoTracking();
        if (request.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        // The order (pending oldest first, then the rest newest first) is taken over the keys of every match, then one page is loaded.
        var keys = await query.Select(a => new { a.Id, a.Status, a.ReceivedAt }).ToListAsync(cancellationToken);
        var pageIds = keys
            .OrderBy(a => a.Status != LegalAidApplicationStatus.PendingReview)
            .ThenBy(a => a.Status == LegalAidApplicationStatus.PendingReview ? a.ReceivedAt.UtcTicks : -a.ReceivedAt.UtcTicks)
            .Skip((Math.Max(request.Page, 1) - 1) * ListApplicationsQuery.PageSize)
            .Take(ListApplicationsQuery.PageSize)
            .Select(a => a.Id)
            .ToList();
        var applications = await db.Applications.AsNoTracking().Where(a => pageIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var ids = applications.ConvertAll(a => a.Id);
        var dueTimes = await db.Deadlines.AsNoTracking()
            .Where(d => ids.Contains(d.SubjectId) && d.RuleId == LegalAidDeadlineRules.ReviewApplication)
            .Select(d => new { d.SubjectId, d.DueAt })
            .ToListAsync(cancellationToken);
        var dueBySubject = dueTimes.GroupBy(d => d.SubjectId).ToDictionary(g => g.Key, g => g.Max(d => d.DueAt));

        var byId = applications.ToDictionary(a => a.Id);
        return pageIds
            .Select(id => byId[id])
            .Select(a => new ApplicationListItem(
                a.Id,
                a.LinkageNumber,
                a.Applicant.Name,
                ResidentIdNumber.Mask(a.Applicant.ResidentIdNumber),
                a.EmployerName,
                a.Referral is { } r ? $"{r.ReferringAgencyName}转介" : LegalAidNames.Channel(a.Channel),
                a.ReceivedAt,
                a.Status,
                LegalAidNames.Status(a.Status),
                dueBySubject.TryGetValue(a.Id, out var due) ? due : null))
            .ToList();
    }
}

internal sealed class ListApplicationsEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications", (LegalAidApplicationStatus? status, int? page, IMediator mediator, CancellationToken ct) => mediator.Send(new ListApplicationsQuery(status, page ?? 1), ct));
}
