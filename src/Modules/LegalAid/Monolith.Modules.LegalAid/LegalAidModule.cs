using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid;

/// <summary>法律援助. The module's only public type.</summary>
public sealed class LegalAidModule : IModule
{
    public static readonly ModuleInfo Descriptor = new("LegalAid", Agency.LegalAid, "legalaid", "法律援助", [Roles.LegalAidReviewer]);

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<LegalAidDbContext>(Info, typeof(LegalAidModule).Assembly);
        services.AddModulePages(Info);
        services.AddScoped<DecisionReporter>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => LegalAidEndpoints.Map(endpoints);
}
