using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation;

/// <summary>调解. The module's only public type.</summary>
public sealed class MediationModule : IModule
{
    /// <summary>The module's one staff role.</summary>
    internal const string Role = "MediationOfficer";

    public static readonly ModuleInfo Descriptor = new("Mediation", "mediation", "调解", "调解组织")
    {
        LinkageCode = "TJ",
        Roles = [new(Role, "调解员")],
        Navigation =
        [
            new(Role, "调解", "/Mediation", "本机构的期限规则和待办期限"),
        ],
        DemoAccounts = [new("mediation", Role)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<MediationDbContext>(Info, typeof(MediationModule).Assembly);
        services.AddModulePages(Info);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleApi<MediationDbContext>(Info);
}
