using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration;

/// <summary>劳动人事争议仲裁. The module's only public type.</summary>
public sealed class ArbitrationModule : IModule
{
    /// <summary>The module's one staff role.</summary>
    internal const string Role = "ArbitrationClerk";

    public static readonly ModuleInfo Descriptor = new("Arbitration", "arbitration", "劳动人事争议仲裁", "劳动人事争议仲裁院")
    {
        LinkageCode = "ZC",
        Roles = [new(Role, "仲裁立案工作人员")],
        Navigation =
        [
            new(Role, "仲裁申请", "/Arbitration", "仲裁申请列表、受理与立案期限、转介法律援助的办理情况"),
            new(Role, "登记仲裁申请", "/Arbitration/Register", "登记劳动者的仲裁申请，生成联动编号并开始计算受理期限"),
            new(Role, "开庭日历", "/Arbitration/Hearings", "各仲裁庭的开庭排期"),
            new(Role, "调解衔接", "/Arbitration/MediationLinks", "工资请求委托调解及其结果、调解不成转来的申请草稿、仲裁审查确认申请"),
            new(Role, "仲裁审查确认", "/Arbitration/Reviews", "审查调解协议：确认并制作仲裁调解书，或书面说明理由不予确认"),
        ],
        DemoAccounts = [new("arbitration", Role)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<ArbitrationDbContext>(Info, typeof(ArbitrationModule).Assembly);
        services.AddModulePages(Info);
        services.AddOptions<ArbitrationOptions>().Bind(configuration.GetSection(ArbitrationOptions.Section));
        services.AddScoped<Features.Proceedings.AwardDeadline>();
        services.AddScoped<Features.Documents.CaseDocuments>();
        services.AddScoped<Features.Hearings.HearingDeadlines>();
        services.AddScoped<Features.ArbitrationReview.ReviewDocuments>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleApi<ArbitrationDbContext>(Info);
}
