using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.ListApplications;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

/// <summary>The institution's applications (masked identity numbers) and its pending deadlines.</summary>
internal sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ApplicationStatus? Status { get; set; }

    public IReadOnlyList<ApplicationListItem> Applications { get; private set; } = [];

    public IReadOnlyList<DeadlineView> Deadlines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Applications = await mediator.Send(new ListApplicationsQuery(ModelState.IsValid ? Status : null), cancellationToken);
        Deadlines = await mediator.Send(new ListDeadlinesQuery<ArbitrationDbContext>(DeadlineFilter.Pending), cancellationToken);
    }
}
