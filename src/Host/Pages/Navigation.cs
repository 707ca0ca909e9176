using System.Security.Claims;
using Monolith.BuildingBlocks.Identity;

namespace Monolith.Host.Pages;

/// <summary>A place a role can go, shown in the top bar and on the home page.</summary>
public sealed record NavLink(string Title, string Url, string Description);

/// <summary>What each role can do in the pages: one role per account, so one short list each.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavLink> For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return For(user.FindFirstValue(ClaimTypes.Role));
    }

    public static IReadOnlyList<NavLink> For(string? role) => role switch
    {
        Roles.ArbitrationClerk =>
        [
            new("仲裁申请", "/Arbitration", "仲裁申请列表、受理与立案期限、转介法律援助的办理情况"),
            new("登记仲裁申请", "/Arbitration/Register", "登记劳动者的仲裁申请，生成联动编号并开始计算受理期限"),
        ],
        Roles.LegalAidReviewer =>
        [
            new("法律援助申请", "/LegalAid", "各机构转介的法律援助申请，待审查的排在前面，并显示审查期限"),
            new("法律援助人员名册", "/LegalAid/Lawyers", "可指派的律师和法律援助工作人员"),
        ],
        Roles.SupervisionOfficer =>
        [
            new("时效监督台账", "/Supervision", "各机构逾期未办的事项，登记督办情况"),
        ],
        Roles.InspectionOfficer =>
        [
            new("劳动保障监察", "/Inspection", "本机构的期限规则和待办期限"),
        ],
        Roles.UnionOfficer =>
        [
            new("工会维权", "/Union", "本机构的期限规则和待办期限"),
        ],
        Roles.Mediator =>
        [
            new("调解", "/Mediation", "本机构的期限规则和待办期限"),
        ],
        Roles.WindowStaff =>
        [
            new("期限计算与工作日查询", "/Window", "按法定或本地政策期限规则计算截止日期，查询某日是否为工作日"),
        ],
        Roles.Administrator =>
        [
            new("系统管理", "/Admin", "账号、工作日历、期限规则、消息处理、审计日志和后台任务"),
            new("期限计算与工作日查询", "/Window", "按期限规则计算截止日期，查询某日是否为工作日"),
        ],
        _ => [],
    };
}
