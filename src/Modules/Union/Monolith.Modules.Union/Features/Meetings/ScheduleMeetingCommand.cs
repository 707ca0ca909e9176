using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Meetings;

/// <summary>
/// An administrator schedules a meeting: when, where (or online), who convenes it, which agencies and which named
/// people take part, and its agenda — which starts with the open action items of earlier meetings of the same kind,
/// then the coordination requests taken from the queue, then the items typed in (for the annual consultation, by
/// default the topics of 第二条). Everyone is invited with a calendar file, and reminded at the configured offsets.
/// </summary>
internal sealed record ScheduleMeetingCommand(
    MeetingKind? Kind,
    string? Title,
    DateOnly? Date,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    string? Place,
    string? OnlineLink,
    string? ConvenedBy,
    IReadOnlyList<string>? Agencies,
    IReadOnlyList<ParticipantInput>? Participants,
    IReadOnlyList<string>? Agenda,
    IReadOnlyList<Guid>? RequestIds) : ICommand<ScheduledMeeting>;

internal sealed record ParticipantInput(string? Agency, string? Name, string? UserName);

internal sealed record ScheduledMeeting(Guid Id, IReadOnlyList<string> Warnings) : IAuditSubject
{
    string IAuditSubject.AuditSubject => $"meeting/{Id}";
}

