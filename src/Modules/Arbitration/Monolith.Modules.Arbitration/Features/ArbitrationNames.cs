using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Features;

/// <summary>Chinese names of the module's states, for pages and API responses.</summary>
internal static class ArbitrationNames
{
    public static string Status(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Registered => "已登记待受理",
        ApplicationStatus.Filed => "已立案",
        ApplicationStatus.Rejected => "不予受理",
        ApplicationStatus.Draft => "联动转来待确认",
        _ => status.ToString(),
    };

    public static string Channel(ApplicationChannel channel) => channel switch
    {
        ApplicationChannel.Direct => "直接申请",
        ApplicationChannel.Linkage => "联动机制转来",
        _ => channel.ToString(),
    };

    public static string Referral(ReferralStatus status) => status switch
    {
        ReferralStatus.AwaitingDecision => "法律援助机构审查中",
        ReferralStatus.Granted => "已给予法律援助",
        ReferralStatus.Refused => "不予法律援助",
        _ => status.ToString(),
    };
}
