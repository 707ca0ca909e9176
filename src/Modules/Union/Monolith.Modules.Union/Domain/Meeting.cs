using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Union.Contracts;

namespace Monolith.Modules.Union.Domain;

internal enum MeetingStatus
{
    Scheduled = 1,
    Cancelled = 2,
    MinutesPublished = 3,
}

internal enum AgendaSource
{
    Manual = 1,

    /// <summary>A coordination-meeting request from the queue.</summary>
    Request = 2,

    /// <summary>An action item of an earlier meeting still open.</summary>
    OpenActionItem = 3,
}

/// <summary>A participant: an agency's named person; the account name, when given, gets the reminders in the app.</summary>
internal sealed record MeetingParticipant(string AgencyModule, string AgencyName, string Name, string? UserName);

internal sealed class AgendaItem
{
    private AgendaItem()
    {
    }

    public AgendaItem(int order, string title, AgendaSource source, Guid? sourceId)
    {
        Order = order;
        Title = title;
        Source = source;
        SourceId = sourceId;
    }

    public int Id { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public AgendaSource Source { get; private set; }

    public Guid? SourceId { get; private set; }
}

/// <summary>A decision in the minutes; with an owning agency, a person and a due date it becomes an action item on publication.</summary>
internal sealed record MinutesDecision(int Order, string Text, string? OwnerModule, string? OwnerAgencyName, string? AssigneeName, DateOnly? DueDate)
{
    public bool IsActionItem => OwnerModule is not null;
}

/// <summary>
/// A meeting the union convenes: the annual consultation (交流会商会), a joint or tripartite meeting, or a special
/// coordination meeting. Administrators schedule, reschedule and cancel it; each change raises the calendar
/// SEQUENCE so calendar clients replace the event they hold. After it has begun its minutes are written; publishing
/// them turns decisions with an owner into action items.
/// </summary>
internal sealed class Meeting
{
    private readonly List<MeetingParticipant> participants = [];
    private readonly List<AgendaItem> agenda = [];
    private readonly List<MinutesDecision> decisions = [];

    private Meeting()
    {
    }

    public Guid Id { get; private set; }

