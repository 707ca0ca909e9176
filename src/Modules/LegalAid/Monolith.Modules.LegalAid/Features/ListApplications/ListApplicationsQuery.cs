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
/// Applications, those awaiting review first (oldest first), then the rest newest first, one page at a time; optionally
/// of one status or matching a search (linkage number, part of the applicant's or employer's name). Identity numbers
/// masked, names shown, so the read is audited with the linkage numbers shown.
/// </summary>
internal sealed record ListApplicationsQuery(LegalAidApplicationStatus? Status = null, string? Search = null, PageRequest? Paging = null)
    : IQuery<Paged<ApplicationListItem>>, IPersonalDataQuery
{
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
    DateTimeOffset? ReviewDueAt) : IAuditShownItem
{
    string IAuditShownItem.AuditKey => LinkageNumber;
}

internal sealed class ListApplicationsHandler(LegalAidDbContext db) : IRequestHandler<ListApplicationsQuery, Paged<ApplicationListItem>>
{
    public async Task<Paged<ApplicationListItem>> Handle(ListApplicationsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Applications.AsNoTracking();
        if (request.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            query = query.Where(a => a.LinkageNumber == search || a.Applicant.Name.Contains(search) || a.EmployerName.Contains(search));
        }

        // Pending first, oldest first (first come, first reviewed); then the decided ones, newest first.
        var applications = await query
            .OrderBy(a => a.Status == LegalAidApplicationStatus.PendingReview ? 0 : 1)
            .ThenBy(a => a.Status == LegalAidApplicationStatus.PendingReview ? a.ReceivedAt : DateTimeOffset.MinValue)
            .ThenByDescending(a => a.ReceivedAt)
            .ThenBy(a => a.Id)
            .ToPagedAsync(request.Paging ?? PageRequest.First, cancellationToken);
        var ids = applications.Items.Select(a => a.Id).ToList();
        var dueTimes = await db.Deadlines.AsNoTracking()
            .Where(d => ids.Contains(d.SubjectId) && d.RuleId == LegalAidDeadlineRules.ReviewApplication)
            .Select(d => new { d.SubjectId, d.DueAt })
            .ToListAsync(cancellationToken);
        var dueBySubject = dueTimes.GroupBy(d => d.SubjectId).ToDictionary(g => g.Key, g => g.Max(d => d.DueAt));

        return applications.Select(a => new ApplicationListItem(
                a.Id,
                a.LinkageNumber,
                a.Applicant.Name,
                ResidentIdNumber.Mask(a.Applicant.ResidentIdNumber),
                a.EmployerName,
                a.Referral is { } r ? $"{r.ReferringAgencyName}转介" : LegalAidNames.Channel(a.Channel),
                a.ReceivedAt,
                a.Status,
                LegalAidNames.Status(a.Status),
                dueBySubject.TryGetValue(a.Id, out var due) ? due : null));
    }
}

internal sealed class ListApplicationsEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications", (LegalAidApplicationStatus? status, string? q, int? pageNumber, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListApplicationsQuery(status, q, PageRequest.From(pageNumber, pageSize)), ct));
}
