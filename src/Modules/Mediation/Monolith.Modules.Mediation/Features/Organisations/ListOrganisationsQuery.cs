using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Organisations;

/// <summary>The register of organisations, by name; optionally one kind, or those that can take applications now. No personal data.</summary>
internal sealed record ListOrganisationsQuery(OrganisationKind? Kind = null, bool ReceivingOnly = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Paged<OrganisationItem>>;

internal sealed record OrganisationItem(
    Guid Id,
    string Name,
    OrganisationKind Kind,
    string DivisionCode,
    string? Address,
    string? EmployerCreditCode,
    int? StaffCount,
    bool AcceptsEntrustedCases,
    bool Active,
    string? FiledWith,
    string? FilingNumber,
    DateOnly? FiledOn,
    int MediatorCount)
{
    public string KindName => Features.MediationNames.Kind(Kind);

    public string DivisionName => DivisionCodes.Name(DivisionCode);

    public bool Filed => FilingNumber is not null;

    public bool CanReceiveCases => Active && Filed;
}

internal sealed class ListOrganisationsHandler(MediationDbContext db) : IRequestHandler<ListOrganisationsQuery, Paged<OrganisationItem>>
{
    public Task<Paged<OrganisationItem>> Handle(ListOrganisationsQuery request, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (request.Kind is { } kind)
        {
            organisations = organisations.Where(o => o.Kind == kind);
        }

        if (request.ReceivingOnly)
        {
            organisations = organisations.Where(o => o.Active && o.Filing != null);
        }

        return organisations.OrderBy(o => o.Name)
            .Select(o => new OrganisationItem(
                o.Id, o.Name, o.Kind, o.DivisionCode, o.Address, o.EmployerCreditCode, o.StaffCount, o.AcceptsEntrustedCases, o.Active,
                o.Filing == null ? null : o.Filing.FiledWith,
                o.Filing == null ? null : o.Filing.FilingNumber,
                o.Filing == null ? null : o.Filing.FiledOn,
                db.Mediators.Count(m => m.OrganisationId == o.Id)))
            .ToPagedAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal sealed class ListOrganisationsEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/organisations", (OrganisationKind? kind, bool? receivingOnly, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListOrganisationsQuery(kind, receivingOnly ?? false, page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));
}
