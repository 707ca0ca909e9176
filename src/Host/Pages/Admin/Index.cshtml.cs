using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Host.Pages.Admin;

/// <summary>The administrator's start page: the cross-module pages with a count each, and the modules' administration.</summary>
internal sealed class IndexModel(IMediator mediator, DeadlineCatalogue catalogue, ModuleDirectory modules) : PageModel
{
    public string ProfileName => catalogue.ProfileName;

    public int RuleCount => catalogue.Entries.Count;

    public int MessageProblemCount { get; private set; }

    /// <summary>What the modules offer administrators (accounts, calendar, audit, …), from their descriptors.</summary>
    public IReadOnlyList<NavLink> ModuleLinks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        MessageProblemCount = (await mediator.Send(new ListMessageProblemsQuery(), cancellationToken)).TotalCount;
        ModuleLinks = [.. modules.NavigationFor(User.FindFirstValue(ClaimTypes.Role)).Where(l => l.Url is not "/Admin" and not "/Window")];
    }
}
