using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Meetings;

/// <summary>
/// The daily check of the meeting rhythm, as the module's own scheduled work that schedules its next run: tells
/// administrators, once per year, when this year's annual consultation is not scheduled by the configured date, and,
/// once per due date, when a joint meeting is due by its rhythm and none is scheduled. Each reminder is recorded under
/// its key in the same transaction, so it goes out once whatever runs twice.
/// </summary>
[ScheduledCommandName("union.check-meeting-rhythm.v1")]
internal sealed record CheckMeetingRhythmCommand : ICommand<int>, IAuditSubject
{
    public const string WorkKey = "meetings/rhythm-check";

    string IAuditSubject.AuditSubject => WorkKey;
}

internal sealed class CheckMeetingRhythmHandler(
    UnionDbContext db, MeetingNotices notices, MeetingScheduling scheduling, WorkScheduler scheduler, DeploymentClock clock, IOptions<MeetingOptions> options)
    : IRequestHandler<CheckMeetingRhythmCommand, int>
{
    public async Task<int> Handle(CheckMeetingRhythmCommand request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.UtcNow;
        var today = clock.Today;
        var sent = 0;

        var annualBy = settings.AnnualConsultationDeadline(today.Year);
        var (yearStart, yearEnd) = (scheduling.At(new DateOnly(today.Year, 1, 1), TimeOnly.MinValue), scheduling.At(new DateOnly(today.Year + 1, 1, 1), TimeOnly.MinValue));
        if (today >= annualBy
            && !await db.Meetings.AnyAsync(m => m.Kind == MeetingKind.AnnualConsultation && m.Status != MeetingStatus.Cancelled && m.StartsAt >= yearStart && m.StartsAt < yearEnd, cancellationToken)
            && await OnceAsync($"annual-consultation/{today.Year}", now, cancellationToken))
        {
            notices.Send(db, $"{today.Year}年度交流会商会尚未安排",
                $"按《共同保障劳动者合法权益工作指引》第二条每年召开交流会商会。本年度会议应于{annualBy:M月d日}前安排，目前尚未安排。",
                "/Union/Meetings", [], [PlatformRoles.Administrator]);
            sent++;
        }

        var upcoming = await db.Meetings.AnyAsync(m => m.Kind == MeetingKind.JointMeeting && m.Status != MeetingStatus.Cancelled && m.StartsAt > now, cancellationToken);
        if (!upcoming)
        {
            var last = await db.Meetings.Where(m => m.Kind == MeetingKind.JointMeeting && m.Status != MeetingStatus.Cancelled && m.StartsAt <= now)
                .OrderByDescending(m => m.StartsAt).Select(m => (DateTimeOffset?)m.StartsAt).FirstOrDefaultAsync(cancellationToken);
            DateOnly? due = last is { } held ? clock.LocalDate(held).AddMonths(settings.JointMeetingIntervalMonths) : null;
            if ((due is null || today >= due.Value.AddDays(-settings.JointMeetingLeadDays))
                && await OnceAsync(due is null ? "joint-meeting/first" : $"joint-meeting/{due:yyyy-MM-dd}", now, cancellationToken))
            {
                notices.Send(db, "政府与工会联席会议待安排",
                    due is null
                        ? "尚未召开过政府与工会联席会议，也没有已安排的联席会议。"
                        : $"按每{settings.JointMeetingIntervalMonths}个月召开一次的安排，下次联席会议应于{due:yyyy年M月d日}前召开，目前尚未安排。",
                    "/Union/Meetings", [], [PlatformRoles.Administrator]);
                sent++;
            }
        }

        ScheduleNext(db, scheduler, clock, settings, now);
        return sent;
    }

    /// <summary>The next run at the daily check time: today's if still ahead, else tomorrow's.</summary>
    public static void ScheduleNext(UnionDbContext db, WorkScheduler scheduler, DeploymentClock clock, MeetingOptions settings, DateTimeOffset now)
    {
        var today = clock.StartOfDay(clock.Today) + settings.DailyCheckAt.ToTimeSpan();
        scheduler.Schedule(db, new CheckMeetingRhythmCommand(), today > now ? today : today.AddDays(1), CheckMeetingRhythmCommand.WorkKey);
    }

    private async Task<bool> OnceAsync(string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.RhythmReminders.AnyAsync(r => r.Key == key, cancellationToken))
        {
            return false;
        }

        db.RhythmReminders.Add(new RhythmReminder { Key = key, SentAt = now });
        return true;
    }
}

/// <summary>At every start: exactly one pending daily check (a second host's start replaces the first's).</summary>
internal sealed record EnsureMeetingRhythmCheckCommand : ICommand<Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CheckMeetingRhythmCommand.WorkKey;
}

internal sealed class EnsureMeetingRhythmCheckHandler(UnionDbContext db, WorkScheduler scheduler, DeploymentClock clock, IOptions<MeetingOptions> options)
    : IRequestHandler<EnsureMeetingRhythmCheckCommand, Unit>
{
    public async Task<Unit> Handle(EnsureMeetingRhythmCheckCommand request, CancellationToken cancellationToken)
    {
        await scheduler.CancelAsync(db, CheckMeetingRhythmCommand.WorkKey, cancellationToken);
        CheckMeetingRhythmHandler.ScheduleNext(db, scheduler, clock, options.Value, clock.UtcNow);
        return Unit.Value;
    }
}

internal sealed class MeetingRhythmInitializer(IMediator mediator) : IModuleInitializer
{
    public Task InitializeAsync(CancellationToken cancellationToken) => mediator.Send(new EnsureMeetingRhythmCheckCommand(), cancellationToken);
}
