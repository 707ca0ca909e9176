using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Negotiations;

/// <summary>Negotiations, newest first, optionally in one state; identity numbers masked. Names are personal data: audited.</summary>
internal sealed record ListNegotiationsQuery(NegotiationStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Paged<NegotiationListItem>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "协商列表";
}

internal sealed record NegotiationListItem(
    Guid Id, string LinkageNumber, NegotiationRequester RequestedBy, string WorkerName, string WorkerIdNumber, string EmployerName, DateTimeOffset RequestedAt, NegotiationStatus Status)
{
    public string StatusName => MediationNames.Negotiation(Status);

    public string RequesterName => MediationNames.Requester(RequestedBy);
}

internal sealed class ListNegotiationsHandler(MediationDbContext db) : IRequestHandler<ListNegotiationsQuery, Paged<NegotiationListItem>>
{
    public async Task<Paged<NegotiationListItem>> Handle(ListNegotiationsQuery request, CancellationToken cancellationToken)
    {
        var negotiations = db.Negotiations.AsNoTracking();
        if (request.Status is { } status)
        {
            negotiations = negotiations.Where(n => n.Status == status);
        }

        var page = await negotiations.OrderByDescending(n => n.RequestedAt)
            .Select(n => new NegotiationListItem(n.Id, n.LinkageNumber, n.RequestedBy, n.Worker.Name, n.Worker.ResidentIdNumber, n.Employer.Name, n.RequestedAt, n.Status))
            .ToPagedAsync(request.Page, request.PageSize, cancellationToken);
        return page with { Items = [.. page.Items.Select(n => n with { WorkerIdNumber = ResidentIdNumber.Mask(n.WorkerIdNumber) })] };
    }
}

/// <summary>One negotiation in full, with its answer deadline. Discloses personal data: audited.</summary>
internal sealed record GetNegotiationQuery(Guid NegotiationId) : IQuery<NegotiationDetails>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => NegotiationId.ToString();
}

internal sealed record NegotiationDetails(
    Guid Id,
    string LinkageNumber,
    NegotiationRequester RequestedBy,
    string? UnionName,
    Worker Worker,
    Employer Employer,
    string Matters,
    decimal? ClaimedAmount,
    DateTimeOffset RequestedAt,
    string RegisteredBy,
    NegotiationStatus Status,
    DateTimeOffset? AnsweredAt,
    string? AnswerNote,
    SettlementAgreement? Settlement,
    DateOnly? PerformanceRecordedOn,
    string? EndNote,
    Guid? MediationCaseId,
    bool CanGoToMediation,
    IReadOnlyList<DeadlineView> Deadlines) : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;

    public string StatusName => MediationNames.Negotiation(Status);

    public string RequesterName => MediationNames.Requester(RequestedBy);
}

internal sealed class GetNegotiationHandler(MediationDbContext db, IMediator mediator) : IRequestHandler<GetNegotiationQuery, NegotiationDetails>
{
    public async Task<NegotiationDetails> Handle(GetNegotiationQuery request, CancellationToken cancellationToken)
    {
        var n = await db.Negotiations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == request.NegotiationId, cancellationToken)
            ?? throw new NotFoundException("协商", request.NegotiationId);
        var deadlines = await mediator.Send(new ListDeadlinesQuery<MediationDbContext>(DeadlineFilter.All, n.Id), cancellationToken);
        return new NegotiationDetails(
            n.Id, n.LinkageNumber, n.RequestedBy, n.UnionName, n.Worker, n.Employer, n.Matters, n.ClaimedAmount, n.RequestedAt, n.RegisteredBy, n.Status,
            n.AnsweredAt, n.AnswerNote, n.Settlement, n.PerformanceRecordedOn, n.EndNote, n.MediationCaseId, n.CanGoToMediation, deadlines);
    }
}

internal sealed class NegotiationQueryEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/negotiations", (NegotiationStatus? status, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListNegotiationsQuery(status, page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));
        api.MapGet("/negotiations/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetNegotiationQuery(id), ct));
    }
}
