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

namespace Monolith.Modules.Arbitration.Features.MediationLinks;

/// <summary>
/// 调解衔接, the commission's view of its links with mediation, each list newest first and paged: applications with wage
/// claims that can be entrusted, its entrusted cases with their results, drafts from failed mediations, and review
/// applications received. Names are personal data: audited.
/// </summary>
internal sealed record MediationLinksQuery(int EntrustmentsPage = 1, int DraftsPage = 1, int ReviewsPage = 1, int PageSize = MediationLinksQuery.DefaultPageSize)
    : IQuery<MediationLinks>, IPersonalDataQuery
{
    public const int DefaultPageSize = 20;

    string IPersonalDataQuery.AuditSubject => "委托调解与调解衔接";
}

internal sealed record MediationLinks(
    IReadOnlyList<EntrustableApplication> Entrustable,
    ListPage<EntrustmentRow> Entrustments,
    ListPage<DraftRow> Drafts,
    ListPage<ReviewRow> Reviews);

/// <summary>One page of a list: its rows, the page number and how many pages there are.</summary>
internal sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageCount, int Total);

internal sealed record EntrustableApplication(Guid Id, string LinkageNumber, string ApplicantName, string RespondentName, DateTimeOffset ReceivedAt, string StatusName);

internal sealed record EntrustmentRow(
    Guid Id, Guid ApplicationId, string LinkageNumber, string ApplicantName, string RespondentName, string ClaimsSummary, DateTimeOffset EntrustedAt, string EntrustedBy,
    EntrustmentStatus Status, string? OrganisationName, string? AgreementSummary, decimal? AgreedAmount, DateOnly? PerformanceDueDate, string? Reason, DateTimeOffset? ResultAt)
{
    public string StatusName => Status switch
    {
        EntrustmentStatus.AwaitingResult => "调解中，等待结果",
        EntrustmentStatus.AgreementReached => "调解成功",
        EntrustmentStatus.Failed => "调解不成",
        EntrustmentStatus.NotAccepted => "调解组织不予受理",
        _ => Status.ToString(),
    };
}

internal sealed record DraftRow(
    Guid Id, string LinkageNumber, string ApplicantName, string ApplicantIdNumber, string RespondentName, string OrganisationName, string Reason, string ClaimsSummary,
    decimal? ClaimedTotal, DateTimeOffset MediationEndedAt);

internal sealed record ReviewRow(
    Guid Id, string LinkageNumber, string WorkerName, string EmployerName, string MediatingOrganisation, string AgreementNumber, decimal? AgreedAmount,
    DateTimeOffset AgreementEffectiveAt, DateTimeOffset AppliedAt, bool AppliedInTime, AgreementReviewStatus Status)
{
    public string StatusName => ArbitrationReview.ReviewNames.Status(Status);
}

internal sealed class MediationLinksHandler(ArbitrationDbContext db) : IRequestHandler<MediationLinksQuery, MediationLinks>
{
    private static readonly ClaimType[] WageClaims = [ClaimType.UnpaidWages, ClaimType.OvertimePay];

    public async Task<MediationLinks> Handle(MediationLinksQuery request, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(request.PageSize, 1, 200);
        var entrustments = db.Set<MediationEntrustment>().AsNoTracking();
        var pending = entrustments.Where(e => e.Status == EntrustmentStatus.AwaitingResult).Select(e => e.ApplicationId);
        var entrustable = await db.Applications.AsNoTracking()
            .Where(a => a.Status != ApplicationStatus.Rejected && a.Claims.Any(c => WageClaims.Contains(c.Type)) && !pending.Contains(a.Id))
            .OrderByDescending(a => a.ReceivedAt)
            .Take(size)
            .Select(a => new { a.Id, a.LinkageNumber, ApplicantName = a.Applicant.Name, RespondentName = a.Respondent.Name, a.ReceivedAt, a.Status })
            .ToListAsync(cancellationToken);

        return new MediationLinks(
            entrustable.ConvertAll(a => new EntrustableApplication(a.Id, a.LinkageNumber, a.ApplicantName, a.RespondentName, a.ReceivedAt, ArbitrationNames.Status(a.Status))),
            await PageAsync(
                entrustments.OrderByDescending(e => e.EntrustedAt).Select(e => new EntrustmentRow(
                    e.Id, e.ApplicationId, e.LinkageNumber, e.ApplicantName, e.RespondentName, e.ClaimsSummary, e.EntrustedAt, e.EntrustedBy, e.Status, e.OrganisationName,
                    e.AgreementSummary, e.AgreedAmount, e.PerformanceDueDate, e.Reason, e.ResultAt)),
                request.EntrustmentsPage,
                size,
                cancellationToken),
            Masked(await PageAsync(
                db.Set<DraftFromMediation>().AsNoTracking().OrderByDescending(d => d.ReceivedAt).Select(d => new DraftRow(
                    d.Id, d.LinkageNumber, d.Applicant.Name, d.Applicant.ResidentIdNumber, d.Respondent.Name, d.OrganisationName, d.Reason, d.ClaimsSummary, d.ClaimedTotal,
                    d.MediationEndedAt)),
                request.DraftsPage,
                size,
                cancellationToken)),
            await PageAsync(
                db.Set<AgreementReviewApplication>().AsNoTracking().OrderByDescending(r => r.AppliedAt).Select(r => new ReviewRow(
                    r.Id, r.LinkageNumber, r.WorkerName, r.EmployerName, r.MediatingOrganisation, r.AgreementNumber, r.AgreedAmount, r.AgreementEffectiveAt, r.AppliedAt,
                    r.AppliedInTime, r.Status)),
                request.ReviewsPage,
                size,
                cancellationToken));
    }

    private static ListPage<DraftRow> Masked(ListPage<DraftRow> page) =>
        page with { Items = [.. page.Items.Select(d => d with { ApplicantIdNumber = ResidentIdNumber.Mask(d.ApplicantIdNumber) })] };

    private static async Task<ListPage<T>> PageAsync<T>(IQueryable<T> ordered, int page, int size, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + size - 1) / size);
        page = Math.Clamp(page, 1, pageCount);
        return new ListPage<T>(await ordered.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken), page, pageCount, total);
    }
}

internal sealed class MediationLinksEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/mediation-links", (int? entrustmentsPage, int? draftsPage, int? reviewsPage, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new MediationLinksQuery(entrustmentsPage ?? 1, draftsPage ?? 1, reviewsPage ?? 1), ct));
}
