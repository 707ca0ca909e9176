using Microsoft.AspNetCore.Routing;

namespace Monolith.Modules.Union.Features;

/// <summary>Union:Meetings — the reminder rhythm of meetings and their action items.</summary>
internal sealed class MeetingOptions
{
    public const string Section = "Union:Meetings";

    private static readonly TimeSpan[] DefaultOffsets = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];

    /// <summary>How long before a meeting its participants are reminded; default 7 days and 1 day.</summary>
    public TimeSpan[]? ReminderOffsets { get; set; }

    public IReadOnlyList<TimeSpan> Offsets => ReminderOffsets is { Length: > 0 } offsets ? offsets : DefaultOffsets;

    /// <summary>"MM-dd": administrators are reminded if this year's annual consultation is not scheduled by this date.</summary>
    public string AnnualConsultationBy { get; set; } = "06-30";

    /// <summary>Joint meetings are due this many months after the last one.</summary>
    public int JointMeetingIntervalMonths { get; set; } = 6;

    /// <summary>Administrators are reminded this many days before a joint meeting falls due, if none is scheduled.</summary>
    public int JointMeetingLeadDays { get; set; } = 30;

    /// <summary>How long before its due date the owning agency is reminded of an open action item.</summary>
    public TimeSpan ActionItemReminderLead { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Local time of the daily check of the meeting rhythm.</summary>
    public TimeOnly DailyCheckAt { get; set; } = new(9, 0);

    /// <summary>Right-hand side of calendar UIDs ("{meeting id}@{domain}"), and of the organiser's address.</summary>
    public string CalendarDomain { get; set; } = "weiquan.invalid";

    public DateOnly AnnualConsultationDeadline(int year)
    {
        var parts = AnnualConsultationBy.Split('-');
        return new DateOnly(year, int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>The meetings API's two audiences, both under /api/union.</summary>
internal sealed record MeetingsApi(RouteGroupBuilder Organisers, RouteGroupBuilder Staff);

/// <summary>An endpoint of the meetings API (mapped by <see cref="UnionModule.MapEndpoints"/>, not under the officer's policy).</summary>
internal interface IMeetingsEndpoint
{
    void Map(MeetingsApi api);
}
