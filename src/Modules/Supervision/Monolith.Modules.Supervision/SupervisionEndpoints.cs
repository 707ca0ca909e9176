using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Features.ListOversight;
using Monolith.Modules.Supervision.Features.RecordFollowUp;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision;

internal sealed record RecordFollowUpBody(string? Note);

/// <summary>/api/supervision: the timeliness oversight list.</summary>
internal static class SupervisionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapModuleApi<SupervisionDbContext>(SupervisionModule.Descriptor);
        api.MapGet("/oversight", (bool? openOnly, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListOversightEntriesQuery(openOnly ?? false), ct));
        api.MapPost("/oversight/{id:guid}/follow-up", async (Guid id, RecordFollowUpBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordFollowUpCommand(id, body.Note), ct);
            return Results.NoContent();
        });
    }
}
