using Microsoft.AspNetCore.Mvc;
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

    public IReadOnlyList<ApplicationListItem> Applications { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Applications = await Mediator.Send(new ListApplicationsQuery(ModelState.IsValid ? Status : null), cancellationToken);
        await LoadDeadlinesAsync(cancellationToken);
        return true;
    }
}
