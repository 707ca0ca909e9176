using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid;

/// <summary>法律援助. The module's only public type.</summary>
public sealed class LegalAidModule : IModule
{
    /// <summary>The module's one staff role.</summary>
    internal const string Role = "LegalAidReviewer";

    public static readonly ModuleInfo Descriptor = new("LegalAid", "legalaid", "法律援助", "法律援助机构")
    {
        LinkageCode = "FY",
        Roles = [new(Role, "法律援助审查人员")],
        Navigation =
        [
            new(Role, "法律援助申请", "/LegalAid", "各机构转介的法律援助申请，待审查的排在前面，并显示审查期限"),
            new(Role, "法律援助人员名册", "/LegalAid/Lawyers", "可指派的律师和法律援助工作人员"),
        ],
        DemoAccounts = [new("legalaid", Role)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<LegalAidDbContext>(Info, typeof(LegalAidModule).Assembly);
        services.AddModulePages(Info);
        services.AddScoped<DecisionReporter>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleApi<LegalAidDbContext>(Info);
}