    public MeetingKind Kind { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string? Place { get; private set; }

    public string? OnlineLink { get; private set; }

    public string ConvenedBy { get; private set; } = string.Empty;

    public MeetingStatus Status { get; private set; }

    /// <summary>The calendar file's SEQUENCE: 0 when scheduled, one more at each reschedule or the cancellation.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public string ScheduledBy { get; private set; } = string.Empty;

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    public string? Attendance { get; private set; }

    public string? Summary { get; private set; }

    public DateTimeOffset? MinutesSavedAt { get; private set; }

    public DateTimeOffset? MinutesPublishedAt { get; private set; }

    public string? MinutesPublishedBy { get; private set; }

    public IReadOnlyList<MeetingParticipant> Participants => participants;

    public IReadOnlyList<AgendaItem> Agenda => agenda;

    public IReadOnlyList<MinutesDecision> Decisions => decisions;

    public int Version { get; private set; }

    /// <summary>Code names of the participating agencies' modules, in the order they were given.</summary>
    public IReadOnlyList<string> Agencies { get; private set; } = [];

    public string Where => string.Join("；", new[] { Place, OnlineLink is null ? null : $"线上：{OnlineLink}" }.Where(p => p is not null));

    public static Meeting Schedule(
        Guid id, MeetingKind kind, string title, DateTimeOffset startsAt, DateTimeOffset endsAt, string? place, string? onlineLink, string convenedBy,
        IEnumerable<string> agencies, IEnumerable<MeetingParticipant> participants, IEnumerable<(string Title, AgendaSource Source, Guid? SourceId)> agenda,
        DateTimeOffset now, string scheduledBy)
    {
        EnsureTimes(startsAt, endsAt, now);
        EnsurePlace(place, onlineLink);
        var meeting = new Meeting
        {
            Id = id,
            Kind = kind,
            Title = title,
            StartsAt = startsAt,
            EndsAt = endsAt,
            Place = place,
            OnlineLink = onlineLink,
            ConvenedBy = convenedBy,
            Status = MeetingStatus.Scheduled,
            ScheduledAt = now,
            ScheduledBy = scheduledBy,
            Agencies = [.. agencies.Distinct()],
        };
        if (meeting.Agencies.Count == 0)
        {
            throw new BusinessRuleViolationException("union.meeting-no-agency", "会议至少应有一个参会单位。");
        }

        meeting.participants.AddRange(participants);
        var order = 1;
        meeting.agenda.AddRange(agenda.Select(a => new AgendaItem(order++, a.Title, a.Source, a.SourceId)));
        return meeting;
    }

    /// <summary>Moves the meeting (time and place); participants are told and their calendars updated.</summary>
    public void Reschedule(DateTimeOffset startsAt, DateTimeOffset endsAt, string? place, string? onlineLink, DateTimeOffset now)
    {
        EnsureScheduled("改期");
        EnsureTimes(startsAt, endsAt, now);
        EnsurePlace(place, onlineLink);
        StartsAt = startsAt;
        EndsAt = endsAt;
        Place = place;
        OnlineLink = onlineLink;
        Sequence++;
        Version++;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        EnsureScheduled("取消");
        if (now >= StartsAt)
        {
            throw new BusinessRuleViolationException("union.meeting-begun", "会议已经开始或已召开，不能取消。");
        }

        Status = MeetingStatus.Cancelled;
        CancelledAt = now;
        CancellationReason = reason;
        Sequence++;
        Version++;
    }

    /// <summary>Writes (or rewrites) the minutes: only once the meeting has begun, and only until they are published.</summary>
    public void SaveMinutes(string attendance, string summary, IEnumerable<MinutesDecision> newDecisions, DateOnly meetingDate, DateTimeOffset now)
    {
        EnsureScheduled("记录会议纪要");
        if (now < StartsAt)
        {
            throw new BusinessRuleViolationException("union.meeting-not-begun", "会议尚未召开，不能记录会议纪要。");
        }

        var list = newDecisions.ToList();
        if (list.Any(d => d.IsActionItem && d.DueDate < meetingDate))
        {
            throw new BusinessRuleViolationException("union.due-before-meeting", "待办事项的完成期限不能早于会议日期。");
        }

        Attendance = attendance;
        Summary = summary;
        decisions.Clear();
        decisions.AddRange(list);
        MinutesSavedAt = now;
        Version++;
    }

    /// <summary>Publishes the minutes; returns the decisions that become action items.</summary>
    public IReadOnlyList<MinutesDecision> PublishMinutes(DateTimeOffset now, string publishedBy)
    {
        EnsureScheduled("印发会议纪要");
        if (MinutesSavedAt is null)
        {
            throw new BusinessRuleViolationException("union.minutes-missing", "请先记录会议纪要，再印发。");
        }

        Status = MeetingStatus.MinutesPublished;
        MinutesPublishedAt = now;
        MinutesPublishedBy = publishedBy;
        Version++;
        return [.. decisions.Where(d => d.IsActionItem)];
    }

    /// <summary>The same person (by account, else by agency and name) in both meetings.</summary>
    public IEnumerable<MeetingParticipant> SharedParticipants(IEnumerable<MeetingParticipant> others) =>
        participants.Where(p => others.Any(o => SamePerson(p, o)));

    public bool Overlaps(DateTimeOffset startsAt, DateTimeOffset endsAt) => Status != MeetingStatus.Cancelled && StartsAt < endsAt && startsAt < EndsAt;

    public static bool SamePerson(MeetingParticipant a, MeetingParticipant b) =>
        a.UserName is { Length: > 0 } && b.UserName is { Length: > 0 }
            ? string.Equals(a.UserName, b.UserName, StringComparison.OrdinalIgnoreCase)
            : a.AgencyModule == b.AgencyModule && a.Name == b.Name;

    private void EnsureScheduled(string what)
    {
        if (Status == MeetingStatus.Cancelled)
        {
            throw new BusinessRuleViolationException("union.meeting-cancelled", $"会议已取消，不能{what}。");
        }

        if (Status == MeetingStatus.MinutesPublished)
        {
            throw new BusinessRuleViolationException("union.minutes-published", $"会议纪要已印发，不能{what}。");
        }
    }

    private static void EnsureTimes(DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now)
    {
        if (endsAt <= startsAt)
        {
            throw new BusinessRuleViolationException("union.meeting-ends-before-start", "会议结束时间应晚于开始时间。");
        }

        if (startsAt <= now)
        {
            throw new BusinessRuleViolationException("union.meeting-in-past", "会议开始时间应晚于现在。");
        }
    }

    private static void EnsurePlace(string? place, string? onlineLink)
    {
        if (string.IsNullOrWhiteSpace(place) && string.IsNullOrWhiteSpace(onlineLink))
        {
            throw new BusinessRuleViolationException("union.meeting-no-place", "请填写会议地点或线上会议链接。");
        }
    }
}
