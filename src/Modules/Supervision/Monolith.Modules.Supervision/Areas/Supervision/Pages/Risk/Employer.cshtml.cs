using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Features.Risk;

namespace Monolith.Modules.Supervision.Areas.Supervision.Pages.Risk;

/// <summary>One employer of the risk ledger: score, level, the rules that fired, its indicators and its six-month trend.</summary>
internal sealed class EmployerModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    public RiskEmployerDetail Detail { get; private set; } = null!;

    public string TrendChart => JsonSerializer.Serialize(new { months = Detail.MonthLabels, scores = Detail.ScoreTrend });

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Key))
        {
            return false;
        }

        try
        {
            Detail = await Mediator.Send(new RiskEmployerQuery(Key), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
