using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Negotiations;

namespace Monolith.Modules.Mediation.Areas.Mediation.Pages;

internal sealed class NegotiationInput
{
    public NegotiationRequester RequestedBy { get; set; } = NegotiationRequester.Worker;

    public string? UnionName { get; set; }

    public string? WorkerName { get; set; }

    public string? ResidentIdNumber { get; set; }

    public string? Phone { get; set; }

    public string? EmployerName { get; set; }

    public string? CreditCode { get; set; }

    public string? Matters { get; set; }

    public decimal? ClaimedAmount { get; set; }
}

/// <summary>协商: the requests to negotiate (filtered by state, paged) and the form for a new one.</summary>
internal sealed class NegotiationsModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public NegotiationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public NegotiationInput Input { get; set; } = new();

    public Paged<NegotiationListItem> Negotiations { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync() => SendAsync(
        new RequestNegotiationCommand(
            Input.RequestedBy,
            Input.UnionName,
            new Features.WorkerInput(Input.WorkerName, Input.ResidentIdNumber, Input.Phone),
            new Features.EmployerInput(Input.EmployerName, Input.CreditCode),
            Input.Matters,
            Input.ClaimedAmount),
        registered => $"已登记协商要求，联动编号 {registered.LinkageNumber}",
        nameof(Input),
        next: registered => RedirectToPage("/Negotiation", new { id = registered.Id }));

    public string PageUrl(int page) => QueryHelpers.AddQueryString(
        "/Mediation/Negotiations", new Dictionary<string, string?> { ["Status"] = Status?.ToString(), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Negotiations = await Mediator.Send(new ListNegotiationsQuery(ModelState.IsValid ? Status : null, PageNumber), cancellationToken);
        return true;
    }

    protected override void AddValidationErrors(RequestValidationException invalid, string? input) =>
        PageText.AddErrors(ModelState, invalid, path => path switch
        {
            "worker" or "worker.name" => "Input.WorkerName",
            "worker.residentIdNumber" => "Input.ResidentIdNumber",
            "worker.phone" => "Input.Phone",
            "employer" or "employer.name" => "Input.EmployerName",
            "employer.creditCode" => "Input.CreditCode",
            _ => FieldPath.ToFormField(input, path),
        });
}
