using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Deadlines;

public sealed record ExtendDeadlineBody(string? ApprovedBy, string? Reason);

public static class DeadlineEndpoints
{
    /// <summary>Every module's deadline list and extension, under the module's own API group and policy.</summary>
    public static RouteGroupBuilder MapModuleDeadlines<TModuleDbContext>(this RouteGroupBuilder moduleApi, ModuleInfo module)
        where TModuleDbContext : ModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(module);
        moduleApi.MapGet("/deadlines", (DeadlineFilter? filter, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListDeadlinesQuery<TModuleDbContext>(filter ?? DeadlineFilter.Pending), ct));
        moduleApi.MapPost("/deadlines/{id:guid}/extension", async (Guid id, ExtendDeadlineBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ExtendDeadlineCommand(module.Name, id, body.ApprovedBy, body.Reason), ct);
            return Results.NoContent();
        });
        return moduleApi;
    }
}
