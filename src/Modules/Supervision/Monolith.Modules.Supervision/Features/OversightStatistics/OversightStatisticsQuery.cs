using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.OversightStatistics;

/// <summary>
/// Missed deadlines of every module by agency, by rule and by month (of the missed date, deployment time), over the
/// <see cref="Months"/> months up to and including this one, with the follow-ups (督办) still open and overdue.
/// </summary>
internal sealed record OversightStatisticsQuery(int Months = 12) : IQuery<OversightStatistics>;

internal sealed record CountRow(string Key, string Name, int Missed, int FollowedUp, int FollowUpsOverdue);

internal sealed record OversightStatistics(
    IReadOnlyList<string> MonthLabels, IReadOnlyList<CountRow> ByAgency, IReadOnlyList<CountRow> ByRule, IReadOnlyList<int> ByMonth,
    IReadOnlyDictionary<string, IReadOnlyList<int>> AgencyByMonth, int Total);

internal sealed class OversightStatisticsHandler(SupervisionDbContext db, DeploymentClock clock) : IRequestHandler<OversightStatisticsQuery, OversightStatistics>
{
    public async Task<OversightStatistics> Handle(OversightStatisticsQuery request, CancellationToken cancellationToken)
    {
        var months = Math.Clamp(request.Months, 1, 36);
        var today = clock.Today;
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-(months - 1));
        var since = clock.StartOfDay(first);
        var entries = await db.OversightEntries.AsNoTracking().Where(e => e.MissedAt >= since)
            .Select(e => new { e.Module, e.AgencyName, e.RuleId, e.RuleTitle, e.MissedAt, e.FollowedUpAt, e.FollowUpOverdueAt })
            .ToListAsync(cancellationToken);
        var labels = Enumerable.Range(0, months).Select(i => first.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        string MonthOf(DateTimeOffset at) => clock.LocalDate(at).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        CountRow Row(string key, string name, IEnumerable<dynamic> rows)
        {
            var list = rows.ToList();
            return new CountRow(key, name, list.Count, list.Count(r => r.FollowedUpAt != null), list.Count(r => r.FollowUpOverdueAt != null));
        }

        var byAgency = entries.GroupBy(e => e.Module).Select(g => Row(g.Key, g.First().AgencyName, g)).OrderByDescending(r => r.Missed).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var byRule = entries.GroupBy(e => e.RuleId).Select(g => Row(g.Key, $"{g.First().AgencyName}：{g.First().RuleTitle}", g)).OrderByDescending(r => r.Missed).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var byMonth = labels.Select(m => entries.Count(e => MonthOf(e.MissedAt) == m)).ToList();
        var agencyByMonth = byAgency.ToDictionary(
            a => a.Name, a => (IReadOnlyList<int>)[.. labels.Select(m => entries.Count(e => e.Module == a.Key && MonthOf(e.MissedAt) == m))]);
        return new OversightStatistics(labels, byAgency, byRule, byMonth, agencyByMonth, entries.Count);
    }
}

internal sealed class OversightStatisticsEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/oversight/statistics", (int? months, IMediator mediator, CancellationToken ct) => mediator.Send(new OversightStatisticsQuery(months ?? 12), ct));
}
