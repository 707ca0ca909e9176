using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;

namespace Monolith.Modules.Union.Features;

/// <summary>Chinese names of the module's meeting states, for pages, API answers and calendar files.</summary>
internal static class MeetingNames
{
    /// <summary>The topics of the annual consultation (seed 000 第二条), its default agenda.</summary>
    public static readonly IReadOnlyList<string> AnnualConsultationTopics =
    [
        "劳动就业", "技能培训", "收入分配", "社会保障", "工作时间", "休息休假", "劳动安全卫生", "企事业单位民主管理", "女职工和未成年工特殊保护", "劳动争议处理",
    ];

    public static string Kind(MeetingKind kind) => kind switch
    {
        MeetingKind.AnnualConsultation => "交流会商会",
        MeetingKind.JointMeeting => "政府与工会联席会议",
        MeetingKind.TripartiteMeeting => "协调劳动关系三方会议",
        MeetingKind.CoordinationMeeting => "专题协调会",
        _ => kind.ToString(),
    };

    public static string Status(MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => "已安排",
        MeetingStatus.Cancelled => "已取消",
        MeetingStatus.MinutesPublished => "纪要已印发",
        _ => status.ToString(),
    };

    public static string Request(MeetingRequestStatus status) => status switch
    {
        MeetingRequestStatus.Open => "待安排",
        MeetingRequestStatus.Scheduled => "已安排会议",
        MeetingRequestStatus.Declined => "不予召开",
        _ => status.ToString(),
    };

    public static string ActionItem(ActionItemStatus status, bool missed) => status switch
    {
        ActionItemStatus.Completed => "已办结",
        _ when missed => "已逾期",
        _ => "办理中",
    };

    public static string Source(AgendaSource source) => source switch
    {
        AgendaSource.OpenActionItem => "上次会议未办结事项",
        AgendaSource.Request => "专题协调申请",
        _ => "议题",
    };
}
