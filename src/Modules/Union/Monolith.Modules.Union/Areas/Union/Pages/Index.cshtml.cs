using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Areas.Union.Pages;

/// <summary>The module's own deadline rules as the deployment applies them, and its pending deadlines.</summary>
internal sealed class IndexModel(IMediator mediator, DeadlineCatalogue catalogue) : PageModel
{
    public string ProfileName => catalogue.ProfileName;

    public IEnumerable<CatalogueEntry> Rules => catalogue.EntriesOf(UnionModule.Descriptor.Name);

    public IReadOnlyList<DeadlineView> Deadlines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Deadlines = await mediator.Send(new ListDeadlinesQuery<UnionDbContext>(DeadlineFilter.Pending), cancellationToken);
}
