using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Time;

namespace Monolith.Host.Pages.Window;

/// <summary>
/// The joint window's desk tools: when does a period end under the deployment's rules, and is a given date a working
/// day. Both are reads, so the forms use GET and the result can be bookmarked. Only the rules this deployment offers on
/// the trigger date are listed and computed (its city's, in force); where the local policy shortens a rule for some
/// cases only, both the statutory period and the policy's are shown, with the cases the policy binds.
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

    /// <summary>The local policy's result, when the policy shortens the rule (for the cases its scope names).</summary>
    public DeadlineComputation? PolicyResult { get; private set; }

    public DayInfo? DayResult { get; private set; }

    public DateOnly? NextWorkingDay { get; private set; }

    public string? DaySource { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);

        var calculating = Request.Query.ContainsKey(nameof(Rule)) || Request.Query.ContainsKey(nameof(Date));
        RuleGroups = catalogue.ByAgency(modules, ModelState.IsValid && Date is { } listed ? listed : clock.Today);
        if (calculating && ModelState.IsValid)
        {
            Entry = string.IsNullOrEmpty(Rule) ? null : catalogue.Find(Rule);
            if (Entry is null)
            {
                // Another city's rule (e.g. from an old bookmark): say why it is not offered here.
                var foreign = catalogue.OtherJurisdictions.Any(r => r.Id == Rule);
                ModelState.AddModelError(nameof(Rule), foreign ? catalogue.WhyNotOffered(Rule!, Date ?? clock.Today)! : "请选择期限规则。");
            }

            if (Date is null)
            {
                ModelState.AddModelError(nameof(Date), "请输入起算事件发生日期。");
            }

            if (Entry is not null && Date is { } trigger && catalogue.WhyNotOffered(Entry.Statutory.Id, trigger) is { } notOffered)
            {
                ModelState.AddModelError(nameof(Rule), notOffered);
                Entry = null;
            }

            if (Entry is not null && Date is { } date)
            {
                Result = DeadlineCalculator.Compute(Entry.Statutory, date, calendar);
                PolicyResult = Entry.Overridden && Entry.Scope?.InForceOn(date) != false
                    ? DeadlineCalculator.Compute(Entry.Effective, date, calendar)
                    : null;
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
