using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.ListApplications;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

/// <summary>Applications awaiting review first, with their review due time; identity numbers masked. Pending deadlines with the extension form.</summary>
internal sealed class IndexModel : DeadlinesPageModel<LegalAidDbContext>
{
    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<ApplicationListItem> Applications { get; private set; } = [];

    public PagerView? Pager { get; private set; }

    [BindProperty(SupportsGet = true)]
    public LegalAidApplicationStatus? Status { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListApplicationsQuery(Status, Search?.Trim(), new PageRequest(Math.Max(PageNumber ?? 1, 1))), cancellationToken);
        Applications = page.Items;
        Pager = PagerView.For(page, Request);
        await LoadDeadlinesAsync(cancellationToken);
        return true;
    }
}
