using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.IssueOneTimeNotice;

/// <summary>一次性告知: discharge the one-time-notice deadline of a filed case.</summary>
internal sealed record IssueOneTimeNoticeCommand(
    Guid ApplicationId, string? Arbitrators, DateOnly? DefenceDueDate, DateOnly? EvidenceDueDate, DateOnly? HearingDate, TimeOnly? HearingTime, string? HearingPlace)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class IssueOneTimeNoticeValidator : AbstractValidator<IssueOneTimeNoticeCommand>
{
    public IssueOneTimeNoticeValidator(DeadlineCatalogue catalogue, WorkingDayCalendarProvider calendars, DeploymentClock clock)
    {
        RuleFor(c => c.Arbitrators).NotEmpty().MaximumLength(100).NameText().WithName("仲裁庭组成人员");
        RuleFor(c => c.DefenceDueDate).NotNull().WithName("答辩期限");
        RuleFor(c => c.EvidenceDueDate).NotNull().WithName("举证期限");
        RuleFor(c => c.HearingDate).NotNull().WithName("开庭日期");
        RuleFor(c => c.HearingTime).NotNull().WithName("开庭时间");
        RuleFor(c => c.HearingPlace).NotEmpty().MaximumLength(100).NameText().WithName("开庭地点");
        RuleFor(c => c.EvidenceDueDate).LessThan(c => c.HearingDate).When(c => c.HearingDate is not null)
            .WithMessage("举证期限应早于开庭日期。");

        // 调解仲裁法 第三十五条: the hearing notice must reach the parties at least five days before the hearing. Whether
        // those are working or calendar days is unsettled (deadlines.md §9.6); counted back, the working-day reading is
        // the earlier day, and only a notice served by it is in time under both (§9.9).
        RuleFor(c => c.HearingDate).MustAsync(async (date, cancellationToken) =>
        {
            if (date is null)
            {
                return true;
            }

            var calendar = await calendars.GetAsync(cancellationToken);
            var rule = catalogue.Entry(ArbitrationDeadlineRules.HearingNotice).Statutory;
            return clock.Today <= DeadlineCalculator.Compute(rule, date.Value, calendar).LatestSafeDate;
        }).WithMessage("开庭通知应当在开庭五日前送达当事人（按工作日倒算从严掌握），请另定开庭日期。");
    }
}

internal sealed class IssueOneTimeNoticeHandler(
    ArbitrationDbContext db, DeadlineTracker deadlines, Hearings.HearingDeadlines hearingDeadlines, DeploymentClock clock, ICurrentUser user,
    Microsoft.Extensions.Options.IOptions<ArbitrationOptions> options)
    : IRequestHandler<IssueOneTimeNoticeCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(IssueOneTimeNoticeCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Hearings).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var hearingAt = clock.StartOfDay(request.HearingDate!.Value) + request.HearingTime!.Value.ToTimeSpan();
        var room = request.HearingPlace!.Trim();
        application.IssueOneTimeNotice(new OneTimeNotice(
            request.Arbitrators!.Trim(),
            request.DefenceDueDate!.Value,
            request.EvidenceDueDate!.Value,
            hearingAt,
            request.HearingPlace!.Trim(),
            clock.UtcNow,
            user.UserName));

        // The first hearing goes into the room's calendar with the notice that announces it.
        await Hearings.HearingRules.EnsureRoomFreeAsync(db, room, hearingAt, options.Value.HearingSlot, cancellationToken);
        var hearing = application.ScheduleHearing(Guid.CreateVersion7(clock.UtcNow), hearingAt, room, clock.UtcNow);
        await hearingDeadlines.StartAsync(db, application, hearing, cancellationToken);
        await deadlines.CompleteAsync(db, application.Id, ArbitrationDeadlineRules.OneTimeNotice, cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed record IssueOneTimeNoticeBody(
    string? Arbitrators, DateOnly? DefenceDueDate, DateOnly? EvidenceDueDate, DateOnly? HearingDate, TimeOnly? HearingTime, string? HearingPlace);

internal sealed class IssueOneTimeNoticeEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications/{id:guid}/one-time-notice", async (Guid id, IssueOneTimeNoticeBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(
                new IssueOneTimeNoticeCommand(id, body.Arbitrators, body.DefenceDueDate, body.EvidenceDueDate, body.HearingDate, body.HearingTime, body.HearingPlace),
                ct);
            return TypedResults.NoContent();
        });
}
