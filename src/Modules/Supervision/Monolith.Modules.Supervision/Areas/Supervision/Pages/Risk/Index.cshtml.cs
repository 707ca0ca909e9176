using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Contracts;
using Monolith.Modules.Supervision.Features.Risk;

namespace Monolith.Modules.Supervision.Areas.Supervision.Pages.Risk;

/// <summary>风险台账: employers by level with the rules that fired, districts and industries, charts, exports and the import of indicators.</summary>
internal sealed class IndexModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public RiskLevel? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Industry { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Employer { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public RiskImportResult? Import { get; private set; }

    public RiskLedger Ledger { get; private set; } = null!;

    public int PageCount => Math.Max(1, (Ledger.Total + Ledger.PageSize - 1) / Ledger.PageSize);

    public string PageUrl(int page) => Url.Page("/Risk/Index", new { area = "Supervision", Level, District, Industry, Employer, p = page })!;

    public string DistrictChart => JsonSerializer.Serialize(new
    {
        districts = Ledger.ByDistrict.Select(d => d.Key),
        red = Ledger.ByDistrict.Select(d => d.Red),
        orange = Ledger.ByDistrict.Select(d => d.Orange),
        yellow = Ledger.ByDistrict.Select(d => d.Yellow),
        blue = Ledger.ByDistrict.Select(d => d.Blue),
    });

    public string TrendChart => JsonSerializer.Serialize(new { months = Ledger.MonthLabels, kinds = Ledger.IndicatorsByMonth.Where(k => k.Value.Any(v => v > 0)).ToDictionary() });

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        byte[]? content = null;
        if (Upload is not null)
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        try
        {
            Import = await Mediator.Send(new ImportRiskIndicatorsCommand(Upload?.FileName, content), cancellationToken);
            if (Import.Accepted)
            {
                TempData["Notice"] = $"已导入{Import.Imported}条风险指标" + (Import.AlreadyImported > 0 ? $"（{Import.AlreadyImported}条此前已导入，未重复计入）。" : "。");
                return RedirectToPage();
            }
        }
        catch (RequestValidationException invalid)
        {
            PageText.AddErrors(ModelState, invalid, path => path == "file" ? nameof(Upload) : null);
        }

        return await ShowAsync(cancellationToken);
    }

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Ledger = await Mediator.Send(new RiskLedgerQuery(Level, District, Industry, Employer, PageNumber), cancellationToken);
        return true;
    }
}
