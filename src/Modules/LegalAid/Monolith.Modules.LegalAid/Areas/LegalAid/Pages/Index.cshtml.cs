using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.LegalAid.Features.ListApplications;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

/// <summary>Applications awaiting review first, with their review due time; identity numbers masked.</summary>
internal sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ApplicationListItem> Applications { get; private set; } = [];

    public IReadOnlyList<DeadlineView> Deadlines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Applications = await mediator.Send(new ListApplicationsQuery(), cancellationToken);
        Deadlines = await mediator.Send(new ListDeadlinesQuery<LegalAidDbContext>(DeadlineFilter.Pending), cancellationToken);
    }
}
