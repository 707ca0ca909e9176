using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Features.Cases;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Areas.Union.Pages;

/// <summary>
/// The officer's consultations (masked identity numbers, filtered), the module's deadline rules as the deployment
/// applies them, and its pending deadlines with the extension form.
/// </summary>
internal sealed class IndexModel(DeadlineCatalogue catalogue) : DeadlinesPageModel<UnionDbContext>
{
    [BindProperty(SupportsGet = true)]
    public ConsultationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ServiceChannel? Channel { get; set; }

    public string ProfileName => catalogue.ProfileName;

    public IEnumerable<CatalogueEntry> Rules => catalogue.EntriesOf(UnionModule.Descriptor.Name);

    public IReadOnlyList<ConsultationListItem> Consultations { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        // The list first: it is the page's read of personal data (ADR 0015).
        Consultations = await Mediator.Send(new ListConsultationsQuery(ModelState.IsValid ? Status : null, ModelState.IsValid ? Channel : null), cancellationToken);
        await LoadDeadlinesAsync(cancellationToken);
        return true;
    }
}
