using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.MediationLinks;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.ArbitrationReview;

/// <summary>
/// 仲裁审查确认 queue: applications in time awaiting review first, then the decided ones, each oldest first, with the
/// review's due date; paged, filterable by status. Names are personal data: audited.
/// </summary>
internal sealed record ListReviewsQuery(AgreementReviewStatus? Status = null, PageRequest? Paging = null)
    : IQuery<Paged<ReviewListItem>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "仲裁审查确认申请";
}

internal sealed record ReviewListItem(
    Guid Id, string LinkageNumber, string WorkerName, string EmployerName, string MediatingOrganisation, string AgreementNumber, DateTimeOffset AppliedAt,
    AgreementReviewStatus Status, DateOnly? ReviewDueDate, string? DocumentNumber, DateTimeOffset? DecidedAt) : IAuditShownItem
{
    public string StatusName => ReviewNames.Status(Status);

    string IAuditShownItem.AuditKey => LinkageNumber;
}

internal sealed class ListReviewsHandler(ArbitrationDbContext db) : IRequestHandler<ListReviewsQuery, Paged<ReviewListItem>>
{
    public async Task<Paged<ReviewListItem>> Handle(ListReviewsQuery request, CancellationToken cancellationToken)
    {
        var reviews = db.Set<AgreementReviewApplication>().AsNoTracking();
        if (request.Status is { } status)
        {
            reviews = reviews.Where(r => r.Status == status);
        }

        var rows = await reviews
            .OrderBy(r => r.Status == AgreementReviewStatus.AwaitingReview ? 0 : 1)
            .ThenBy(r => r.AppliedAt)
            .ThenBy(r => r.Id)
            .Select(r => new ReviewRow(r.Id, r.LinkageNumber, r.WorkerName, r.EmployerName, r.MediatingOrganisation, r.AgreementNumber, r.AppliedAt, r.Status, r.DocumentNumber, r.DecidedAt))
            .ToPagedAsync(request.Paging ?? PageRequest.First, cancellationToken);
        var ids = rows.Items.Select(r => r.Id).ToList();
        var due = await db.Deadlines.AsNoTracking()
            .Where(d => ids.Contains(d.SubjectId) && d.RuleId == ArbitrationDeadlineRules.ReviewDecision)
            .Select(d => new { d.SubjectId, d.DueDate })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ReviewListItem(
            r.Id, r.LinkageNumber, r.WorkerName, r.EmployerName, r.MediatingOrganisation, r.AgreementNumber, r.AppliedAt, r.Status,
            due.Where(d => d.SubjectId == r.Id).Select(d => (DateOnly?)d.DueDate).Max(), r.DocumentNumber, r.DecidedAt));
    }

    private sealed record ReviewRow(
        Guid Id, string LinkageNumber, string WorkerName, string EmployerName, string MediatingOrganisation, string AgreementNumber, DateTimeOffset AppliedAt,
        AgreementReviewStatus Status, string? DocumentNumber, DateTimeOffset? DecidedAt);
}

/// <summary>One review application with the agreement's terms, its decision and its deadlines. Audited.</summary>
internal sealed record GetReviewQuery(Guid ReviewId) : IQuery<ReviewDetails>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => ReviewId.ToString();
}

internal sealed record ReviewDetails(
    Guid Id, string LinkageNumber, string RequestingModule, string MediatingOrganisation, string AgreementNumber, string AgreementTerms, decimal? AgreedAmount,
    DateTimeOffset AgreementEffectiveAt, string WorkerName, string EmployerName, DateTimeOffset AppliedAt, bool AppliedInTime, AgreementReviewStatus Status,
    ReviewRefusalGround? RefusalGround, string? Reason, string? DocumentNumber, DateTimeOffset? DecidedAt, string? DecidedBy, IReadOnlyList<DeadlineView> Deadlines)
    : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;

    public string StatusName => ReviewNames.Status(Status);

    public string? GroundName => RefusalGround is { } g ? ReviewNames.Ground(g) : null;

    public bool AwaitingReview => Status == AgreementReviewStatus.AwaitingReview;
}

internal sealed class GetReviewHandler(ArbitrationDbContext db, IMediator mediator) : IRequestHandler<GetReviewQuery, ReviewDetails>
{
    public async Task<ReviewDetails> Handle(GetReviewQuery request, CancellationToken cancellationToken)
    {
        var r = await db.Set<AgreementReviewApplication>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == request.ReviewId, cancellationToken)
            ?? throw new NotFoundException("仲裁审查确认申请", request.ReviewId);
        var deadlines = (await mediator.Send(new ListDeadlinesQuery<ArbitrationDbContext>(DeadlineFilter.All, r.Id, new PageRequest(1, PageRequest.MaxSize)), cancellationToken)).Items;
        return new ReviewDetails(
            r.Id, r.LinkageNumber, r.RequestingModule, r.MediatingOrganisation, r.AgreementNumber, r.AgreementTerms, r.AgreedAmount, r.AgreementEffectiveAt, r.WorkerName,
            r.EmployerName, r.AppliedAt, r.AppliedInTime, r.Status, r.RefusalGround, r.Reason, r.DocumentNumber, r.DecidedAt, r.DecidedBy, deadlines);
    }
}

internal sealed class ReviewQueryEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/reviews", (AgreementReviewStatus? status, int? pageNumber, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListReviewsQuery(status, PageRequest.From(pageNumber, pageSize)), ct));
        api.MapGet("/reviews/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetReviewQuery(id), ct));
    }
}
