using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Meetings;

/// <summary>
/// 会前提醒, run by the scheduled-work engine at its time (once: its row is marked done in this transaction). Re-checks
/// the meeting: cancelled, moved since (another sequence), or already begun means no reminder.
/// </summary>
[ScheduledCommandName("union.send-meeting-reminder.v1")]
internal sealed record SendMeetingReminderCommand(Guid MeetingId, int Sequence, TimeSpan Offset) : ICommand<bool>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"meeting/{MeetingId}";
}

internal sealed class SendMeetingReminderHandler(UnionDbContext db, MeetingNotices notices, DeploymentClock clock) : IRequestHandler<SendMeetingReminderCommand, bool>
{
    public async Task<bool> Handle(SendMeetingReminderCommand request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Participants).SingleOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken);
        if (meeting is null || meeting.Status != MeetingStatus.Scheduled || meeting.Sequence != request.Sequence || clock.UtcNow >= meeting.StartsAt)
        {
            return false;
        }

        var ahead = request.Offset.TotalDays >= 1 ? $"{request.Offset.TotalDays:0}天后" : $"{request.Offset.TotalHours:0}小时后";
        notices.ToMeeting(db, meeting, $"会议提醒：{meeting.Title}", $"{MeetingNames.Kind(meeting.Kind)}将于{ahead}（{notices.When(meeting)}）在{meeting.Where}召开，召集单位：{meeting.ConvenedBy}。");
        return true;
    }
}
