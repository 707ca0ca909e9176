using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Modules.Inspection.Features.Requests;

/// <summary>
/// The requesting agency's view of what it asked of labour inspection: its own evidence-collection requests and its
/// own violation leads, with the answers and feedback, for its module to show on its matters. Any signed-in staff
/// member may call it and sees only what the agency of their role asked (administrators and inspection officers see
/// all); the same answers also reach the requester as addressed events.
/// </summary>
internal static class RequesterView
{
    public const string Route = "/api/inspection/requested";

    /// <summary>The module whose requests the caller may see; null for all; "" for none.</summary>
    public static string? ScopeOf(ICurrentUser user, ModuleDirectory modules)
    {
        if (user.Role == PlatformRoles.Administrator || modules.ModuleOfRole(user.Role)?.Name == InspectionModule.Descriptor.Name)
        {
            return null;
        }

        return modules.ModuleOfRole(user.Role)?.Name ?? string.Empty;
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).RequireAuthorization().WithTags(InspectionModule.Descriptor.Name);
        group.MapGet("/evidence-requests", (int? page, int? pageSize, ICurrentUser user, ModuleDirectory modules, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListEvidenceRequestsQuery(false, ScopeOf(user, modules), page ?? 1, pageSize ?? 20), ct));
        group.MapGet("/leads", (int? page, int? pageSize, ICurrentUser user, ModuleDirectory modules, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListLeadsQuery(false, ScopeOf(user, modules), page ?? 1, pageSize ?? 20), ct));
    }
}
