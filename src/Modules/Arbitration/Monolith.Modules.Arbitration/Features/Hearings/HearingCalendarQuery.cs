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
        var hearings = await db.Set<Hearing>().AsNoTracking()
            .Where(h => h.Status == HearingStatus.Scheduled)
            .Select(h => new { ApplicationId = EF.Property<Guid>(h, "ApplicationId"), h.Id, h.Room, h.StartsAt })
            .ToListAsync(cancellationToken);
        hearings = [.. hearings.Where(h => h.StartsAt >= from && h.StartsAt < to)];
        var ids = hearings.Select(h => h.ApplicationId).Distinct().ToList();
        var cases = await db.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.CaseNumber, a.LinkageNumber, Applicant = a.Applicant.Name, Respondent = a.Respondent.Name, a.WorkerCount, a.SimplifiedBasis })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return [.. hearings
            .OrderBy(h => h.Room, StringComparer.Ordinal).ThenBy(h => h.StartsAt)
            .Select(h =>
            {
                var c = cases[h.ApplicationId];
                return new CalendarHearing(h.ApplicationId, h.Id, h.Room, h.StartsAt, c.CaseNumber ?? string.Empty, c.LinkageNumber,
                    $"{c.Applicant} 与 {c.Respondent}", c.WorkerCount >= ArbitrationApplication.CollectiveThreshold, c.SimplifiedBasis is not null);
            })];
    }
}

internal sealed class HearingCalendarEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/hearings", (DateOnly? from, int? days, IMediator mediator, CancellationToken ct) => mediator.Send(new HearingCalendarQuery(from, days ?? 14), ct));
}
