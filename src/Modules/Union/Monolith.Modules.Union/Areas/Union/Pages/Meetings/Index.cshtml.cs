using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Features.Meetings;

namespace Monolith.Modules.Union.Areas.Union.Pages.Meetings;

internal sealed class DeclineInput
{
    public Guid RequestId { get; set; }

    public string? Reason { get; set; }
}

/// <summary>会议日历: the month's meetings on the working-day calendar, and the queue of coordination requests.</summary>
internal sealed class IndexModel(DeploymentClock clock, WorkingDayCalendarProvider calendars) : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty]
    public DeclineInput Decline { get; set; } = new();

    public DateOnly First { get; private set; }

    public IReadOnlyList<DayInfo> Days { get; private set; } = [];

    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];

    public IReadOnlyList<MeetingRequestView> Requests { get; private set; } = [];

    public DateOnly Today => clock.Today;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync() =>
        SendAsync(new DeclineMeetingRequestCommand(Decline.RequestId, Decline.Reason), "已决定不予召开，并告知提请单位。", nameof(Decline), new { month = Month });

    public IEnumerable<MeetingSummary> On(DateOnly day) => Meetings.Where(m => clock.LocalDate(m.StartsAt) == day);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        First = DateOnly.TryParseExact(Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : new DateOnly(clock.Today.Year, clock.Today.Month, 1);
        var start = First.AddDays(-(((int)First.DayOfWeek + 6) % 7));
        var end = First.AddMonths(1);
        end = end.AddDays((7 - ((int)end.DayOfWeek + 6) % 7) % 7);
        var calendar = await calendars.GetAsync(cancellationToken);
        Days = [.. Enumerable.Range(0, end.DayNumber - start.DayNumber).Select(i => calendar.Describe(start.AddDays(i)))];
        Meetings = await Mediator.Send(new ListMeetingsQuery(start, end), cancellationToken);
        Requests = await Mediator.Send(new ListMeetingRequestsQuery(), cancellationToken);
        return true;
    }
}
