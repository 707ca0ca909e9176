using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Web;

public static class ModuleEndpoints
{
    /// <summary>The module's API group: /api/{schema}, its policy required on every endpoint, tagged for OpenAPI, with its deadlines.</summary>
    public static RouteGroupBuilder MapModuleApi(this IEndpointRouteBuilder endpoints, ModuleInfo module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return endpoints.MapGroup($"/api/{module.Schema}")
            .RequireAuthorization(WebServiceCollectionExtensions.ModulePolicy(module))
            .WithTags(module.Name)
            .MapModuleDeadlines(module);
    }
}
