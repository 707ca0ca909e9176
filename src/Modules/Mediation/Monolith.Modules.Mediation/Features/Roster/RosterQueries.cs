using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Roster;

/// <summary>The mediator roster, by organisation and name; optionally one organisation's, or the available ones. Phones are personal data: audited.</summary>
internal sealed record ListMediatorsQuery(Guid? OrganisationId = null, bool AvailableOnly = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Paged<MediatorItem>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "调解员名册";
}

internal sealed record MediatorItem(
    Guid Id, Guid OrganisationId, string OrganisationName, string Name, string Phone, MediatorQualifications Qualifications, bool Available, string? AvailabilityNote)
{
    public string QualificationNames => MediationNames.Qualifications(Qualifications);
}

internal sealed class ListMediatorsHandler(MediationDbContext db) : IRequestHandler<ListMediatorsQuery, Paged<MediatorItem>>
{
    public Task<Paged<MediatorItem>> Handle(ListMediatorsQuery request, CancellationToken cancellationToken)
    {
        var mediators = db.Mediators.AsNoTracking();
        if (request.OrganisationId is { } organisationId)
        {
            mediators = mediators.Where(m => m.OrganisationId == organisationId);
        }

        if (request.AvailableOnly)
        {
            mediators = mediators.Where(m => m.Available);
        }

        return mediators
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { m, o.Name })
            .OrderBy(x => x.Name).ThenBy(x => x.m.Name)
            .Select(x => new MediatorItem(x.m.Id, x.m.OrganisationId, x.Name, x.m.Name, x.m.Phone, x.m.Qualifications, x.m.Available, x.m.AvailabilityNote))
            .ToPagedAsync(request.Page, request.PageSize, cancellationToken);
    }
}

/// <summary>The shared expert pool, by name. Phones are personal data: audited.</summary>
internal sealed record ListExpertsQuery(bool AvailableOnly = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Paged<ExpertItem>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "专家库";
}

internal sealed record ExpertItem(Guid Id, string Name, string Field, string Affiliation, string Phone, bool Available);

internal sealed class ListExpertsHandler(MediationDbContext db) : IRequestHandler<ListExpertsQuery, Paged<ExpertItem>>
{
    public Task<Paged<ExpertItem>> Handle(ListExpertsQuery request, CancellationToken cancellationToken)
    {
        var experts = db.Experts.AsNoTracking();
        if (request.AvailableOnly)
        {
            experts = experts.Where(e => e.Available);
        }

        return experts.OrderBy(e => e.Name)
            .Select(e => new ExpertItem(e.Id, e.Name, e.Field, e.Affiliation, e.Phone, e.Available))
            .ToPagedAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal sealed class RosterQueryEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/mediators", (Guid? organisationId, bool? availableOnly, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListMediatorsQuery(organisationId, availableOnly ?? false, page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));
        api.MapGet("/experts", (bool? availableOnly, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListExpertsQuery(availableOnly ?? false, page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));
    }
}
