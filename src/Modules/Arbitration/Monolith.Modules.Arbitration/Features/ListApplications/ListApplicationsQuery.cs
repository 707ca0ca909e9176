using AutoMapper.QueryableExtensions;
using AutoMapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Linkage;
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
    Guid Id, string LinkageNumber, string ApplicantName, string ApplicantResidentIdNumber, string RespondentName, DateTimeOffset ReceivedAt,
    ApplicationStatus Status, int WorkerCount, string? CaseNumber, bool ListedFirst);

internal sealed class ListApplicationsHandler(ArbitrationDbContext db, AutoMapper.IConfigurationProvider mapping)
    : IRequestHandler<ListApplicationsQuery, Paged<ApplicationListItem>>
{
    public async Task<Paged<ApplicationListItem>> Handle(ListApplicationsQuery request, CancellationToken cancellationToken)
    {
        var paging = request.Paging ?? PageRequest.First;
        var size = Math.Clamp(paging.PageSize, 1, PageRequest.MaxSize);
        var applications = Filtered(request);
        var (total, exact) = await applications.CountForPageAsync(paging, cancellationToken);
        if (paging.After is { } after)
        {
            applications = After(applications, DecodeCursor(after));
        }

        // One index walk (ADR 0086): the open collective disputes first, then newest first, ties by id.
        var rows = await applications
            .OrderByDescending(a => a.ListedFirst).ThenByDescending(a => a.ReceivedAt).ThenByDescending(a => a.Id)
            .Skip(paging.ByCursor ? 0 : paging.Skip).Take(size)
            .ProjectTo<ApplicationRow>(mapping).ToListAsync(cancellationToken);
        var next = rows.Count == size ? EncodeCursor(rows[^1]) : null;
        var page = new Paged<ApplicationRow>(rows, paging.ByCursor ? 0 : paging.PageNumber, size, total, next, exact);
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

    private IQueryable<ArbitrationApplication> Filtered(ListApplicationsQuery request)
    {
        var applications = db.Applications.AsNoTracking();
        if (request.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            // A linkage number is found by its unique index; anything else is part of a name (a scan: names are not indexed for infix search).
            var search = request.Search.Trim();
            applications = LinkageNumber.IsWellFormed(search)
                ? applications.Where(a => a.LinkageNumber == search)
                : applications.Where(a => a.Applicant.Name.Contains(search) || a.Respondent.Name.Contains(search));
        }

        return applications;
    }

    /// <summary>The items after the cursor's in the list's order. "ReceivedAt &lt;= t" is implied, and stated for the index range.</summary>
    private static IQueryable<ArbitrationApplication> After(IQueryable<ArbitrationApplication> applications, (bool ListedFirst, DateTimeOffset ReceivedAt, Guid Id) last)
    {
        var (listedFirst, receivedAt, id) = last;
        return listedFirst
            ? applications.Where(a => !a.ListedFirst
                || (a.ReceivedAt <= receivedAt && (a.ReceivedAt < receivedAt || a.Id.CompareTo(id) < 0)))
            : applications.Where(a => !a.ListedFirst
                && a.ReceivedAt <= receivedAt && (a.ReceivedAt < receivedAt || a.Id.CompareTo(id) < 0));
    }

    private static string EncodeCursor(ApplicationRow last) => PageCursor.Encode(
        last.ListedFirst ? "1" : "0", last.ReceivedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), last.Id.ToString());

    private static (bool ListedFirst, DateTimeOffset ReceivedAt, Guid Id) DecodeCursor(string cursor)
    {
        var parts = PageCursor.Decode(cursor, 3);
        return parts[0] is "0" or "1"
            && long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && Guid.TryParse(parts[2], out var id)
            ? (parts[0] == "1", new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : throw RequestValidationException.For("after", PageCursor.Invalid);
    }
}

internal sealed class ListApplicationsEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications", (ApplicationStatus? status, string? q, int? pageNumber, int? pageSize, string? after, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListApplicationsQuery(status, q, PageRequest.From(pageNumber, pageSize, after)), ct));
}
