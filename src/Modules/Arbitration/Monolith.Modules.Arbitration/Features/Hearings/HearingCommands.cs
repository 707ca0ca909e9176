using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.Hearings;

/// <summary>The hearing calendar's rules, shared by the one-time notice (which fixes the first hearing) and later hearings.</summary>
internal static class HearingRules
{
    public const string TooSoon = "开庭通知应当在开庭五日前送达当事人（按工作日倒算从严掌握），请另定开庭日期。";

    /// <summary>开庭五日前 (调解仲裁法 第三十五条), counted back and read strictly (deadlines.md §9.6, §9.9): notified today, in time?</summary>
    public static async Task<bool> NoticeInTimeAsync(DateOnly hearingDate, DeadlineCatalogue catalogue, WorkingDayCalendarProvider calendars, DeploymentClock clock, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var rule = catalogue.Entry(ArbitrationDeadlineRules.HearingNotice).Statutory;
        return clock.Today <= DeadlineCalculator.Compute(rule, hearingDate, calendar).LatestSafeDate;
    }

    /// <summary>A room holds one hearing at a time: no other scheduled hearing in it may start within the slot either side.</summary>
    public static async Task EnsureRoomFreeAsync(ArbitrationDbContext db, string room, DateTimeOffset startsAt, TimeSpan slot, CancellationToken cancellationToken)
    {
        var from = startsAt - slot;
        var to = startsAt + slot;
        var clash = await db.Set<Hearing>().AsNoTracking()
            .Where(h => h.Room == room && h.Status == HearingStatus.Scheduled)
            .Select(h => h.StartsAt)
            .ToListAsync(cancellationToken);
        if (clash.Any(at => at > from && at < to))
        {
            throw new BusinessRuleViolationException("arbitration.room-booked", $"{room}在该时段已有开庭排期，请另选时间或仲裁庭。");
        }
    }

    /// <summary>The last day to serve the hearing notice (开庭五日前), counted back: due by the later reading, safe by the earlier.</summary>
    public static DeadlineComputation NoticeLatest(DateOnly hearingDate, DeadlineCatalogue catalogue, WorkingDayCalendar calendar) =>
        DeadlineCalculator.Compute(catalogue.Entry(ArbitrationDeadlineRules.HearingNotice).Statutory, hearingDate, calendar);

    /// <summary>The last day a party may ask to postpone (开庭三日前): counted back, the later (calendar-day) reading, the party's benefit.</summary>
    public static DeadlineComputation PostponementCutoff(DateOnly hearingDate, DeadlineCatalogue catalogue, WorkingDayCalendar calendar) =>
        DeadlineCalculator.Compute(catalogue.Entry(ArbitrationDeadlineRules.PostponementRequest).Statutory, hearingDate, calendar);
}

/// <summary>排期开庭: a later hearing (after a postponement, or a continued hearing), notified today and at least five days ahead.</summary>
internal sealed record ScheduleHearingCommand(Guid ApplicationId, DateOnly? Date, TimeOnly? Time, string? Room) : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class ScheduleHearingValidator : AbstractValidator<ScheduleHearingCommand>
{
    public ScheduleHearingValidator(DeadlineCatalogue catalogue, WorkingDayCalendarProvider calendars, DeploymentClock clock)
    {
        RuleFor(c => c.Date).NotNull().WithName("开庭日期");
        RuleFor(c => c.Time).NotNull().WithName("开庭时间");
        RuleFor(c => c.Room).NotEmpty().MaximumLength(100).WithName("仲裁庭");
        RuleFor(c => c.Date).MustAsync((date, ct) => date is null ? Task.FromResult(true) : HearingRules.NoticeInTimeAsync(date.Value, catalogue, calendars, clock, ct))
            .WithMessage(HearingRules.TooSoon);
    }
}

internal sealed class ScheduleHearingHandler(ArbitrationDbContext db, HearingDeadlines deadlines, DeploymentClock clock, IOptions<ArbitrationOptions> options)
    : IRequestHandler<ScheduleHearingCommand, Guid>
{
    public async Task<Guid> Handle(ScheduleHearingCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Hearings).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var startsAt = clock.StartOfDay(request.Date!.Value) + request.Time!.Value.ToTimeSpan();
        var room = request.Room!.Trim();
        await HearingRules.EnsureRoomFreeAsync(db, room, startsAt, options.Value.HearingSlot, cancellationToken);
        var hearing = application.ScheduleHearing(Guid.CreateVersion7(clock.UtcNow), startsAt, room, clock.UtcNow);
        await deadlines.StartAsync(db, application, hearing, cancellationToken);
        return hearing.Id;
    }
}

