using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Time;

namespace Monolith.Host.Pages.Window;

/// <summary>
/// The joint window's desk tools: when does a period end under the deployment's rules, and is a given date a working
/// day. Both are reads, so the forms use GET and the result can be bookmarked.
/// </summary>
internal sealed class IndexModel(DeadlineCatalogue catalogue, WorkingDayCalendarProvider calendars, DeploymentClock clock, ModuleDirectory modules) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Rule { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Day { get; set; }

    public string ProfileName => catalogue.ProfileName;

    public IReadOnlyList<IGrouping<string, CatalogueEntry>> RuleGroups { get; private set; } = [];

    public CatalogueEntry? Entry { get; private set; }

    public DeadlineComputation? Result { get; private set; }

    public DayInfo? DayResult { get; private set; }

    public DateOnly? NextWorkingDay { get; private set; }

    public string? DaySource { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        RuleGroups = catalogue.ByAgency(modules);
        var calendar = await calendars.GetAsync(cancellationToken);

        var calculating = Request.Query.ContainsKey(nameof(Rule)) || Request.Query.ContainsKey(nameof(Date));
        if (calculating && ModelState.IsValid)
        {
            Entry = catalogue.Entries.FirstOrDefault(e => e.Statutory.Id == Rule);
            if (Entry is null)
            {
                ModelState.AddModelError(nameof(Rule), "请选择期限规则。");
            }

            if (Date is null)
            {
                ModelState.AddModelError(nameof(Date), "请输入起算事件发生日期。");
            }

            if (Entry is not null && Date is { } trigger)
            {
                Result = DeadlineCalculator.Compute(catalogue.Effective(Entry.Statutory.Id), trigger, calendar);
            }
        }

        if (Request.Query.ContainsKey(nameof(Day)) && ModelState.IsValid)
        {
            if (Day is { } day)
            {
                DayResult = calendar.Describe(day);
                NextWorkingDay = calendar.NextWorkingDayOnOrAfter(day);
                DaySource = calendar.Schedule(day.Year)?.Source;
            }
            else
            {
                ModelState.AddModelError(nameof(Day), "请输入要查询的日期。");
            }
        }

        Date ??= calculating ? null : clock.Today;
        Day ??= DayResult is null && !Request.Query.ContainsKey(nameof(Day)) ? clock.Today : null;
    }
}
