using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection;

/// <summary>劳动保障监察. The module's only public type.</summary>
public sealed class InspectionModule : IModule
{
    public static readonly ModuleInfo Descriptor = new("Inspection", Agency.Inspection, "inspection", "劳动保障监察", [Roles.InspectionOfficer]);

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<InspectionDbContext>(Info, typeof(InspectionModule).Assembly);
        services.AddModulePages(Info);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleApi<InspectionDbContext>(Info);
}
