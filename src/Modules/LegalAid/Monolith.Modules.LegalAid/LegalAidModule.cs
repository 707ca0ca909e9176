using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.AdvanceAid;
using Monolith.Modules.LegalAid.Features.Assign;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Features.Documents;
using Monolith.Modules.LegalAid.Features.Intake;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid;

/// <summary>法律援助. The module's only public type.</summary>
public sealed class LegalAidModule : IModule
{
    /// <summary>The module's one staff role.</summary>
    internal const string Role = "LegalAidReviewer";

    /// <summary>司法行政部门: decides objections to refusals (法律援助法 第四十九条).</summary>
    internal const string JusticeBureauRole = "JusticeBureau";

    public static readonly ModuleInfo Descriptor = new("LegalAid", "legalaid", "法律援助", "法律援助机构")
    {
        LinkageCode = "FY",
        Roles = [new(Role, "法律援助审查人员"), new(JusticeBureauRole, "司法行政部门（法律援助异议审查）")],
        Navigation =
        [
            new(Role, "法律援助申请", "/LegalAid", "直接申请和各机构转介的法律援助申请，待审查的排在前面，并显示审查期限"),
            new(Role, "受理申请", "/LegalAid/New", "窗口或网上提交的法律援助申请"),
            new(Role, "法律援助人员名册", "/LegalAid/Lawyers", "可指派的律师和法律援助工作人员、工作量和利益冲突登记"),
            new(Role, "统计", "/LegalAid/Statistics", "当日审查率、受理、决定、结案和回访满意度"),
            new(JusticeBureauRole, "法律援助异议", "/LegalAid?status=Refused", "对不予法律援助决定的异议，5日内审查决定"),
        ],
        DemoAccounts = [new("legalaid", Role), new("justice", JusticeBureauRole)],
        PublicLinks = [new("网上申请法律援助", "/LegalAid/Apply", "劳动者本人在线提交法律援助申请，提交后取得回执和联动编号")],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<LegalAidDbContext>(Info, typeof(LegalAidModule).Assembly);
        services.AddModulePages(Info);
        services.AddScoped<DecisionReporter>();
        services.AddScoped<Assignment>();
        services.AddScoped<DirectIntake>();
        services.AddScoped<AdvanceAidWindows>();
        services.AddScoped<ApplicationDocuments>();
        services.Configure<EligibilityPolicy>(configuration.GetSection(EligibilityPolicy.Section));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleApi<LegalAidDbContext>(Info);
}
