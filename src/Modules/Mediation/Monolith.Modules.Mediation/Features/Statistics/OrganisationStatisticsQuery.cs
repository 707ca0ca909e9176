using System.Globalization;
using System.Text;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Statistics;

/// <summary>
/// 统计报告 (任务分工方案 第30项): per organisation, the cases it accepted in the period (by acceptance date, inclusive),
/// how many ended in an agreement (调解成功) and how many without one, the success rate (agreements ÷ concluded cases)
/// and the average days from acceptance to conclusion. Every organisation of the register is listed, with or without cases.
/// </summary>
internal sealed record OrganisationStatisticsQuery(DateOnly? From = null, DateOnly? To = null) : IQuery<StatisticsReport>;

internal sealed record StatisticsReport(DateOnly? From, DateOnly? To, IReadOnlyList<OrganisationStatistics> Organisations, OrganisationStatistics Total);

internal sealed record OrganisationStatistics(Guid? OrganisationId, string Name, string KindName, int Accepted, int Succeeded, int Failed, int InProgress, double? AverageDays)
{
    public int Concluded => Succeeded + Failed;

    /// <summary>Agreements ÷ concluded cases, 0–1; null when none concluded.</summary>
    public double? SuccessRate => Concluded == 0 ? null : (double)Succeeded / Concluded;

    public string SuccessRateText => SuccessRate is { } rate ? Percent(rate) : "—";

    public string AverageDaysText => AverageDays is { } days ? days.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    /// <summary>"66.7%".</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}

internal sealed class OrganisationStatisticsValidator : AbstractValidator<OrganisationStatisticsQuery>
{
    public OrganisationStatisticsValidator()
    {
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("截止日期不能早于起始日期。");
    }
}

internal sealed class OrganisationStatisticsHandler(MediationDbContext db, DeploymentClock clock) : IRequestHandler<OrganisationStatisticsQuery, StatisticsReport>
{
    private static readonly CaseStatus[] Agreements = [CaseStatus.Agreed, CaseStatus.Performed, CaseStatus.NotPerformed];

    public async Task<StatisticsReport> Handle(OrganisationStatisticsQuery request, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync(cancellationToken);
        var accepted = db.Cases.AsNoTracking().Where(c => c.AcceptedAt != null);
        if (request.From is { } from)
        {
            var start = clock.StartOfDay(from);
            accepted = accepted.Where(c => c.AcceptedAt >= start);
        }

        if (request.To is { } to)
        {
            var end = clock.EndOfDay(to);
            accepted = accepted.Where(c => c.AcceptedAt < end);
        }

        var cases = await accepted.Select(c => new CaseFacts(c.OrganisationId!.Value, c.Status, c.AcceptedAt!.Value, c.ConcludedAt)).ToListAsync(cancellationToken);
        var rows = organisations.ConvertAll(o => Summarise(o.Id, o.Name, MediationNames.Kind(o.Kind), cases.Where(c => c.OrganisationId == o.Id).ToList()));
        return new StatisticsReport(request.From, request.To, rows, Summarise(null, "合计", string.Empty, cases));
    }

    private static OrganisationStatistics Summarise(Guid? id, string name, string kind, List<CaseFacts> cases)
    {
        var succeeded = cases.Count(c => Agreements.Contains(c.Status));
        var failed = cases.Count(c => c.Status == CaseStatus.Failed);
        var durations = cases.Where(c => c.ConcludedAt is not null && (Agreements.Contains(c.Status) || c.Status == CaseStatus.Failed))
            .Select(c => (c.ConcludedAt!.Value - c.AcceptedAt).TotalDays)
            .ToList();
        return new OrganisationStatistics(id, name, kind, cases.Count, succeeded, failed, cases.Count - succeeded - failed, durations.Count == 0 ? null : Math.Round(durations.Average(), 1));
    }

    private sealed record CaseFacts(Guid OrganisationId, CaseStatus Status, DateTimeOffset AcceptedAt, DateTimeOffset? ConcludedAt);
}

/// <summary>The report as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese), one row per organisation and a total.</summary>
internal static class StatisticsCsv
{
    public static string Write(StatisticsReport report)
    {
        var csv = new StringBuilder();
        csv.AppendLine(Row("调解组织", "类型", "受理数", "调解成功数", "调解不成数", "办理中", "调解成功率", "平均办理天数"));
        foreach (var row in report.Organisations.Append(report.Total))
        {
            csv.AppendLine(Row(
                row.Name, row.KindName, Number(row.Accepted), Number(row.Succeeded), Number(row.Failed), Number(row.InProgress),
                row.SuccessRate is { } rate ? OrganisationStatistics.Percent(rate) : string.Empty,
                row.AverageDays is { } days ? days.ToString("0.0", CultureInfo.InvariantCulture) : string.Empty));
        }

        return csv.ToString();
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; a leading =,+,-,@ is neutralised against formula injection.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Row(params string[] fields) => string.Join(',', fields.Select(Field));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class StatisticsEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/statistics", (DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new OrganisationStatisticsQuery(from, to), ct));
        api.MapGet("/statistics.csv", async (DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
        {
            var report = await mediator.Send(new OrganisationStatisticsQuery(from, to), ct);
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(StatisticsCsv.Write(report))).ToArray();
            var period = $"{(from is { } f ? f.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "起")}-{(to is { } t ? t.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "今")}";
            return Results.File(bytes, "text/csv; charset=utf-8", $"调解组织统计_{period}.csv");
        }).Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }
}
