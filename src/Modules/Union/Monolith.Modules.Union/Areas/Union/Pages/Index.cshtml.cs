using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Features.Cases;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Areas.Union.Pages;

/// <summary>The officer's consultations (masked identity numbers, filtered), the module's deadline rules and pending deadlines.</summary>
internal sealed class IndexModel(IMediator mediator, DeadlineCatalogue catalogue) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ConsultationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ServiceChannel? Channel { get; set; }

    public string ProfileName => catalogue.ProfileName;

    public IEnumerable<CatalogueEntry> Rules => catalogue.EntriesOf(UnionModule.Descriptor.Name);

    public IReadOnlyList<ConsultationListItem> Consultations { get; private set; } = [];

    public IReadOnlyList<DeadlineView> Deadlines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Consultations = await mediator.Send(new ListConsultationsQuery(ModelState.IsValid ? Status : null, ModelState.IsValid ? Channel : null), cancellationToken);
        Deadlines = await mediator.Send(new ListDeadlinesQuery<UnionDbContext>(DeadlineFilter.Pending), cancellationToken);
    }
}
