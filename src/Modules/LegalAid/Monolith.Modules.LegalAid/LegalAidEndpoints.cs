using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Features.Lawyers;
using Monolith.Modules.LegalAid.Features.ListApplications;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid;

internal sealed record GrantBody(Guid? LawyerId);

internal sealed record RefuseBody(string? Reason);

/// <summary>/api/legalaid: applications (review and decision) and the lawyer roster.</summary>
internal static class LegalAidEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapModuleApi<LegalAidDbContext>(LegalAidModule.Descriptor);
        var applications = api.MapGroup("/applications");
        applications.MapGet("/", (LegalAidApplicationStatus? status, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListApplicationsQuery(status), ct));
        applications.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetApplicationQuery(id), ct));
        applications.MapPost("/{id:guid}/grant", async (Guid id, GrantBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new GrantLegalAidCommand(id, body.LawyerId), ct);
            return Results.NoContent();
        });
        applications.MapPost("/{id:guid}/refuse", async (Guid id, RefuseBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RefuseLegalAidCommand(id, body.Reason), ct);
            return Results.NoContent();
        });

        var lawyers = api.MapGroup("/lawyers");
        lawyers.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListLawyersQuery(), ct));
        lawyers.MapPost("/", async (AddLawyerCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return Results.Created($"/api/legalaid/lawyers/{id}", new { id });
        });
    }
}
