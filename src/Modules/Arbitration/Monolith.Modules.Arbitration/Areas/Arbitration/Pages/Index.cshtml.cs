using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.ListApplications;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

/// <summary>The institution's applications (masked identity numbers) and its pending deadlines, with the extension form.</summary>
internal sealed class IndexModel : DeadlinesPageModel<ArbitrationDbContext>
{
    [BindProperty(SupportsGet = true)]
    public ApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<ApplicationListItem> Applications { get; private set; } = [];

    public PagerView? Pager { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var valid = ModelState.IsValid;
        var page = await Mediator.Send(
            new ListApplicationsQuery(valid ? Status : null, valid ? Search?.Trim() : null, new PageRequest(Math.Max(valid ? PageNumber ?? 1 : 1, 1))), cancellationToken);
        Applications = page.Items;
        Pager = PagerView.For(page, Request);
        await LoadDeadlinesAsync(cancellationToken);
        return true;
    }
}
