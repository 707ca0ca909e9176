using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Messaging;

namespace Monolith.Host.Pages.Admin;

/// <summary>The administrator's start page: links with a count each, so a problem shows at a glance.</summary>
internal sealed class IndexModel(IMediator mediator, DeadlineCatalogue catalogue, WorkingDayCalendarProvider calendars) : PageModel
{
    public string ProfileName => catalogue.ProfileName;

    public int RuleCount => catalogue.Entries.Count;

    public int AccountCount { get; private set; }

    public int MessageProblemCount { get; private set; }

    public string CalendarYears { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AccountCount = (await mediator.Send(new ListAccountsQuery(), cancellationToken)).Count;
        MessageProblemCount = (await mediator.Send(new ListMessageProblemsQuery(), cancellationToken)).Count;
        var years = (await calendars.GetAsync(cancellationToken)).Years;
        CalendarYears = years.Count == 0 ? "无" : string.Join("、", years.Select(y => $"{y}年"));
    }
}
