using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision;

/// <summary>法律监督. The module's only public type.</summary>
public sealed class SupervisionModule : IModule
{
    /// <summary>The module's one staff role.</summary>
    internal const string Role = "SupervisionOfficer";

    public static readonly ModuleInfo Descriptor = new("Supervision", "supervision", "法律监督", "法律监督机关")
    {
        LinkageCode = "JD",
        Roles = [new(Role, "监督工作人员")],
        Navigation =
        [
            new(Role, "时效监督台账", "/Supervision", "各机构逾期未办的事项，登记督办情况"),
        ],
        DemoAccounts = [new("supervision", Role)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<SupervisionDbContext>(Info, typeof(SupervisionModule).Assembly);
        services.AddModulePages(Info);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleApi<SupervisionDbContext>(Info);
}
