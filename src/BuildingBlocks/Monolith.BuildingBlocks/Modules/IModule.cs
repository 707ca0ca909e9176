using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Monolith.BuildingBlocks.Modules;

/// <summary>
/// The one public type of a module: the host lists every module explicitly and calls these two methods.
/// Everything else in a module is internal.
/// </summary>
public interface IModule
{
    ModuleInfo Info { get; }

    void Register(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
