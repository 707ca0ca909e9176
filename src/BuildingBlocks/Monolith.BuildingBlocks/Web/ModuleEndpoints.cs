using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Web;

public static class ModuleEndpoints
{
    /// <summary>
    /// The module's API group: /api/{schema}, its policy required on every endpoint, tagged for OpenAPI, with its
    /// deadlines and every <see cref="IModuleEndpoint"/> of the module.
    /// </summary>
    public static RouteGroupBuilder MapModuleApi<TModuleDbContext>(this IEndpointRouteBuilder endpoints, ModuleInfo module)
        where TModuleDbContext : ModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(module);
        var api = endpoints.MapGroup($"/api/{module.Schema}")
            .RequireAuthorization(WebServiceCollectionExtensions.ModulePolicy(module))
            .WithTags(module.Name)
            .MapModuleDeadlines<TModuleDbContext>();
        var owner = endpoints.ServiceProvider.GetRequiredService<ModuleCatalog>().Get(module.Name);
        foreach (var endpoint in endpoints.ServiceProvider.GetServices<IModuleEndpoint>().Where(e => owner.Owns(e.GetType())))
        {
            endpoint.Map(api);
        }

        return api;
    }
}
