using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Features.Statistics;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

/// <summary>统计: by month of receipt, applications received, decided, decided the same day (the same-day review rate), granted, refused, withdrawn and closed, as a table and an ECharts chart.</summary>
internal sealed class StatisticsModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public LegalAidStatistics Report { get; private set; } = null!;

    public string ChartData => JsonSerializer.Serialize(new
    {
        months = Report.Months.Select(m => m.Month),
        received = Report.Months.Select(m => m.Received),
        granted = Report.Months.Select(m => m.Granted),
        refused = Report.Months.Select(m => m.Refused),
        sameDayRate = Report.Months.Select(m => m.SameDayRate is { } rate ? Math.Round(rate * 100, 1) : (double?)null),
    });

    public static string Rate(double? rate) => rate is { } r ? $"{r * 100:0.#}%" : "—";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Report = await Mediator.Send(new LegalAidStatisticsQuery(From, To), cancellationToken);
        return true;
    }
}
