using Microsoft.AspNetCore.Routing;

namespace Monolith.BuildingBlocks.Web;

/// <summary>
/// The HTTP endpoint of one use case, declared in its feature file beside the command or query it sends. Found in the
/// module's own assembly and mapped under the module's API group (/api/{schema}, the module's policy, its OpenAPI tag):
/// adding a use case means adding its file, not editing a central list.
/// </summary>
public interface IModuleEndpoint
{
    void Map(RouteGroupBuilder api);
}
