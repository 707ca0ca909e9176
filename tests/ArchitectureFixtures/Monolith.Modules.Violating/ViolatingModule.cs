using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Modules.Violating;

/// <summary>The fixture's legitimate public IModule implementation.</summary>
public sealed class ViolatingModule : IModule
{
    public static readonly ModuleInfo Descriptor = new("Violating", "violating", "违规示例", "违规示例机构");

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
