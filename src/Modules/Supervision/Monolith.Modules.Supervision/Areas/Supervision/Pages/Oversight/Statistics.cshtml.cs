using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Features.OversightStatistics;

namespace Monolith.Modules.Supervision.Areas.Supervision.Pages.Oversight;

/// <summary>逾期统计: missed deadlines by agency, rule and month, with the trend chart.</summary>
internal sealed class StatisticsModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Months { get; set; } = 12;

    public OversightStatistics Report { get; private set; } = null!;

    public string ChartData => JsonSerializer.Serialize(new { months = Report.MonthLabels, total = Report.ByMonth, agencies = Report.AgencyByMonth });

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Report = await Mediator.Send(new OversightStatisticsQuery(Months), cancellationToken);
        return true;
    }
}
