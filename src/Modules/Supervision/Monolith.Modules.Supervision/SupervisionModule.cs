using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision;

/// <summary>法律监督. The module's only public type.</summary>
public sealed class SupervisionModule : IModule
{
    public static readonly ModuleInfo Descriptor = new("Supervision", Agency.Supervision, "supervision", "法律监督", [Roles.SupervisionOfficer]);

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<SupervisionDbContext>(Info, typeof(SupervisionModule).Assembly);
        services.AddModulePages(Info);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => SupervisionEndpoints.Map(endpoints);
}
