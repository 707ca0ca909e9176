using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Areas.Inspection.Pages;

/// <summary>The module's own deadline rules as the deployment applies them, and its pending deadlines.</summary>
internal sealed class IndexModel(IMediator mediator, DeadlineCatalogue catalogue) : PageModel
{
    public string ProfileName => catalogue.ProfileName;

    public IEnumerable<CatalogueEntry> Rules => catalogue.EntriesOf(InspectionModule.Descriptor.Name);

    public IReadOnlyList<DeadlineView> Deadlines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Deadlines = await mediator.Send(new ListDeadlinesQuery<InspectionDbContext>(DeadlineFilter.Pending), cancellationToken);
}
