using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration;

/// <summary>劳动人事争议仲裁. The module's only public type.</summary>
public sealed class ArbitrationModule : IModule
{
    public static readonly ModuleInfo Descriptor = new("Arbitration", Agency.Arbitration, "arbitration", "劳动人事争议仲裁", [Roles.ArbitrationClerk]);

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<ArbitrationDbContext>(Info, typeof(ArbitrationModule).Assembly);
        services.AddModulePages(Info);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ArbitrationEndpoints.Map(endpoints);
}
