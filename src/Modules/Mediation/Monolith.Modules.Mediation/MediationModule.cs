using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Documents;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation;

/// <summary>调解. The module's only public type.</summary>
public sealed class MediationModule : IModule
{
    /// <summary>The module's one staff role.</summary>
    internal const string Role = "MediationOfficer";

    public static readonly ModuleInfo Descriptor = new("Mediation", "mediation", "调解", "调解组织")
    {
        LinkageCode = "TJ",
        Roles = [new(Role, "调解员")],
        Navigation =
        [
            new(Role, "调解案件", "/Mediation", "待办案件队列、办理期限和本机构的期限规则"),
            new(Role, "登记调解申请", "/Mediation/Apply", "登记直接申请或窗口引导的调解申请，生成联动编号并开始计算调解期限"),
            new(Role, "协商", "/Mediation/Negotiations", "劳动者或工会提出的协商要求、用人单位的答复期限、和解协议及其履行"),
            new(Role, "调解组织", "/Mediation/Organisations", "调解组织名册、备案和行政区划"),
            new(Role, "调解员与专家", "/Mediation/Roster", "调解员名册（资质、所属组织、接案状态）和共享专家库"),
            new(Role, "统计", "/Mediation/Statistics", "各调解组织受理、调解成功、成功率和平均办理天数，可导出"),
        ],
        DemoAccounts = [new("mediation", Role)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<MediationDbContext>(Info, typeof(MediationModule).Assembly);
        services.AddScoped<CaseFlow>();
        services.AddScoped<CaseDocuments>();
        services.AddModulePages(Info);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleApi<MediationDbContext>(Info);
}
