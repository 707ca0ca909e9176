using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Web;

public static class ModuleEndpoints
{
    /// <summary>The module's API group: /api/{schema}, its policy required on every endpoint, tagged for OpenAPI, with its deadlines.</summary>
    public static RouteGroupBuilder MapModuleApi<TModuleDbContext>(this IEndpointRouteBuilder endpoints, ModuleInfo module)
        where TModuleDbContext : ModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(module);
        return endpoints.MapGroup($"/api/{module.Schema}")
            .RequireAuthorization(WebServiceCollectionExtensions.ModulePolicy(module))
            .WithTags(module.Name)
            .MapModuleDeadlines<TModuleDbContext>();
    }
}