/// <summary>The time and place rules that scheduling and rescheduling share.</summary>
internal static class MeetingTimeRules
{
    public static void Apply<T>(AbstractValidator<T> validator, DeploymentClock clock, Func<T, DateOnly?> date, Func<T, TimeOnly?> start, Func<T, TimeOnly?> end,
        Func<T, string?> place, Func<T, string?> link)
    {
        validator.RuleFor(c => date(c)).NotNull().OverridePropertyName("date").WithName("会议日期")
            .Must(d => d is null || d >= clock.Today).WithMessage("会议日期不能早于今天。");
        validator.RuleFor(c => start(c)).NotNull().OverridePropertyName("startTime").WithName("开始时间");
        validator.RuleFor(c => end(c)).NotNull().OverridePropertyName("endTime").WithName("结束时间")
            .Must((c, e) => e is null || start(c) is null || e > start(c)).WithMessage("结束时间应晚于开始时间。");
        validator.RuleFor(c => place(c)).MaximumLength(200).OverridePropertyName("place").WithName("会议地点")
            .NotEmpty().When(c => string.IsNullOrWhiteSpace(link(c)), ApplyConditionTo.CurrentValidator).WithMessage("请填写会议地点或线上会议链接。");
        validator.RuleFor(c => link(c)).MaximumLength(300).OverridePropertyName("onlineLink").WithName("线上会议链接")
            .Must(l => Uri.TryCreate(l, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .When(c => !string.IsNullOrWhiteSpace(link(c))).WithMessage("线上会议链接应为 http(s) 网址。");
    }
}

internal sealed class ScheduleMeetingValidator : AbstractValidator<ScheduleMeetingCommand>
{
    public ScheduleMeetingValidator(DeploymentClock clock, ModuleDirectory directory)
    {
        var agencies = directory.Agencies.Select(a => a.Name).ToHashSet();
        RuleFor(c => c.Kind).NotNull().IsInEnum().WithName("会议类型");
        RuleFor(c => c.Title).MaximumLength(100).WithName("会议名称")
            .NotEmpty().When(c => c.Kind != MeetingKind.AnnualConsultation, ApplyConditionTo.CurrentValidator).WithMessage("请填写会议名称。");
        MeetingTimeRules.Apply(this, clock, c => c.Date, c => c.StartTime, c => c.EndTime, c => c.Place, c => c.OnlineLink);
        RuleFor(c => c.ConvenedBy).NotEmpty().MaximumLength(100).WithName("召集单位");
        RuleFor(c => c.Agencies).NotEmpty().WithMessage("请选择参会单位。").WithName("参会单位");
        RuleForEach(c => c.Agencies).Must(a => a is not null && agencies.Contains(a)).WithMessage("“{PropertyValue}”不是本平台的联动单位。");
        RuleForEach(c => c.Participants).ChildRules(p =>
        {
            p.RuleFor(x => x.Name).NotEmpty().MaximumLength(32).WithName("参会人员姓名");
            p.RuleFor(x => x.Agency).NotEmpty().WithName("所在单位");
            p.RuleFor(x => x.UserName).Matches("^[a-z][a-z0-9._-]{2,31}$").When(x => !string.IsNullOrEmpty(x.UserName))
                .WithMessage("账号应为3–32位小写字母、数字或 . _ -。");
        });
        RuleForEach(c => c.Participants)
            .Must((c, p) => p is null || string.IsNullOrEmpty(p.Agency) || (c.Agencies?.Contains(p.Agency) ?? false))
            .WithMessage("参会人员所在单位应为已选的参会单位。");
        RuleFor(c => c.Agenda).Must(a => a is null || a.Count <= 30).WithMessage("议程最多30项。").WithName("议程");
        RuleForEach(c => c.Agenda).NotEmpty().MaximumLength(200).WithName("议程");
    }
}

internal sealed class ScheduleMeetingHandler(
    UnionDbContext db, MeetingScheduling scheduling, MeetingNotices notices, MeetingCalendarFile calendarFile, DeploymentClock clock, ICurrentUser user)
    : IRequestHandler<ScheduleMeetingCommand, ScheduledMeeting>
{
    public async Task<ScheduledMeeting> Handle(ScheduleMeetingCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var kind = request.Kind!.Value;
        var startsAt = scheduling.At(request.Date!.Value, request.StartTime!.Value);
        var year = request.Date.Value.Year;
        if (kind == MeetingKind.AnnualConsultation)
        {
            var (from, to) = (scheduling.At(new DateOnly(year, 1, 1), TimeOnly.MinValue), scheduling.At(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue));
            if (await db.Meetings.AnyAsync(m => m.Kind == kind && m.Status != MeetingStatus.Cancelled && m.StartsAt >= from && m.StartsAt < to, cancellationToken))
            {
                throw new BusinessRuleViolationException("union.annual-consultation-exists", $"{year}年度交流会商会已经安排，每年召开一次。");
            }
        }

        var requestIds = request.RequestIds ?? [];
        var requests = await db.MeetingRequests.Where(r => requestIds.Contains(r.Id)).ToListAsync(cancellationToken);
        if (requests.Count != requestIds.Distinct().Count())
        {
            throw new NotFoundException("专题协调会申请", requestIds.Except(requests.Select(r => r.Id)).First());
        }

        var openItems = await db.ActionItems.AsNoTracking()
            .Where(i => i.MeetingKind == kind && i.Status == ActionItemStatus.Open)
            .OrderBy(i => i.DueDate)
            .ToListAsync(cancellationToken);
        var typed = request.Agenda is { Count: > 0 } agenda
            ? agenda.Select(a => a.Trim())
            : kind == MeetingKind.AnnualConsultation ? MeetingNames.AnnualConsultationTopics : [];
        var agendaItems = openItems.Select(i => ($"{i.Decision}（{i.OwnerAgencyName} {i.AssigneeName}，期限 {i.DueDate:yyyy-MM-dd}，未办结）", AgendaSource.OpenActionItem, (Guid?)i.Id))
            .Concat(requests.Select(r => (r.AgendaTitle, AgendaSource.Request, (Guid?)r.Id)))
            .Concat(typed.Select(t => (t, AgendaSource.Manual, (Guid?)null)));

        var meeting = Meeting.Schedule(
            Guid.CreateVersion7(now),
            kind,
            string.IsNullOrWhiteSpace(request.Title) ? $"{year}年度交流会商会" : request.Title.Trim(),
            startsAt,
            scheduling.At(request.Date.Value, request.EndTime!.Value),
            Blank(request.Place),
            Blank(request.OnlineLink),
            request.ConvenedBy!.Trim(),
            request.Agencies!,
            (request.Participants ?? []).Select(p => new MeetingParticipant(p.Agency!, notices.AgencyName(p.Agency!), p.Name!.Trim(), Blank(p.UserName))),
            agendaItems,
            now,
            user.UserName);
        db.Meetings.Add(meeting);
        foreach (var taken in requests)
        {
            taken.ScheduleIn(meeting.Id);
        }

        await scheduling.ScheduleRemindersAsync(db, meeting, cancellationToken);
        db.Publish(ScheduleEvent(meeting, now));
        notices.ToMeeting(
            db, meeting, $"会议通知：{meeting.Title}", $"{MeetingNames.Kind(meeting.Kind)}定于{notices.When(meeting)}在{meeting.Where}召开，召集单位：{meeting.ConvenedBy}。请将附件日历邀请导入日历。",
            calendarFile.Attachment(meeting));
        return new ScheduledMeeting(meeting.Id, await scheduling.WarningsAsync(db, meeting, cancellationToken));
    }

    public static MeetingScheduledIntegrationEvent ScheduleEvent(Meeting meeting, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, string.Empty, meeting.Id, meeting.Kind, meeting.Title, meeting.StartsAt, meeting.EndsAt, meeting.Where,
        meeting.Agencies, meeting.Sequence, meeting.Status == MeetingStatus.Cancelled);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal sealed class ScheduleMeetingEndpoint : IMeetingsEndpoint
{
    public void Map(MeetingsApi api) =>
        api.Organisers.MapPost("/meetings", async (ScheduleMeetingCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var scheduled = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/union/meetings/{scheduled.Id}", scheduled);
        });
}
