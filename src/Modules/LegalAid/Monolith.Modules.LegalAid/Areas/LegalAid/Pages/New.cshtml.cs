using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.Intake;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

internal sealed class ClaimRowInput
{
    public LabourClaimKind? Kind { get; set; }

    public decimal? Amount { get; set; }

    public string? Description { get; set; }
}

internal sealed class NewApplicationInput
{
    public ApplicationChannel Channel { get; set; } = ApplicationChannel.Window;

    public string? ApplicantName { get; set; }

    public string? ResidentIdNumber { get; set; }

    public string? Phone { get; set; }

    public bool IsMigrantWorker { get; set; }

    public string? EmployerName { get; set; }

    public string? EmployerCreditCode { get; set; }

    public List<ClaimRowInput> Claims { get; set; } = [new(), new(), new()];

    public bool EconomicHardshipStated { get; set; }

    public decimal? MonthlyIncomePerCapita { get; set; }

    public HardshipExemption Exemption { get; set; }
}

/// <summary>受理法律援助申请 at the window or from the online form: a linkage number and the 7-day review start.</summary>
internal sealed class NewModel : CommandPageModel
{
    [BindProperty]
    public NewApplicationInput Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync()
    {
        while (Input.Claims.Count < 3)
        {
            Input.Claims.Add(new());
        }

        var rows = Input.Claims.Where(c => c.Kind is not null || c.Amount is not null || !string.IsNullOrWhiteSpace(c.Description)).ToList();
        return SendAsync(
            new SubmitApplicationCommand(
                Input.Channel, Input.ApplicantName, Input.ResidentIdNumber, Input.Phone, Input.IsMigrantWorker, Input.EmployerName, Input.EmployerCreditCode,
                [.. rows.Select(c => new ClaimInput(c.Kind, c.Amount, c.Description))], Input.EconomicHardshipStated, Input.MonthlyIncomePerCapita, Input.Exemption),
            submitted => $"已受理法律援助申请，联动编号 {submitted.LinkageNumber}，审查期限7日。",
            nameof(Input),
            next: submitted => RedirectToPage("/Application", new { id = submitted.Id }));
    }

    protected override Task<bool> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
