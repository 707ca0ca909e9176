using AutoMapper.QueryableExtensions;
using AutoMapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.ListApplications;

/// <summary>
/// The institution's applications, open collective disputes (≥ 10 workers) first — they are handled with priority
/// (调解仲裁法 第七条; 南昌方案 三(五) 全程优先) — then newest first, one page at a time, identity numbers masked; optionally of
/// one status, or matching a search (a linkage number, or part of the applicant's or employer's name). Names are still
/// personal data, so the read is audited with the linkage numbers it showed.
/// </summary>
internal sealed record ListApplicationsQuery(ApplicationStatus? Status = null, string? Search = null, PageRequest? Paging = null)
    : IQuery<Paged<ApplicationListItem>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "仲裁申请列表";
}

internal sealed record ApplicationListItem(
    Guid Id,
    string LinkageNumber,
    string ApplicantName,
    string ApplicantIdNumber,
    string RespondentName,
    DateTimeOffset ReceivedAt,
    ApplicationStatus Status,
    string StatusName,
    ReferralStatus? ReferralStatus,
    int WorkerCount = 1,
    string? CaseNumber = null) : IAuditShownItem
{
    public bool IsCollective => WorkerCount >= ArbitrationApplication.CollectiveThreshold;

    string IAuditShownItem.AuditKey => LinkageNumber;
}

/// <summary>What the list reads from the database; masking happens after, in memory.</summary>
internal sealed record ApplicationRow(
    Guid Id, string LinkageNumber, string ApplicantName, string ApplicantResidentIdNumber, string RespondentName, DateTimeOffset ReceivedAt, ApplicationStatus Status, int WorkerCount, string? CaseNumber);

internal sealed class ListApplicationsHandler(ArbitrationDbContext db, AutoMapper.IConfigurationProvider mapping)
    : IRequestHandler<ListApplicationsQuery, Paged<ApplicationListItem>>
{
    public async Task<Paged<ApplicationListItem>> Handle(ListApplicationsQuery request, CancellationToken cancellationToken)
    {
        var applications = db.Applications.AsNoTracking();
        if (request.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            applications = applications.Where(a => a.LinkageNumber == search || a.Applicant.Name.Contains(search) || a.Respondent.Name.Contains(search));
        }

        var page = await applications
            .OrderByDescending(a => a.WorkerCount >= ArbitrationApplication.CollectiveThreshold
                && (a.Status == ApplicationStatus.Registered || a.Status == ApplicationStatus.Filed))
            .ThenByDescending(a => a.ReceivedAt)
            .ThenByDescending(a => a.Id)
            .ProjectTo<ApplicationRow>(mapping)
            .ToPagedAsync(request.Paging ?? PageRequest.First, cancellationToken);
        var ids = page.Items.Select(r => r.Id).ToList();
        var latestReferral = await db.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                Status = a.Referrals.OrderByDescending(r => r.ConsentRecordedAt).Select(r => (ReferralStatus?)r.Status).FirstOrDefault(),
            })
            .ToDictionaryAsync(a => a.Id, a => a.Status, cancellationToken);

        return page.Select(r => new ApplicationListItem(
            r.Id,
            r.LinkageNumber,
            r.ApplicantName,
            ResidentIdNumber.Mask(r.ApplicantResidentIdNumber),
            r.RespondentName,
            r.ReceivedAt,
            r.Status,
            ArbitrationNames.Status(r.Status),
            latestReferral.GetValueOrDefault(r.Id),
            r.WorkerCount,
            r.CaseNumber));
    }
}

internal sealed class ListApplicationsEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications", (ApplicationStatus? status, string? q, int? pageNumber, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListApplicationsQuery(status, q, PageRequest.From(pageNumber, pageSize)), ct));
}
