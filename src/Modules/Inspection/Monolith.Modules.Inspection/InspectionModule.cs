using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection;

/// <summary>劳动保障监察. The module's only public type.</summary>
public sealed class InspectionModule : IModule
{
    /// <summary>The module's one staff role.</summary>
    internal const string Role = "InspectionOfficer";

    public static readonly ModuleInfo Descriptor = new("Inspection", "inspection", "劳动保障监察", "劳动保障监察机构")
    {
        LinkageCode = "JC",
        Roles = [new(Role, "劳动保障监察员")],
        Navigation =
        [
            new(Role, "劳动保障监察", "/Inspection", "本机构的期限规则和待办期限"),
        ],
        DemoAccounts = [new("inspection", Role)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<InspectionDbContext>(Info, typeof(InspectionModule).Assembly);
        services.AddModulePages(Info);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleApi<InspectionDbContext>(Info);
}
