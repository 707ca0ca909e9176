using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Areas.Inspection.Pages;

/// <summary>The module's own deadline rules as the deployment applies them, and its pending deadlines, with the extension form.</summary>
internal sealed class DeadlinesModel(DeadlineCatalogue catalogue) : DeadlinesPageModel<InspectionDbContext>
{
    public string ProfileName => catalogue.ProfileName;

    public IEnumerable<CatalogueEntry> Rules => catalogue.EntriesOf(InspectionModule.Descriptor.Name);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        await LoadDeadlinesAsync(cancellationToken);
        return true;
    }
}
