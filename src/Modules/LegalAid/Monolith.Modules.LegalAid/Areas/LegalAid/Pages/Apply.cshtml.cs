using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Features.Intake;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

internal sealed class OnlineApplicationInput
{
    public string? ApplicantName { get; set; }

    public string? ResidentIdNumber { get; set; }

    public string? Phone { get; set; }

    public bool IsMigrantWorker { get; set; }

    public string? EmployerName { get; set; }

    public string? EmployerCreditCode { get; set; }

    public List<ClaimRowInput> Claims { get; set; } = [new(), new(), new()];

    public bool EconomicHardshipStated { get; set; }

    public decimal? MonthlyIncomePerCapita { get; set; }

    public string? HardshipStatement { get; set; }

    public string? MatterDescription { get; set; }

    public bool ConsentGiven { get; set; }
}

/// <summary>
/// 网上申请法律援助: the public form, open without signing in (with <see cref="ApplyReceiptModel"/>, the only anonymous
/// pages of the module; the host test AnonymousSurfaceTests pins that). Antiforgery as every form, submissions limited
/// per address (<see cref="AnonymousFormRateLimiting"/>), validation errors at the fields and nothing written on failure.
/// On success the receipt travels in TempData (the browser's own protected cookie) to the receipt page, never in the URL.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AnonymousFormRateLimiting.Policy)]
internal sealed class ApplyModel(IOptions<EligibilityPolicy> policy) : CommandPageModel
{
    public const string ReceiptKey = "LegalAidOnlineReceipt";

    [BindProperty]
    public OnlineApplicationInput Input { get; set; } = new();

    /// <summary>The hardship standard as configured for this deployment (本地配置), flagged when it is the demo's figure.</summary>
    public HardshipStandardView Standard => HardshipStandardView.Of(policy.Value);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync()
    {
        var rows = Input.Claims.Where(c => c.Kind is not null || c.Amount is not null || !string.IsNullOrWhiteSpace(c.Description)).ToList();
        while (Input.Claims.Count < 3)
        {
            Input.Claims.Add(new());
        }

        return SendAsync(
            new ApplyOnlineCommand(
                Input.ApplicantName, Input.ResidentIdNumber, Input.Phone, Input.IsMigrantWorker, Input.EmployerName, Input.EmployerCreditCode,
                [.. rows.Select(c => new ClaimInput(c.Kind, c.Amount, c.Description))], Input.EconomicHardshipStated, Input.MonthlyIncomePerCapita,
                Input.HardshipStatement, Input.MatterDescription, Input.ConsentGiven),
            _ => "您的法律援助申请已提交。",
            nameof(Input),
            next: receipt =>
            {
                TempData[ReceiptKey] = JsonSerializer.Serialize(receipt);
                return RedirectToPage("/ApplyReceipt");
            });
    }

    protected override Task<bool> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public static string ClaimKindName(LabourClaimKind kind) => LegalAidNames.ClaimKind(kind);
}
