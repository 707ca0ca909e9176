using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Meetings;

/// <summary>改期: new time and place; everyone gets the updated calendar file (same UID, next SEQUENCE) and new reminders.</summary>
internal sealed record RescheduleMeetingCommand(Guid MeetingId, DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, string? Place, string? OnlineLink)
    : ICommand<ScheduledMeeting>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"meeting/{MeetingId}";
}

internal sealed class RescheduleMeetingValidator : AbstractValidator<RescheduleMeetingCommand>
{
    public RescheduleMeetingValidator(DeploymentClock clock) =>
        MeetingTimeRules.Apply(this, clock, c => c.Date, c => c.StartTime, c => c.EndTime, c => c.Place, c => c.OnlineLink);
}

internal sealed class RescheduleMeetingHandler(UnionDbContext db, MeetingScheduling scheduling, MeetingNotices notices, MeetingCalendarFile calendarFile, DeploymentClock clock)
    : IRequestHandler<RescheduleMeetingCommand, ScheduledMeeting>
{
    public async Task<ScheduledMeeting> Handle(RescheduleMeetingCommand request, CancellationToken cancellationToken)
    {
        var meeting = await MeetingLoader.LoadAsync(db, request.MeetingId, cancellationToken);
        var now = clock.UtcNow;
        meeting.Reschedule(
            scheduling.At(request.Date!.Value, request.StartTime!.Value),
            scheduling.At(request.Date.Value, request.EndTime!.Value),
            string.IsNullOrWhiteSpace(request.Place) ? null : request.Place.Trim(),
            string.IsNullOrWhiteSpace(request.OnlineLink) ? null : request.OnlineLink.Trim(),
            now);
        await scheduling.ScheduleRemindersAsync(db, meeting, cancellationToken);
        db.Publish(ScheduleMeetingHandler.ScheduleEvent(meeting, now));
        notices.ToMeeting(
            db, meeting, $"会议改期：{meeting.Title}", $"{MeetingNames.Kind(meeting.Kind)}改于{notices.When(meeting)}在{meeting.Where}召开。请以附件更新后的日历邀请为准。",
            calendarFile.Attachment(meeting));
        return new ScheduledMeeting(meeting.Id, await scheduling.WarningsAsync(db, meeting, cancellationToken));
    }
}

/// <summary>取消: everyone gets a METHOD:CANCEL calendar file; no reminder goes out any more.</summary>
internal sealed record CancelMeetingCommand(Guid MeetingId, string? Reason) : ICommand<Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"meeting/{MeetingId}";
}

internal sealed class CancelMeetingValidator : AbstractValidator<CancelMeetingCommand>
{
    public CancelMeetingValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).WithName("取消原因");
}

internal sealed class CancelMeetingHandler(UnionDbContext db, MeetingScheduling scheduling, MeetingNotices notices, MeetingCalendarFile calendarFile, DeploymentClock clock)
    : IRequestHandler<CancelMeetingCommand, Unit>
{
    public async Task<Unit> Handle(CancelMeetingCommand request, CancellationToken cancellationToken)
    {
        var meeting = await MeetingLoader.LoadAsync(db, request.MeetingId, cancellationToken);
        var now = clock.UtcNow;
        meeting.Cancel(request.Reason!.Trim(), now);
        await scheduling.CancelRemindersAsync(db, meeting, cancellationToken);
        foreach (var taken in await db.MeetingRequests.Where(r => r.MeetingId == meeting.Id).ToListAsync(cancellationToken))
        {
            taken.ReturnToQueue();
        }

        db.Publish(ScheduleMeetingHandler.ScheduleEvent(meeting, now));
        notices.ToMeeting(
            db, meeting, $"会议取消：{meeting.Title}", $"原定于{notices.When(meeting)}召开的{MeetingNames.Kind(meeting.Kind)}取消。原因：{meeting.CancellationReason}",
            calendarFile.Attachment(meeting));
        return Unit.Value;
    }
}

internal static class MeetingLoader
{
    public static async Task<Meeting> LoadAsync(UnionDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Meetings.Include(m => m.Participants).Include(m => m.Agenda).Include(m => m.Decisions).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? throw new NotFoundException("会议", id);
}

internal sealed record RescheduleMeetingBody(DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, string? Place, string? OnlineLink);

internal sealed record CancelMeetingBody(string? Reason);

internal sealed class ChangeMeetingEndpoints : IMeetingsEndpoint
{
    public void Map(MeetingsApi api)
    {
        api.Organisers.MapPut("/meetings/{id:guid}/schedule", (Guid id, RescheduleMeetingBody body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new RescheduleMeetingCommand(id, body.Date, body.StartTime, body.EndTime, body.Place, body.OnlineLink), ct));
        api.Organisers.MapPost("/meetings/{id:guid}/cancellation", async (Guid id, CancelMeetingBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new CancelMeetingCommand(id, body.Reason), ct);
            return TypedResults.NoContent();
        });
    }
}
