using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union;

/// <summary>工会. The module's only public type.</summary>
public sealed class UnionModule : IModule
{
    /// <summary>The module's one staff role.</summary>
    internal const string Role = "UnionOfficer";

    public static readonly ModuleInfo Descriptor = new("Union", "union", "工会", "工会")
    {
        LinkageCode = "GH",
        Roles = [new(Role, "工会维权工作人员")],
        Navigation =
        [
            new(Role, "工会维权", "/Union", "本机构的期限规则和待办期限"),
        ],
        DemoAccounts = [new("union", Role)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<UnionDbContext>(Info, typeof(UnionModule).Assembly);
        services.AddModulePages(Info);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleApi<UnionDbContext>(Info);
}
