using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Modules.Violating;

/// <summary>
/// VIOLATION ("exactly one public IModule per module"): a second public IModule implementation. The "internal" rule
/// exempts IModule implementations, so only the exactly-one check catches this.
/// </summary>
public sealed class ShadowModule : IModule
{
    public ModuleInfo Info { get; } = new("Shadow", "shadow", "影子模块", "影子机构");

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
