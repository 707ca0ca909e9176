using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Contracts;
using Monolith.Modules.Supervision.Domain.Risk;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.Risk;

internal sealed record RiskLedgerRow(
    Guid Id, string EmployerKey, string EmployerName, string? Industry, string? DistrictCode, decimal Score, RiskLevel? Level, string LevelName, string RulesFired,
    DateTimeOffset AssessedAt, RiskLevel? LastAlertLevel, DateTimeOffset? LastAlertAt);

internal sealed record GroupRow(string Key, int Employers, int Red, int Orange, int Yellow, int Blue, decimal TotalScore);

internal sealed record RiskLedger(
    IReadOnlyList<RiskLedgerRow> Employers, int Total, int Page, int PageSize, IReadOnlyList<GroupRow> ByDistrict, IReadOnlyList<GroupRow> ByIndustry,
    IReadOnlyList<string> MonthLabels, IReadOnlyDictionary<string, IReadOnlyList<int>> IndicatorsByMonth);

/// <summary>
/// 风险台账: employers by level (most urgent first, then score), filtered by level, district, industry or name; the
/// districts and industries with their employers per level; indicators per month of the last 12 months by kind.
/// </summary>
internal sealed record RiskLedgerQuery(RiskLevel? Level = null, string? District = null, string? Industry = null, string? Employer = null, int Page = 1) : IQuery<RiskLedger>
{
    public const int PageSize = 20;
}

internal sealed class RiskLedgerHandler(SupervisionDbContext db, DeploymentClock clock) : IRequestHandler<RiskLedgerQuery, RiskLedger>
{
    public async Task<RiskLedger> Handle(RiskLedgerQuery request, CancellationToken cancellationToken)
    {
        var all = await db.RiskAssessments.AsNoTracking().ToListAsync(cancellationToken);
        var filtered = all.Where(a =>
            (request.Level is null || a.Level == request.Level)
            && (string.IsNullOrWhiteSpace(request.District) || a.DistrictCode == request.District)
            && (string.IsNullOrWhiteSpace(request.Industry) || a.Industry == request.Industry)
            && (string.IsNullOrWhiteSpace(request.Employer) || a.EmployerName.Contains(request.Employer.Trim(), StringComparison.Ordinal) || a.EmployerKey == request.Employer.Trim()))
            .OrderBy(a => a.Level ?? (RiskLevel)99).ThenByDescending(a => a.Score).ThenBy(a => a.EmployerKey, StringComparer.Ordinal)
            .ToList();
        var page = Math.Max(1, request.Page);
        var rows = filtered.Skip((page - 1) * RiskLedgerQuery.PageSize).Take(RiskLedgerQuery.PageSize).Select(Row).ToList();

        var today = clock.Today;
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var indicators = await db.RiskIndicators.AsNoTracking().Where(i => i.OccurredOn >= first).Select(i => new { i.Kind, i.OccurredOn }).ToListAsync(cancellationToken);
        var labels = Enumerable.Range(0, 12).Select(i => first.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        var byMonth = Enum.GetValues<RiskIndicatorKind>().ToDictionary(
            k => RiskIndicator.KindName(k),
            k => (IReadOnlyList<int>)[.. labels.Select(m => indicators.Count(i => i.Kind == k && i.OccurredOn.ToString("yyyy-MM", CultureInfo.InvariantCulture) == m))]);

        return new RiskLedger(rows, filtered.Count, page, RiskLedgerQuery.PageSize, Group(all, a => a.DistrictCode), Group(all, a => a.Industry), labels, byMonth);
    }

    public static RiskLedgerRow Row(RiskAssessment a) => new(
        a.Id, a.EmployerKey, a.EmployerName, a.Industry, a.DistrictCode, a.Score, a.Level, RiskScoring.LevelName(a.Level), a.RulesFired, a.AssessedAt, a.LastAlertLevel, a.LastAlertAt);

    private static List<GroupRow> Group(IEnumerable<RiskAssessment> all, Func<RiskAssessment, string?> key) =>
        [.. all.GroupBy(a => key(a) ?? "未登记")
            .Select(g => new GroupRow(g.Key, g.Count(), g.Count(a => a.Level == RiskLevel.Red), g.Count(a => a.Level == RiskLevel.Orange),
                g.Count(a => a.Level == RiskLevel.Yellow), g.Count(a => a.Level == RiskLevel.Blue), g.Sum(a => a.Score)))
            .OrderByDescending(g => g.Red).ThenByDescending(g => g.Orange).ThenByDescending(g => g.TotalScore).ThenBy(g => g.Key, StringComparer.Ordinal)];
}

internal sealed record RiskEmployerDetail(RiskLedgerRow Assessment, IReadOnlyList<RiskIndicatorView> Indicators, IReadOnlyList<string> MonthLabels, IReadOnlyList<decimal> ScoreTrend);

internal sealed record RiskIndicatorView(RiskIndicatorKind Kind, string KindName, DateOnly OccurredOn, string LinkageNumber, int Workers, decimal? Amount, string? Note);

/// <summary>One employer: its indicators and its score at the end of each of the last 6 months (the trend).</summary>
internal sealed record RiskEmployerQuery(string EmployerKey) : IQuery<RiskEmployerDetail>;

internal sealed class RiskEmployerHandler(SupervisionDbContext db, DeploymentClock clock) : IRequestHandler<RiskEmployerQuery, RiskEmployerDetail>
{
    public async Task<RiskEmployerDetail> Handle(RiskEmployerQuery request, CancellationToken cancellationToken)
    {
        var assessment = await db.RiskAssessments.AsNoTracking().SingleOrDefaultAsync(a => a.EmployerKey == request.EmployerKey, cancellationToken)
            ?? throw new NotFoundException("风险台账单位", request.EmployerKey);
        var rules = await RiskAssessor.RulesAsync(db, cancellationToken);
        var indicators = await RiskAssessor.IndicatorsOfAsync(db, request.EmployerKey, cancellationToken);
        var today = clock.Today;
        var ends = Enumerable.Range(0, 6).Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(i - 5)).Select(m => m.AddMonths(1).AddDays(-1)).Select(d => d > today ? today : d).ToList();
        return new RiskEmployerDetail(
            RiskLedgerHandler.Row(assessment),
            [.. indicators.OrderByDescending(i => i.OccurredOn).Select(i => new RiskIndicatorView(i.Kind, RiskIndicator.KindName(i.Kind), i.OccurredOn, i.LinkageNumber, i.Workers, i.Amount, i.Note))],
            [.. ends.Select(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture))],
            [.. ends.Select(d => RiskScoring.Score(indicators, rules, d).Score)]);
    }
}

internal sealed class RiskQueryEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/risk/ledger", (RiskLevel? level, string? district, string? industry, string? employer, int? page, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new RiskLedgerQuery(level, district, industry, employer, page ?? 1), ct));
        api.MapGet("/risk/employers/{key}", (string key, IMediator mediator, CancellationToken ct) => mediator.Send(new RiskEmployerQuery(key), ct));
        api.MapGet("/risk/ledger.csv", async (IMediator mediator, CancellationToken ct) =>
            Results.File(await RiskExport.CsvAsync(mediator, ct), "text/csv; charset=utf-8", "风险台账.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        api.MapGet("/risk/ledger.xlsx", async (IMediator mediator, CancellationToken ct) =>
            Results.File(await RiskExport.XlsxAsync(mediator, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "风险台账.xlsx"))
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
