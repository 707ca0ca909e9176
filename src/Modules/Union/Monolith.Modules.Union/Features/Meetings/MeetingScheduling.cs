using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Meetings;

/// <summary>
/// What scheduling, moving and cancelling a meeting share: local times to instants, the participants' reminders as the
/// module's scheduled work (cancelled and set again on every change), and the warnings the calendar shows (a holiday
/// or rest day, a participant with another meeting then).
/// </summary>
internal sealed class MeetingScheduling(DeploymentClock clock, WorkScheduler scheduler, WorkingDayCalendarProvider calendars, IOptions<MeetingOptions> options)
{
    public DateTimeOffset At(DateOnly date, TimeOnly time) => clock.StartOfDay(date) + time.ToTimeSpan();

    public static string ReminderKey(Guid meetingId) => $"meeting/{meetingId}/reminders";

    /// <summary>One reminder per configured offset still ahead; those whose time has passed are not sent late.</summary>
    public async Task ScheduleRemindersAsync(UnionDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        await scheduler.CancelAsync(db, ReminderKey(meeting.Id), cancellationToken);
        if (meeting.Status != MeetingStatus.Scheduled)
        {
            return;
        }

        foreach (var offset in options.Value.Offsets.Distinct())
        {
            var at = meeting.StartsAt - offset;
            if (at > clock.UtcNow)
            {
                scheduler.Schedule(db, new SendMeetingReminderCommand(meeting.Id, meeting.Sequence, offset), at, ReminderKey(meeting.Id));
            }
        }
    }

    public Task CancelRemindersAsync(UnionDbContext db, Meeting meeting, CancellationToken cancellationToken) =>
        scheduler.CancelAsync(db, ReminderKey(meeting.Id), cancellationToken);

    /// <summary>What the organiser should know before confirming: the day's kind, and participants already in another meeting.</summary>
    public async Task<IReadOnlyList<string>> WarningsAsync(UnionDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var day = (await calendars.GetAsync(cancellationToken)).Describe(clock.LocalDate(meeting.StartsAt));
        if (!day.IsWorkingDay)
        {
            warnings.Add($"{PageText.Date(day.Date)} 是{DayText.Describe(day)}，不是工作日。");
        }

        foreach (var (other, person) in await ConflictsAsync(db, meeting, cancellationToken))
        {
            warnings.Add($"{person.Name}（{person.AgencyName}）同时段已有会议：{other.Title}（{clock.ToLocal(other.StartsAt):M月d日 HH:mm}—{clock.ToLocal(other.EndsAt):HH:mm}）。");
        }

        return warnings;
    }

    public static async Task<IReadOnlyList<(Meeting Other, MeetingParticipant Person)>> ConflictsAsync(UnionDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            return [];
        }

        var id = meeting.Id;
        var (start, end) = (meeting.StartsAt, meeting.EndsAt);
        var overlapping = await db.Meetings.AsNoTracking()
            .Where(m => m.Id != id && m.Status != MeetingStatus.Cancelled && m.StartsAt < end && start < m.EndsAt)
            .ToListAsync(cancellationToken);
        return [.. overlapping.SelectMany(other => other.SharedParticipants(meeting.Participants).Select(person => (other, person)))];
    }
}
