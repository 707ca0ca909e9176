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

/// <summary>
/// The timeliness oversight list: missed deadlines of every agency, those not yet followed up first, one page at a
/// time; optionally only the open ones, or one agency's (module code name). Audited with the linkage numbers shown.
/// </summary>
internal sealed record ListOversightEntriesQuery(bool OpenOnly = false, string? Module = null, PageRequest? Paging = null)
    : IQuery<Paged<OversightEntryView>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "逾期事项列表";
}

internal sealed record OversightEntryView : IAuditShownItem
{
    string IAuditShownItem.AuditKey => LinkageNumber;

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
    : IRequestHandler<ListOversightEntriesQuery, Paged<OversightEntryView>>
{
    public async Task<Paged<OversightEntryView>> Handle(ListOversightEntriesQuery request, CancellationToken cancellationToken)
    {
        var entries = db.OversightEntries.AsNoTracking();
        if (request.OpenOnly)
        {
            entries = entries.Where(e => e.FollowedUpAt == null);
        }

        if (!string.IsNullOrWhiteSpace(request.Module))
        {
            entries = entries.Where(e => e.Module == request.Module);
        }

        return await entries
            .OrderBy(e => e.FollowedUpAt != null)
            .ThenByDescending(e => e.MissedAt)
            .ThenBy(e => e.Id)
            .ProjectTo<OversightEntryView>(mapping)
            .ToPagedAsync(request.Paging ?? PageRequest.First, cancellationToken);
    }
}

internal sealed class ListOversightEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/oversight", (bool? openOnly, string? module, int? pageNumber, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListOversightEntriesQuery(openOnly ?? false, module, PageRequest.From(pageNumber, pageSize)), ct));
}
