using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Domain.Risk;
using Monolith.Modules.Supervision.Features.Risk;

namespace Monolith.Modules.Supervision.Areas.Supervision.Pages.Admin;

/// <summary>风险预警规则 (administrators): weights, thresholds, the look-back window and the key periods, one per line.</summary>
internal sealed class RiskRulesModel : CommandPageModel
{
    [BindProperty]
    public int WindowDays { get; set; }

    [BindProperty]
    public decimal Red { get; set; }

    [BindProperty]
    public decimal Orange { get; set; }

    [BindProperty]
    public decimal Yellow { get; set; }

    [BindProperty]
    public decimal Blue { get; set; }

    [BindProperty]
    public Dictionary<RiskIndicatorKind, decimal> Weights { get; set; } = [];

    /// <summary>"名称,2026-12-15,2027-02-05,1.5" per line.</summary>
    [BindProperty]
    public string? KeyPeriods { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync()
    {
        List<KeyPeriod> periods = [];
        foreach (var line in (KeyPeriods ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split([',', '，'], StringSplitOptions.TrimEntries);
            if (parts.Length != 4 || !DateOnly.TryParse(parts[1], CultureInfo.InvariantCulture, out var from) || !DateOnly.TryParse(parts[2], CultureInfo.InvariantCulture, out var to)
                || !decimal.TryParse(parts[3], NumberStyles.Number, CultureInfo.InvariantCulture, out var multiplier))
            {
                ModelState.AddModelError(nameof(KeyPeriods), $"“{line}”格式不对，应为：名称,起始日期,结束日期,系数");
                continue;
            }

            periods.Add(new KeyPeriod(parts[0], from, to, multiplier));
        }

        return SendAsync(new UpdateRiskRulesCommand(WindowDays, Weights, Red, Orange, Yellow, Blue, periods), "已保存风险预警规则，并已按新规则重新评估。");
    }

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Request.Method == "GET")
        {
            var rules = await Mediator.Send(new GetRiskRulesQuery(), cancellationToken);
            (WindowDays, Red, Orange, Yellow, Blue) = (rules.WindowDays, rules.Red, rules.Orange, rules.Yellow, rules.Blue);
            Weights = Enum.GetValues<RiskIndicatorKind>().ToDictionary(k => k, rules.WeightOf);
            KeyPeriods = string.Join("\n", rules.KeyPeriods.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name},{p.From:yyyy-MM-dd},{p.To:yyyy-MM-dd},{p.Multiplier}")));
        }

        return true;
    }

    protected override void AddValidationErrors(RequestValidationException invalid, string? input) =>
        PageText.AddErrors(ModelState, invalid, _ => null);
}
