using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Features;
using Monolith.Modules.Union.Features.Meetings;
using Microsoft.AspNetCore.Http;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union;

/// <summary>工会. The module's only public type.</summary>
public sealed class UnionModule : IModule
{
    /// <summary>The module's one staff role.</summary>
    internal const string Role = "UnionOfficer";

    /// <summary>Who schedules meetings, keeps the request queue and publishes minutes: administrators.</summary>
    internal const string OrganiserPolicy = "Union:MeetingOrganisers";

    /// <summary>Every signed-in staff member, of any agency: their meetings, their agency's action items, requests.</summary>
    internal const string StaffPolicy = "Union:Staff";

    public static readonly ModuleInfo Descriptor = new("Union", "union", "工会", "工会")
    {
        LinkageCode = "GH",
        Roles = [new(Role, "工会维权工作人员")],
        Navigation =
        [
            new(Role, "工会维权", "/Union", "本机构的期限规则和待办期限"),
            new(PlatformRoles.Administrator, "会议日历", "/Union/Meetings", "交流会商会、联席会议和专题协调会的安排、申请队列、会议纪要与待办事项"),
            new(NavLink.EveryRole, "我的会议", "/Union/My/Meetings", "本人或本单位参加的会议，下载日历邀请，提请召开专题协调会"),
            new(NavLink.EveryRole, "本单位待办事项", "/Union/My/ActionItems", "会议决定由本单位承办的事项，登记办理进展和办结情况"),
        ],
        DemoAccounts = [new("union", Role)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<UnionDbContext>(Info, typeof(UnionModule).Assembly);
        services.AddOptions<MeetingOptions>().Bind(configuration.GetSection(MeetingOptions.Section));
        services.AddScoped<MeetingNotices>();
        services.AddScoped<MeetingCalendarFile>();
        services.AddScoped<MeetingScheduling>();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(OrganiserPolicy, p => p.RequireRole(PlatformRoles.Administrator));
            o.AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser());
        });

        // Not the whole area under the officer's policy (AddModulePages): every page needs a signed-in user, and
        // each folder adds its own audience on top (policies combine, so a folder can only narrow).
        services.PostConfigure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeAreaFolder(Info.Name, "/", StaffPolicy);
            o.Conventions.AuthorizeAreaPage(Info.Name, "/Index", WebServiceCollectionExtensions.ModulePolicy(Info));
            o.Conventions.AuthorizeAreaFolder(Info.Name, "/Cases", WebServiceCollectionExtensions.ModulePolicy(Info));
            o.Conventions.AuthorizeAreaFolder(Info.Name, "/Meetings", OrganiserPolicy);
        });
    }

    /// <summary>
    /// /api/union: the officer's case work (module policy), and the meetings API, whose endpoints are for organisers or
    /// for every signed-in staff member (ADR 0021).
    /// </summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleApi<UnionDbContext>(Info);
        var api = new MeetingsApi(
            endpoints.MapGroup($"/api/{Info.Schema}").RequireAuthorization(OrganiserPolicy).WithTags("Union meetings"),
            endpoints.MapGroup($"/api/{Info.Schema}").RequireAuthorization(StaffPolicy).WithTags("Union meetings"));
        foreach (var type in typeof(UnionModule).Assembly.GetTypes().Where(t => typeof(IMeetingsEndpoint).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }))
        {
            ((IMeetingsEndpoint)Activator.CreateInstance(type)!).Map(api);
        }
    }
}
