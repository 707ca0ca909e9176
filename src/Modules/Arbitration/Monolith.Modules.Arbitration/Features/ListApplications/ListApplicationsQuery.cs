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
/// (调解仲裁法 第七条; 南昌方案 三(五) 全程优先) — then newest first, identity numbers masked. Names are still personal data, so the read
/// is audited.
/// </summary>
internal sealed record ListApplicationsQuery(ApplicationStatus? Status = null, int Take = 100) : IQuery<IReadOnlyList<ApplicationListItem>>, IPersonalDataQuery
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
    string? CaseNumber = null)
{
    public bool IsCollective => WorkerCount >= ArbitrationApplication.CollectiveThreshold;
}

/// <summary>What the list reads from the database; masking happens after, in memory.</summary>
internal sealed record ApplicationRow(
    Guid Id, string LinkageNumber, string ApplicantName, string ApplicantResidentIdNumber, string RespondentName, DateTimeOffset ReceivedAt, ApplicationStatus Status, int WorkerCount, string? CaseNumber);

internal sealed class ListApplicationsHandler(ArbitrationDbContext db, AutoMapper.IConfigurationProvider mapping)
    : IRequestHandler<ListApplicationsQuery, IReadOnlyList<ApplicationListItem>>
{
    public async Task<IReadOnlyList<ApplicationListItem>> Handle(ListApplicationsQuery request, CancellationToken cancellationToken)
    {
        var applications = db.Applications.AsNoTracking();
        if (request.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        var rows = await applications
            .OrderByDescending(a => a.WorkerCount >= ArbitrationApplication.CollectiveThreshold
                && (a.Status == ApplicationStatus.Registered || a.Status == ApplicationStatus.Filed))
            .ThenByDescending(a => a.ReceivedAt)
            .Take(Math.Clamp(request.Take, 1, 500))
            .ProjectTo<ApplicationRow>(mapping)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var latestReferral = await db.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                Status = a.Referrals.OrderByDescending(r => r.ConsentRecordedAt).Select(r => (ReferralStatus?)r.Status).FirstOrDefault(),
            })
            .ToDictionaryAsync(a => a.Id, a => a.Status, cancellationToken);

        return rows.ConvertAll(r => new ApplicationListItem(
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
        api.MapGet("/applications", (ApplicationStatus? status, IMediator mediator, CancellationToken ct) => mediator.Send(new ListApplicationsQuery(status), ct));
}
