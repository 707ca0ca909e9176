using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>An approved extension: who approved it and on which day, why, and for an extension by agreement the agreed new due date.</summary>
public sealed record ExtendDeadlineBody(string? ApprovedBy, DateOnly? ApprovedOn, string? Reason, DateOnly? AgreedDueDate);

public static class DeadlineEndpoints
{
    /// <summary>Every module's deadline list and extension, under the module's own API group and policy.</summary>
    public static RouteGroupBuilder MapModuleDeadlines<TModuleDbContext>(this RouteGroupBuilder moduleApi)
        where TModuleDbContext : ModuleDbContext
    {
        moduleApi.MapGet("/deadlines", (DeadlineFilter? filter, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListDeadlinesQuery<TModuleDbContext>(filter ?? DeadlineFilter.Pending), ct));
        moduleApi.MapPost("/deadlines/{id:guid}/extension", async (Guid id, ExtendDeadlineBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ExtendDeadlineCommand<TModuleDbContext>(id, body.ApprovedBy, body.ApprovedOn, body.Reason, body.AgreedDueDate), ct);
            return Results.NoContent();
        });
        return moduleApi;
    }

    /// <summary>
    /// /api/deadline-rules: the whole catalogue as this deployment applies it (its city's rules; a local policy's
    /// period with the cases it binds), for any staff member.
    /// </summary>
    public static IEndpointRouteBuilder MapDeadlineRules(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/deadline-rules", (DeadlineCatalogue catalogue, ModuleDirectory modules) => new
        {
            profile = catalogue.ProfileName,
            rules = modules.Modules.SelectMany(m => catalogue.EntriesOf(m.Name)).Select(e => new
            {
                e.Statutory.Id,
                e.Module,
                Agency = modules.Find(e.Module)?.AgencyName,
                e.Statutory.Title,
                e.Statutory.Trigger,
                StatutoryPeriod = e.Statutory.Period.ToString(),
                EffectivePeriod = e.Effective.Period.ToString(),
                e.Statutory.Holder,
                e.Effective.LegalBasis,
                e.Statutory.Certainty,
                Extension = e.Statutory.Extension?.Description,
                e.Overridden,
                PolicyScope = e.ScopeText,
                e.Statutory.Jurisdiction,
                e.Statutory.EffectiveFrom,
                e.Statutory.EffectiveTo,
            }),
        }).WithTags("Deadlines").RequireAuthorization();
        return endpoints;
    }
}
