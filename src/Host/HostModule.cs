using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Host;

/// <summary>
/// The host's own pages, described like a module so that their role, navigation and demo account come from one place:
/// the joint service window (联动维权服务窗口, an intake desk rather than an agency: no data of its own) and the
/// administrator's pages that span every module (deadline rules, parked messages, the job dashboard).
/// </summary>
internal sealed class HostModule : IModule
{
    public const string WindowStaff = "WindowStaff";

    /// <summary>Policy of the window's pages: window staff, and administrators.</summary>
    public const string JointWindowPolicy = "JointWindow";

    public static readonly ModuleInfo Descriptor = new("Host", "host", "联动维权服务窗口", "联动维权服务窗口")
    {
        Roles = [new(WindowStaff, "联动维权服务窗口工作人员")],
        Navigation =
        [
            new(WindowStaff, "期限计算与工作日查询", "/Window", "按法定或本地政策期限规则计算截止日期，查询某日是否为工作日"),
            new(PlatformRoles.Administrator, "系统管理", "/Admin", "期限规则、消息处理、后台任务，以及账号、日历和审计"),
            new(PlatformRoles.Administrator, "期限计算与工作日查询", "/Window", "按期限规则计算截止日期，查询某日是否为工作日"),
        ],
        DemoAccounts = [new("window", WindowStaff)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddAuthorizationBuilder().AddPolicy(JointWindowPolicy, p => p.RequireRole(WindowStaff, PlatformRoles.Administrator));

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
