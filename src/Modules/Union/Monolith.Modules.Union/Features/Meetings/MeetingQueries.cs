using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Meetings;

internal sealed record MeetingSummary(
    Guid Id, MeetingKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Where, MeetingStatus Status, int Sequence)
{
    public string KindName => MeetingNames.Kind(Kind);

    public string StatusName => MeetingNames.Status(Status);

    public static MeetingSummary Of(Meeting m) => new(m.Id, m.Kind, m.Title, m.StartsAt, m.EndsAt, m.Where, m.Status, m.Sequence);
}

/// <summary>The meetings starting in [From, To) (local dates), for the month calendar; cancelled ones included, marked.</summary>
internal sealed record ListMeetingsQuery(DateOnly From, DateOnly To) : IQuery<IReadOnlyList<MeetingSummary>>;

internal sealed class ListMeetingsHandler(UnionDbContext db, DeploymentClock clock) : IRequestHandler<ListMeetingsQuery, IReadOnlyList<MeetingSummary>>
{
    public async Task<IReadOnlyList<MeetingSummary>> Handle(ListMeetingsQuery request, CancellationToken cancellationToken)
    {
        var (from, to) = (clock.StartOfDay(request.From), clock.StartOfDay(request.To));
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.StartsAt >= from && m.StartsAt < to).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        return meetings.ConvertAll(MeetingSummary.Of);
    }
}

internal sealed record ActionItemView(
    Guid Id, Guid MeetingId, string MeetingTitle, string Decision, string OwnerModule, string OwnerAgencyName, string AssigneeName, DateOnly DueDate,
    ActionItemStatus Status, bool Missed, DateTimeOffset? CompletedAt, string? Outcome, IReadOnlyList<ActionItemProgress> Progress)
{
    public string StatusName => MeetingNames.ActionItem(Status, Missed);

    public static ActionItemView Of(ActionItem i) => new(
        i.Id, i.MeetingId, i.MeetingTitle, i.Decision, i.OwnerModule, i.OwnerAgencyName, i.AssigneeName, i.DueDate, i.Status, i.MissedAt is not null,
        i.CompletedAt, i.Outcome, [.. i.Progress.OrderBy(p => p.At)]);
}

internal sealed record MeetingDetails(
    MeetingSummary Meeting,
    string ConvenedBy,
    string? Place,
    string? OnlineLink,
    IReadOnlyList<string> Agencies,
    IReadOnlyList<MeetingParticipant> Participants,
    IReadOnlyList<AgendaItem> Agenda,
    string? Attendance,
    string? Summary,
    IReadOnlyList<MinutesDecision> Decisions,
    DateTimeOffset? MinutesPublishedAt,
    string? CancellationReason,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<ActionItemView> ActionItems);

/// <summary>One meeting in full, with the calendar's warnings and its action items.</summary>
internal sealed record GetMeetingQuery(Guid MeetingId) : IQuery<MeetingDetails>;

internal sealed class GetMeetingHandler(UnionDbContext db, MeetingScheduling scheduling, MeetingNotices notices) : IRequestHandler<GetMeetingQuery, MeetingDetails>
{
    public async Task<MeetingDetails> Handle(GetMeetingQuery request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Participants).Include(m => m.Agenda).Include(m => m.Decisions).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
            ?? throw new NotFoundException("会议", request.MeetingId);
        var items = await db.ActionItems.AsNoTracking().Include(i => i.Progress).Where(i => i.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var warnings = meeting.Status == MeetingStatus.Scheduled ? await scheduling.WarningsAsync(db, meeting, cancellationToken) : [];
        return new MeetingDetails(
            MeetingSummary.Of(meeting), meeting.ConvenedBy, meeting.Place, meeting.OnlineLink, [.. meeting.Agencies.Select(notices.AgencyName)],
            meeting.Participants, [.. meeting.Agenda.OrderBy(a => a.Order)], meeting.Attendance, meeting.Summary, [.. meeting.Decisions.OrderBy(d => d.Order)],
            meeting.MinutesPublishedAt, meeting.CancellationReason, warnings, [.. items.OrderBy(i => i.DueDate).Select(ActionItemView.Of)]);
    }
}

/// <summary>The meetings the signed-in user takes part in by name, or their agency does; upcoming first, then the past year.</summary>
internal sealed record MyMeetingsQuery : IQuery<IReadOnlyList<MeetingSummary>>;

internal sealed class MyMeetingsHandler(UnionDbContext db, ICurrentUser user, ModuleDirectory directory, DeploymentClock clock) : IRequestHandler<MyMeetingsQuery, IReadOnlyList<MeetingSummary>>
{
    public async Task<IReadOnlyList<MeetingSummary>> Handle(MyMeetingsQuery request, CancellationToken cancellationToken)
    {
        var since = clock.UtcNow.AddYears(-1);
        var module = directory.ModuleOfRole(user.Role)?.Name;
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Participants).Where(m => m.StartsAt >= since).ToListAsync(cancellationToken);
        var now = clock.UtcNow;
        return [.. meetings
            .Where(m => m.Participants.Any(p => p.UserName == user.UserName) || (module is not null && m.Agencies.Contains(module)) || m.ScheduledBy == user.UserName)
            .OrderBy(m => m.EndsAt < now).ThenBy(m => m.EndsAt < now ? -m.StartsAt.UtcTicks : m.StartsAt.UtcTicks)
            .Select(MeetingSummary.Of)];
    }
}

