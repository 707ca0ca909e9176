using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Applications;
using Monolith.Modules.Mediation.Features.Organisations;

namespace Monolith.Modules.Mediation.Areas.Mediation.Pages;

internal sealed class ClaimRow
{
    public MediationClaimKind? Kind { get; set; }

    public decimal? Amount { get; set; }

    public string? Description { get; set; }
}

internal sealed class ApplicationInput
{
    public Guid? OrganisationId { get; set; }

    public CaseChannel Channel { get; set; } = CaseChannel.Direct;

    public string? ApplicantName { get; set; }

    public string? ResidentIdNumber { get; set; }

    public string? Phone { get; set; }

    public string? EmployerName { get; set; }

    public string? CreditCode { get; set; }

    public List<ClaimRow> Claims { get; set; } = [new(), new(), new()];

    /// <summary>法院委派调解 only.</summary>
    public string? CourtName { get; set; }

    public string? CourtCaseReference { get; set; }
}

/// <summary>登记调解申请: direct, guided from the joint window, or assigned by a court, to an organisation that is filed and active.</summary>
internal sealed class ApplyModel : CommandPageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    public IReadOnlyList<OrganisationItem> Organisations { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    /// <summary>The form rows that were filled in, by their index on the form: the command's claims[k] is form row filled[k].</summary>
    private List<int> filled = [];

    public Task<IActionResult> OnPostAsync()
    {
        filled = [.. Input.Claims.Select((c, i) => (c, i)).Where(x => x.c.Kind is not null || x.c.Amount is not null || !string.IsNullOrWhiteSpace(x.c.Description)).Select(x => x.i)];
        return SendAsync(
            new RegisterApplicationCommand(
                Input.OrganisationId,
                new WorkerInput(Input.ApplicantName, Input.ResidentIdNumber, Input.Phone),
                new EmployerInput(Input.EmployerName, Input.CreditCode),
                [.. filled.Select(i => new ClaimInput(Input.Claims[i].Kind, Input.Claims[i].Amount, Input.Claims[i].Description))],
                Input.Channel,
                Input.Channel == CaseChannel.Entrusted || !string.IsNullOrWhiteSpace(Input.CourtName) || !string.IsNullOrWhiteSpace(Input.CourtCaseReference)
                    ? new CourtAssignmentInput(Input.CourtName, Input.CourtCaseReference)
                    : null),
            registered => $"已登记调解申请，联动编号 {registered.LinkageNumber}",
            nameof(Input),
            next: registered => RedirectToPage("/Case", new { id = registered.Id }));
    }

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Organisations = (await Mediator.Send(new ListOrganisationsQuery(ReceivingOnly: true, PageSize: Paging.MaxPageSize), cancellationToken)).Items;
        return true;
    }

    /// <summary>The command's paths ("applicant.name") are the form's flat fields ("Input.ApplicantName").</summary>
    protected override void AddValidationErrors(RequestValidationException invalid, string? input) =>
        PageText.AddErrors(ModelState, invalid, path => path switch
        {
            "organisationId" => "Input.OrganisationId",
            "channel" => "Input.Channel",
            "court" or "court.courtName" => "Input.CourtName",
            "court.caseReference" => "Input.CourtCaseReference",
            "applicant" or "applicant.name" => "Input.ApplicantName",
            "applicant.residentIdNumber" => "Input.ResidentIdNumber",
            "applicant.phone" => "Input.Phone",
            "respondent" or "respondent.name" => "Input.EmployerName",
            "respondent.creditCode" => "Input.CreditCode",
            _ => FieldPath.ToFormField(input, ClaimRowPath(path)),
        });

    /// <summary>"claims[1].amount" → "claims[2].amount" when the form's second filled row is its third.</summary>
    private string ClaimRowPath(string path)
    {
        var match = System.Text.RegularExpressions.Regex.Match(path, @"^claims\[(\d+)\](.*)$");
        return match.Success && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var k && k < filled.Count
            ? $"claims[{filled[k]}]{match.Groups[2].Value}"
            : path;
    }
}
