using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Features.Requests;
using Monolith.Modules.Inspection.Features.Shared;
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
            new(Role, "监察案件", "/Inspection", "投诉举报案件的办理队列：即将到期的在前，可按状态、区县和用人单位筛选"),
            new(Role, "登记投诉举报", "/Inspection/Intake", "登记投诉或举报，提示同一用人单位、同一劳动者未办结的事项"),
            new(Role, "协助请求与线索", "/Inspection/Requests", "法律援助机构和工会的调查取证协助请求、移交的案件线索及其反馈期限"),
            new(Role, "风险预警", "/Inspection/Alerts", "监督机构风险台账发出的预警：立项核查或说明理由不予立项"),
            new(Role, "监察期限", "/Inspection/Deadlines", "本机构的期限规则和待办期限，可记录经批准的延长"),
        ],
        DemoAccounts = [new("inspection", Role)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<InspectionDbContext>(Info, typeof(InspectionModule).Assembly);
        services.AddModulePages(Info, "/Requested");
        services.AddOptions<InspectionOptions>().Bind(configuration.GetSection(InspectionOptions.Section));
        services.AddScoped<DocumentNumbers>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleApi<InspectionDbContext>(Info);
        RequesterView.Map(endpoints);
    }
}