internal sealed record MeetingRequestView(
    Guid Id, string RequestingAgency, string Subject, string Reason, IReadOnlyList<string> LinkedMatters, string RequestedBy, DateTimeOffset RequestedAt,
    MeetingRequestStatus Status, Guid? MeetingId, string? DeclineReason)
{
    public string StatusName => MeetingNames.Request(Status);
}

/// <summary>The administrators' queue of coordination-meeting requests: open ones first, oldest first.</summary>
internal sealed record ListMeetingRequestsQuery(bool OpenOnly = false) : IQuery<IReadOnlyList<MeetingRequestView>>;

internal sealed class ListMeetingRequestsHandler(UnionDbContext db) : IRequestHandler<ListMeetingRequestsQuery, IReadOnlyList<MeetingRequestView>>
{
    public async Task<IReadOnlyList<MeetingRequestView>> Handle(ListMeetingRequestsQuery request, CancellationToken cancellationToken)
    {
        var requests = await db.MeetingRequests.AsNoTracking()
            .Where(r => !request.OpenOnly || r.Status == MeetingRequestStatus.Open)
            .OrderBy(r => r.Status).ThenBy(r => r.RequestedAt).Take(200).ToListAsync(cancellationToken);
        return requests.ConvertAll(r => new MeetingRequestView(r.Id, r.RequestingAgency, r.Subject, r.Reason, r.LinkedMatters, r.RequestedBy, r.RequestedAt, r.Status, r.MeetingId, r.DeclineReason));
    }
}

/// <summary>
/// Action items: the signed-in user's agency's (or, for an administrator, every agency's), open ones first by due
/// date; <see cref="OpenOnly"/> to leave out the completed.
/// </summary>
internal sealed record ListActionItemsQuery(bool OpenOnly = false) : IQuery<IReadOnlyList<ActionItemView>>;

internal sealed class ListActionItemsHandler(UnionDbContext db, ICurrentUser user, ModuleDirectory directory) : IRequestHandler<ListActionItemsQuery, IReadOnlyList<ActionItemView>>
{
    public async Task<IReadOnlyList<ActionItemView>> Handle(ListActionItemsQuery request, CancellationToken cancellationToken)
    {
        var items = db.ActionItems.AsNoTracking().Include(i => i.Progress).AsQueryable();
        if (user.Role != PlatformRoles.Administrator)
        {
            var module = directory.ModuleOfRole(user.Role)?.Name ?? string.Empty;
            items = items.Where(i => i.OwnerModule == module);
        }

        if (request.OpenOnly)
        {
            items = items.Where(i => i.Status == ActionItemStatus.Open);
        }

        var list = await items.OrderBy(i => i.Status).ThenBy(i => i.DueDate).Take(500).ToListAsync(cancellationToken);
        return list.ConvertAll(ActionItemView.Of);
    }
}

/// <summary>The meeting's current calendar file: an invitation (or update) while it stands, a cancellation once cancelled.</summary>
internal sealed record GetInvitationQuery(Guid MeetingId) : IQuery<(string FileName, string Content)>;

internal sealed class GetInvitationHandler(UnionDbContext db, MeetingCalendarFile calendarFile) : IRequestHandler<GetInvitationQuery, (string FileName, string Content)>
{
    public async Task<(string FileName, string Content)> Handle(GetInvitationQuery request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Agenda)
            .SingleOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
            ?? throw new NotFoundException("会议", request.MeetingId);
        return (MeetingCalendarFile.FileName(meeting), calendarFile.Write(meeting));
    }
}

internal sealed class MeetingQueryEndpoints : IMeetingsEndpoint
{
    public void Map(MeetingsApi api)
    {
        api.Organisers.MapGet("/meetings", (DateOnly? from, DateOnly? to, IMediator mediator, DeploymentClock clock, CancellationToken ct) =>
        {
            var start = from ?? new DateOnly(clock.Today.Year, clock.Today.Month, 1);
            return mediator.Send(new ListMeetingsQuery(start, to ?? start.AddMonths(1)), ct);
        });
        api.Organisers.MapGet("/meetings/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetMeetingQuery(id), ct));
        api.Organisers.MapGet("/meeting-requests", (bool? open, IMediator mediator, CancellationToken ct) => mediator.Send(new ListMeetingRequestsQuery(open ?? false), ct));
        api.Staff.MapGet("/my/meetings", (IMediator mediator, CancellationToken ct) => mediator.Send(new MyMeetingsQuery(), ct));
        api.Staff.MapGet("/my/action-items", (bool? open, IMediator mediator, CancellationToken ct) => mediator.Send(new ListActionItemsQuery(open ?? false), ct));
        api.Staff.MapGet("/meetings/{id:guid}/invitation.ics", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            var (fileName, content) = await mediator.Send(new GetInvitationQuery(id), ct);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(content), MeetingCalendarFile.ContentType, fileName);
        }).Produces(StatusCodes.Status200OK, contentType: MeetingCalendarFile.ContentType);
    }
}
