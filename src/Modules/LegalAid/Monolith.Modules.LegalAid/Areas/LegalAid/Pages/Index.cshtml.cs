using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.ListApplications;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

/// <summary>Applications awaiting review first, with their review due time; identity numbers masked. Pending deadlines with the extension form.</summary>
internal sealed class IndexModel : DeadlinesPageModel<LegalAidDbContext>
{
    public IReadOnlyList<ApplicationListItem> Applications { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public LegalAidApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public bool HasNextPage => Applications.Count == ListApplicationsQuery.PageSize;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Applications = await Mediator.Send(new ListApplicationsQuery(Status, PageNumber), cancellationToken);
        await LoadDeadlinesAsync(cancellationToken);
        return true;
    }
}
