using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation;

/// <summary>调解. The module's only public type.</summary>
public sealed class MediationModule : IModule
{
    public static readonly ModuleInfo Descriptor = new("Mediation", Agency.Mediation, "mediation", "调解", [Roles.Mediator]);

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<MediationDbContext>(Info, typeof(MediationModule).Assembly);
        services.AddModulePages(Info);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleApi<MediationDbContext>(Info);
}
