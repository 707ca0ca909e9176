using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.ListCases;

namespace Monolith.Modules.Inspection.Areas.Inspection.Pages;

/// <summary>The officers' queue: what falls due soonest first, filtered by status, district and employer, a page at a time.</summary>
internal sealed class IndexModel(IMediator mediator, IOptions<DeploymentOptions> deployment) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Employer { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CasePage Cases { get; private set; } = new([], 1, ListCasesQuery.DefaultPageSize, 0);

    public IReadOnlyList<(string Code, string Name)> Districts => Monolith.Modules.Inspection.Districts.Of(deployment.Value.DivisionCode);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var valid = ModelState.IsValid;
        Cases = await mediator.Send(
            new ListCasesQuery(valid ? Status : null, valid ? District : null, valid ? Employer : null, valid ? PageNumber : 1),
            cancellationToken);
    }

    /// <summary>The query string of another page of the same filtered list.</summary>
    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["Status"] = Status?.ToString(),
            ["District"] = District,
            ["Employer"] = Employer,
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
