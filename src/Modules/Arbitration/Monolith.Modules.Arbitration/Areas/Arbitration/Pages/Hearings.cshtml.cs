using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Arbitration.Features.Hearings;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

/// <summary>开庭日历: each tribunal room's scheduled hearings over the coming days.</summary>
internal sealed class HearingsModel(MediatR.IMediator mediator, DeploymentClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = 14;

    public IReadOnlyList<CalendarHearing> Hearings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        From ??= clock.Today;
        Days = Math.Clamp(Days, 1, 62);
        Hearings = await mediator.Send(new HearingCalendarQuery(From, Days), cancellationToken);
    }
}
