using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Modules.Platform.Tests;

/// <summary>
/// Stands in for agency modules the platform module knows nothing of: it only declares two staff roles, as a module's
/// descriptor would, so accounts can be given them.
/// </summary>
public sealed class StaffRoles : IModule
{
    public ModuleInfo Info { get; } = new("Staff", "staff", "测试机构", "测试机构")
    {
        Roles = [new("ArbitrationClerk", "仲裁立案工作人员"), new("Mediator", "调解员")],
    };

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
