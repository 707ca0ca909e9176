using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.Statistics;

/// <summary>Figures for applications received in [From, To] (local dates; both optional).</summary>
internal sealed record LegalAidStatisticsQuery(DateOnly? From = null, DateOnly? To = null) : IQuery<LegalAidStatistics>;

/// <summary>One month's figures.</summary>
/// <param name="SameDayRate">Decided on the day received ÷ decided; null when none were decided.</param>
internal sealed record MonthFigures(string Month, int Received, int Referred, int Direct, int Decided, int DecidedSameDay, int Granted, int Refused, int Withdrawn, int Closed, double? SameDayRate);

internal sealed record LegalAidStatistics(
    IReadOnlyList<MonthFigures> Months,
    MonthFigures Total,
    int AdvanceAid,
    int Objections,
    int ObjectionsUpheld,
    double? AverageDaysToAssignment,
    double? AverageSatisfaction,
    int FollowedUp);

internal sealed class LegalAidStatisticsHandler(LegalAidDbContext db, DeploymentClock clock) : IRequestHandler<LegalAidStatisticsQuery, LegalAidStatistics>
{
    public async Task<LegalAidStatistics> Handle(LegalAidStatisticsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Applications.AsNoTracking();
        if (request.From is { } from)
        {
            var start = clock.StartOfDay(from);
            query = query.Where(a => a.ReceivedAt >= start);
        }

        if (request.To is { } to)
        {
            var end = clock.EndOfDay(to);
            query = query.Where(a => a.ReceivedAt < end);
        }

        var rows = await query.Select(a => new Row(
            a.ReceivedAt, a.Channel, a.Status, a.DecidedAt, a.AdvanceAidAt, a.ObjectionReceivedAt, a.ObjectionUpheld, a.AssignedAt, a.SatisfactionScore, a.ClosedAt))
            .ToListAsync(cancellationToken);
        var months = rows.GroupBy(r => clock.LocalDate(r.ReceivedAt).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => Figures(g.Key, g.ToList()))
            .ToList();
        var decidedRows = rows.Where(r => r.AssignedAt is not null && r.DecidedAt is not null).ToList();
        var scores = rows.Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
        return new LegalAidStatistics(
            months,
            Figures("合计", rows),
            rows.Count(r => r.AdvanceAidAt is not null),
            rows.Count(r => r.ObjectionAt is not null),
            rows.Count(r => r.ObjectionUpheld == true),
            decidedRows.Count == 0 ? null : Math.Round(decidedRows.Average(r => (r.AssignedAt!.Value - r.DecidedAt!.Value).TotalDays), 1),
            scores.Count == 0 ? null : Math.Round(scores.Average(), 2),
            scores.Count);
    }

    private MonthFigures Figures(string month, IReadOnlyList<Row> rows)
    {
        var decided = rows.Where(r => r.DecidedAt is not null).ToList();
        var sameDay = decided.Count(r => clock.LocalDate(r.DecidedAt!.Value) == clock.LocalDate(r.ReceivedAt));
        return new MonthFigures(
            month,
            rows.Count,
            rows.Count(r => r.Channel == ApplicationChannel.Referred),
            rows.Count(r => r.Channel != ApplicationChannel.Referred),
            decided.Count,
            sameDay,
            rows.Count(r => r.Status is LegalAidApplicationStatus.Granted or LegalAidApplicationStatus.Closed),
            rows.Count(r => r.Status == LegalAidApplicationStatus.Refused),
            rows.Count(r => r.Status == LegalAidApplicationStatus.Withdrawn),
            rows.Count(r => r.Status == LegalAidApplicationStatus.Closed),
            decided.Count == 0 ? null : Math.Round((double)sameDay / decided.Count, 4));
    }

    private sealed record Row(
        DateTimeOffset ReceivedAt, ApplicationChannel Channel, LegalAidApplicationStatus Status, DateTimeOffset? DecidedAt, DateTimeOffset? AdvanceAidAt,
        DateTimeOffset? ObjectionAt, bool? ObjectionUpheld, DateTimeOffset? AssignedAt, int? Score, DateTimeOffset? ClosedAt);
}

internal sealed class StatisticsEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/statistics", (DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) => mediator.Send(new LegalAidStatisticsQuery(from, to), ct));
}
