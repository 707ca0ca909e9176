using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Platform.Accounts;
using Monolith.Modules.Platform.Audit;
using Monolith.Modules.Platform.Calendar;
using Monolith.Modules.Platform.DataProtection;
using Monolith.Modules.Platform.Notifications;
using Monolith.BuildingBlocks.Notifications;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform;

/// <summary>
/// 平台管理: staff accounts, the audit log and the working-day calendar, administered by the administrator role.
/// The module's only public type.
/// </summary>
public sealed class PlatformModule : IModule
{
    public static readonly ModuleInfo Descriptor = new("Platform", "platform", "平台管理", "联动平台")
    {
        Roles = [new(PlatformRoles.Administrator, "系统管理员")],
        Navigation =
        [
            new(PlatformRoles.Administrator, "账号管理", "/Platform/Accounts", "工作人员账号与角色"),
            new(PlatformRoles.Administrator, "工作日历", "/Platform/Calendar", "国务院节假日安排与调休，期限计算的依据"),
            new(PlatformRoles.Administrator, "审计日志", "/Platform/Audit", "办理操作与个人信息查阅记录"),
        ],
        DemoAccounts = [new("admin", PlatformRoles.Administrator)],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<PlatformDbContext>(Info, typeof(PlatformModule).Assembly);
        services.AddModulePages(Info);
        SharedKeyRing.Register(services);
        services.AddScoped<AccountService>();
        services.AddScoped<SignInThrottles>();
        services.AddScoped<ISignInService>(sp => sp.GetRequiredService<AccountService>());
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddSingleton<ICalendarStore, CalendarStore>();
        services.AddSingleton<IUserInbox, UserInbox>();

        // Channels beyond the in-app inbox, each on by configuration (an SMS gateway would be one more).
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        if (configuration.GetValue<bool>($"{SmtpOptions.Section}:Enabled"))
        {
            services.AddScoped<INotificationChannel, SmtpEmailChannel>();
        }
    }

    /// <summary>/api/admin/accounts, /api/admin/audit and /api/admin/calendar for administrators; /api/calendar and /api/inbox for all staff.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(WebServiceCollectionExtensions.ModulePolicy(Info));
        AccountEndpoints.Map(admin);
        AccountEndpoints.MapPasswordChange(endpoints);
        AuditEndpoints.Map(admin);
        CalendarEndpoints.Map(endpoints, admin);
        InboxEndpoints.Map(endpoints);
    }
}
