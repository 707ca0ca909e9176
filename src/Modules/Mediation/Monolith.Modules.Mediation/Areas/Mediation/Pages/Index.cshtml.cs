using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Areas.Mediation.Pages;

/// <summary>The module's own deadline rules as the deployment applies them, and its pending deadlines, with the extension form.</summary>
internal sealed class IndexModel(DeadlineCatalogue catalogue) : DeadlinesPageModel<MediationDbContext>
{
    public string ProfileName => catalogue.ProfileName;

    public IEnumerable<CatalogueEntry> Rules => catalogue.EntriesOf(MediationModule.Descriptor.Name);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        await LoadDeadlinesAsync(cancellationToken);
        return true;
    }
}
