using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Organisations;

namespace Monolith.Modules.Mediation.Areas.Mediation.Pages;

internal sealed class OrganisationInput
{
    public string? Name { get; set; }

    public OrganisationKind? Kind { get; set; }

    public string? DivisionCode { get; set; }

    public string? Address { get; set; }

    public string? EmployerCreditCode { get; set; }

    public int? StaffCount { get; set; }

    public bool AcceptsEntrustedCases { get; set; }
}

internal sealed class FilingInput
{
    public Guid OrganisationId { get; set; }

    public string? FiledWith { get; set; }

    public string? FilingNumber { get; set; }

    public DateOnly? FiledOn { get; set; }
}

/// <summary>调解组织名册: the register (filtered by kind, paged), registration, filing (备案), and stopping or resuming intake.</summary>
internal sealed class OrganisationsModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public OrganisationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    [BindProperty]
    public FilingInput Filing { get; set; } = new();

    public Paged<OrganisationItem> Organisations { get; private set; } = null!;

    protected override string? StaleRecordMessage => "该调解组织已不存在。";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostRegisterAsync() => SendAsync(
        new RegisterOrganisationCommand(Input.Name, Input.Kind, Input.DivisionCode?.Trim(), Input.Address, Input.EmployerCreditCode, Input.StaffCount, Input.AcceptsEntrustedCases),
        _ => $"已登记调解组织“{Input.Name}”，备案后即可受理调解申请。",
        nameof(Input));

    public Task<IActionResult> OnPostFileAsync() => SendAsync(
        new FileOrganisationCommand(Filing.OrganisationId, Filing.FiledWith, Filing.FilingNumber, Filing.FiledOn), "已记录备案。", nameof(Filing));

    public Task<IActionResult> OnPostActiveAsync(Guid organisationId, bool active) =>
        SendAsync(new SetOrganisationActiveCommand(organisationId, active), active ? "已恢复受理。" : "已停止受理新的调解申请。");

    public string PageUrl(int page) => QueryHelpers.AddQueryString(
        "/Mediation/Organisations",
        new Dictionary<string, string?> { ["Kind"] = Kind?.ToString(), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Organisations = await Mediator.Send(new ListOrganisationsQuery(ModelState.IsValid ? Kind : null, Page: PageNumber), cancellationToken);
        return true;
    }
}
