using AutoMapper.QueryableExtensions;
using AutoMapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Domain;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.ListOversight;

/// <summary>The timeliness oversight list: missed deadlines of every agency, those not yet followed up first.</summary>
internal sealed record ListOversightEntriesQuery(bool OpenOnly = false) : IQuery<IReadOnlyList<OversightEntryView>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "逾期事项列表";
}

internal sealed record OversightEntryView
{
    public Guid Id { get; init; }

    public string Module { get; init; } = string.Empty;

    public string AgencyName { get; init; } = string.Empty;

    public string LinkageNumber { get; init; } = string.Empty;

    public string RuleId { get; init; } = string.Empty;

    public string RuleTitle { get; init; } = string.Empty;

    public string LegalBasis { get; init; } = string.Empty;

    public string PolicyProfile { get; init; } = string.Empty;

    public DateOnly DueDate { get; init; }

    public DateTimeOffset MissedAt { get; init; }

    public string SubjectReference { get; init; } = string.Empty;

    public bool ProvisionalCalendar { get; init; }

    public DateTimeOffset? FollowedUpAt { get; init; }

    public string? FollowedUpBy { get; init; }

    public string? FollowUpNote { get; init; }

    public DateOnly? FollowUpDueDate { get; init; }

    public string? FollowUpResult { get; init; }

    public DateTimeOffset? FollowUpClosedAt { get; init; }

    public DateTimeOffset? FollowUpOverdueAt { get; init; }
}

internal sealed class OversightMappingProfile : Profile
{
    public OversightMappingProfile() => CreateMap<OversightEntry, OversightEntryView>();
}

internal sealed class ListOversightEntriesHandler(SupervisionDbContext db, AutoMapper.IConfigurationProvider mapping)
    : IRequestHandler<ListOversightEntriesQuery, IReadOnlyList<OversightEntryView>>
{
    public async Task<IReadOnlyList<OversightEntryView>> Handle(ListOversightEntriesQuery request, CancellationToken cancellationToken)
    {
        var entries = db.OversightEntries.AsNoTracking();
        if (request.OpenOnly)
        {
            entries = entries.Where(e => e.FollowedUpAt == null);
        }

        return await entries
            .OrderBy(e => e.FollowedUpAt != null)
            .ThenByDescending(e => e.MissedAt)
            .Take(500)
            .ProjectTo<OversightEntryView>(mapping)
            .ToListAsync(cancellationToken);
    }
}

internal sealed class ListOversightEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/oversight", (bool? openOnly, IMediator mediator, CancellationToken ct) => mediator.Send(new ListOversightEntriesQuery(openOnly ?? false), ct));
}