/// <summary>
/// 延期开庭: a party's request with good cause, at least three days before the hearing (调解仲裁法 第三十五条); the
/// commission postpones the hearing and schedules another. A late request is refused (409) with the last day.
/// </summary>
internal sealed record PostponeHearingCommand(Guid ApplicationId, Guid HearingId, PartySide? RequestedBy, string? Reason, DateOnly? RequestedOn)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class PostponeHearingValidator : AbstractValidator<PostponeHearingCommand>
{
    public PostponeHearingValidator(DeploymentClock clock)
    {
        RuleFor(c => c.RequestedBy).NotNull().IsInEnum().WithName("申请人");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).WithName("延期理由");
        RuleFor(c => c.RequestedOn).NotNull().WithName("申请日期");
        RuleFor(c => c.RequestedOn).Must(d => d <= clock.Today).When(c => c.RequestedOn is not null).WithMessage("申请日期不能晚于今天。");
    }
}

internal sealed class PostponeHearingHandler(
    ArbitrationDbContext db, HearingDeadlines deadlines, DeadlineCatalogue catalogue, WorkingDayCalendarProvider calendars, DeploymentClock clock)
    : IRequestHandler<PostponeHearingCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(PostponeHearingCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Hearings).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var hearing = application.Hearings.SingleOrDefault(h => h.Id == request.HearingId) ?? throw new NotFoundException("开庭", request.HearingId);
        var calendar = await calendars.GetAsync(cancellationToken);
        var cutoff = HearingRules.PostponementCutoff(clock.LocalDate(hearing.StartsAt), catalogue, calendar);
        application.PostponeHearing(hearing.Id, request.RequestedBy!.Value, request.Reason!.Trim(), request.RequestedOn!.Value, cutoff.DueDate);
        await deadlines.PostponedAsync(db, hearing, cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// 开庭通知送达: the day the hearing notice reached the parties (送达回证). Completes the hearing's notice deadline; served
/// after its last day, the deadline stays missed (it was reported when it passed).
/// </summary>
internal sealed record RecordHearingNoticeServedCommand(Guid ApplicationId, Guid HearingId, DateOnly? ServedOn) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class RecordHearingNoticeServedValidator : AbstractValidator<RecordHearingNoticeServedCommand>
{
    public RecordHearingNoticeServedValidator(DeploymentClock clock)
    {
        RuleFor(c => c.ServedOn).NotNull().WithName("送达日期");
        RuleFor(c => c.ServedOn).Must(d => d <= clock.Today).When(c => c.ServedOn is not null).WithMessage("送达日期不能晚于今天。");
    }
}

internal sealed class RecordHearingNoticeServedHandler(ArbitrationDbContext db, HearingDeadlines deadlines, DeploymentClock clock)
    : IRequestHandler<RecordHearingNoticeServedCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordHearingNoticeServedCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Hearings).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var hearing = application.Hearings.SingleOrDefault(h => h.Id == request.HearingId) ?? throw new NotFoundException("开庭", request.HearingId);
        application.RecordHearingNoticeServed(hearing.Id, request.ServedOn!.Value, clock.LocalDate(hearing.NotifiedAt), clock.LocalDate(hearing.StartsAt));
        await deadlines.NoticeServedAsync(db, hearing, cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed record HearingNoticeServedBody(DateOnly? ServedOn);

internal sealed record ScheduleHearingBody(DateOnly? Date, TimeOnly? Time, string? Room);

internal sealed record PostponeHearingBody(PartySide? RequestedBy, string? Reason, DateOnly? RequestedOn);

internal sealed class HearingEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications/{id:guid}/hearings", async (Guid id, ScheduleHearingBody body, IMediator mediator, CancellationToken ct) =>
        {
            var hearingId = await mediator.Send(new ScheduleHearingCommand(id, body.Date, body.Time, body.Room), ct);
            return TypedResults.Created($"/api/arbitration/applications/{id}", new { id = hearingId });
        });
        api.MapPost("/applications/{id:guid}/hearings/{hearingId:guid}/postponement", async (Guid id, Guid hearingId, PostponeHearingBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new PostponeHearingCommand(id, hearingId, body.RequestedBy, body.Reason, body.RequestedOn), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/applications/{id:guid}/hearings/{hearingId:guid}/notice-served", async (Guid id, Guid hearingId, HearingNoticeServedBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordHearingNoticeServedCommand(id, hearingId, body.ServedOn), ct);
            return TypedResults.NoContent();
        });
    }
}
