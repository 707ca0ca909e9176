using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Features.Statistics;

namespace Monolith.Modules.Mediation.Areas.Mediation.Pages;

/// <summary>
/// 统计报告 (任务分工方案 第30项): per organisation, cases accepted in the period, agreements, failures, success rate and
/// average days, as a table and a chart (Apache ECharts, vendored in the host's /lib/echarts), exportable as CSV.
/// </summary>
internal sealed class StatisticsModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public StatisticsReport Report { get; private set; } = null!;

    public string CsvUrl => QueryHelpers.AddQueryString("/api/mediation/statistics.csv", new Dictionary<string, string?>
    {
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    });

    /// <summary>What the chart draws, as JSON for its data attribute.</summary>
    public string ChartData => JsonSerializer.Serialize(new
    {
        names = Report.Organisations.Select(o => o.Name),
        accepted = Report.Organisations.Select(o => o.Accepted),
        succeeded = Report.Organisations.Select(o => o.Succeeded),
        rate = Report.Organisations.Select(o => o.SuccessRate is { } rate ? Math.Round(rate * 100, 1) : (double?)null),
    });

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Report = await Mediator.Send(new OrganisationStatisticsQuery(From, To), cancellationToken);
        }
        catch (RequestValidationException invalid)
        {
            PageText.AddErrors(ModelState, invalid, path => path == "to" ? "To" : string.Empty);
            Report = await Mediator.Send(new OrganisationStatisticsQuery(), cancellationToken);
        }

        return true;
    }
}
