using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Features.Letters;
using Monolith.Modules.Supervision.Features.Risk;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision;

/// <summary>法律监督. The module's only public type.</summary>
public sealed class SupervisionModule : IModule
{
    /// <summary>The module's one staff role.</summary>
    internal const string Role = "SupervisionOfficer";

    /// <summary>Who sets the risk rules (weights, thresholds, key periods): administrators.</summary>
    internal const string AdministratorPolicy = "Supervision:Administrators";

    /// <summary>Any signed-in user; each page folder narrows it (policies combine).</summary>
    internal const string SignedInPolicy = "Supervision:SignedIn";

    public static readonly ModuleInfo Descriptor = new("Supervision", "supervision", "法律监督", "法律监督机关")
    {
        LinkageCode = "JD",
        Roles = [new(Role, "监督工作人员")],
        Navigation =
        [
            new(Role, "时效监督台账", "/Supervision", "各机构逾期未办的事项，登记督办情况"),
            new(Role, "逾期统计", "/Supervision/Oversight/Statistics", "按机构、期限规则和月份统计逾期事项，趋势图"),
            new(Role, "监督文书台账", "/Supervision/Letters", "一函两书、检察建议、司法建议、仲裁建议等文书的回复、整改与升级"),
            new(Role, "检察监督", "/Supervision/Procuratorate", "支持起诉申请、检察建议书和提请处理的事项"),
            new(Role, "风险台账", "/Supervision/Risk", "用人单位风险分、等级、预警、图表、导入与导出"),
            new(PlatformRoles.Administrator, "风险预警规则", "/Supervision/Admin/RiskRules", "风险指标权重、分级阈值和重点时段"),
        ],
        DemoAccounts = [new("supervision", Role)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<SupervisionDbContext>(Info, typeof(SupervisionModule).Assembly);
        services.AddScoped<LetterLedger>();
        services.AddScoped<LetterDocuments>();
        services.AddScoped<RiskAssessor>();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(AdministratorPolicy, p => p.RequireRole(PlatformRoles.Administrator));
            o.AddPolicy(SignedInPolicy, p => p.RequireAuthenticatedUser());
        });

        // Not the whole area under the officer's policy (AddModulePages): the risk rules are the administrators'.
        // Every page needs a signed-in user, and each folder adds its audience (policies combine, so a folder only narrows).
        services.PostConfigure<RazorPagesOptions>(o =>
        {
            var officers = WebServiceCollectionExtensions.ModulePolicy(Info);
            o.Conventions.AuthorizeAreaFolder(Info.Name, "/", SignedInPolicy);
            o.Conventions.AuthorizeAreaPage(Info.Name, "/Index", officers);
            o.Conventions.AuthorizeAreaPage(Info.Name, "/Procuratorate", officers);
            o.Conventions.AuthorizeAreaFolder(Info.Name, "/Letters", officers);
            o.Conventions.AuthorizeAreaFolder(Info.Name, "/Oversight", officers);
            o.Conventions.AuthorizeAreaFolder(Info.Name, "/Risk", officers);
            o.Conventions.AuthorizeAreaFolder(Info.Name, "/Admin", AdministratorPolicy);
        });
    }

    /// <summary>/api/supervision: the officers' endpoints (module policy) and the risk rules (administrators).</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleApi<SupervisionDbContext>(Info);
        RiskSettingsEndpoints.Map(endpoints.MapGroup($"/api/{Info.Schema}").RequireAuthorization(AdministratorPolicy).WithTags("Supervision risk rules"));
    }
}
