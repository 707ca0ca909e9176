using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union;

/// <summary>工会. The module's only public type.</summary>
public sealed class UnionModule : IModule
{
    public static readonly ModuleInfo Descriptor = new("Union", Agency.Union, "union", "工会", [Roles.UnionOfficer]);

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<UnionDbContext>(Info, typeof(UnionModule).Assembly);
        services.AddModulePages(Info);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleApi<UnionDbContext>(Info);
}
