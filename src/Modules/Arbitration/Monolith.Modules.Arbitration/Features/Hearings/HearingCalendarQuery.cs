using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.Hearings;

/// <summary>开庭日历: the scheduled hearings of every room from <see cref="From"/> for <see cref="Days"/> days, per room and time.</summary>
internal sealed record HearingCalendarQuery(DateOnly? From, int Days = 14) : IQuery<IReadOnlyList<CalendarHearing>>;

internal sealed record CalendarHearing(
    Guid ApplicationId, Guid HearingId, string Room, DateTimeOffset StartsAt, string CaseNumber, string LinkageNumber, string Parties, bool IsCollective, bool Simplified);

internal sealed class HearingCalendarHandler(ArbitrationDbContext db, DeploymentClock clock) : IRequestHandler<HearingCalendarQuery, IReadOnlyList<CalendarHearing>>
{
    public async Task<IReadOnlyList<CalendarHearing>> Handle(HearingCalendarQuery request, CancellationToken cancellationToken)
    {
        var from = clock.StartOfDay(request.From ?? clock.Today);
        var to = from.AddDays(Math.Clamp(request.Days, 1, 62));
        var rows = await db.Applications.AsNoTracking()
            .SelectMany(a => a.Hearings.Select(h => new { a, h }))
            .Where(x => x.h.Status == HearingStatus.Scheduled)
            .Select(x => new { x.a.Id, HearingId = x.h.Id, x.h.Room, x.h.StartsAt, x.a.CaseNumber, x.a.LinkageNumber, Applicant = x.a.Applicant.Name, Respondent = x.a.Respondent.Name, x.a.WorkerCount, x.a.SimplifiedBasis })
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.StartsAt >= from && r.StartsAt < to)
            .OrderBy(r => r.Room, StringComparer.Ordinal).ThenBy(r => r.StartsAt)
            .Select(r => new CalendarHearing(r.Id, r.HearingId, r.Room, r.StartsAt, r.CaseNumber ?? string.Empty, r.LinkageNumber,
                $"{r.Applicant} 与 {r.Respondent}", r.WorkerCount >= ArbitrationApplication.CollectiveThreshold, r.SimplifiedBasis is not null))];
    }
}

internal sealed class HearingCalendarEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/hearings", (DateOnly? from, int? days, IMediator mediator, CancellationToken ct) => mediator.Send(new HearingCalendarQuery(from, days ?? 14), ct));
}
