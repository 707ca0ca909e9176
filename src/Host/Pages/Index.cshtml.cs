using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;

namespace Monolith.Host.Pages;

/// <summary>The home page: who is signed in, in which role, and where that role can go. Signed-out visitors are sent to /login.</summary>
internal sealed class IndexModel(DeploymentClock clock, WorkingDayCalendarProvider calendars, ModuleDirectory modules) : PageModel
{
    public SignedInUser Me { get; private set; } = null!;

    public IReadOnlyList<NavLink> Links { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public string TodayText { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Me = AuthEndpoints.Describe(User, modules);
        Links = modules.NavigationFor(User.FindFirstValue(ClaimTypes.Role));
        Today = clock.Today;
        var day = (await calendars.GetAsync(cancellationToken)).Describe(Today);
        TodayText = DayText.Describe(day);
    }
}
