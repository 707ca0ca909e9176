using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Features.Meetings;

namespace Monolith.Modules.Union.Areas.Union.Pages.Meetings;

internal sealed class RescheduleInput
{
    public DateOnly? Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public string? Place { get; set; }

    public string? OnlineLink { get; set; }
}

internal sealed class CancelInput
{
    public string? Reason { get; set; }
}

internal sealed class DecisionRow
{
    public string? Text { get; set; }

    public string? OwnerAgency { get; set; }

    public string? AssigneeName { get; set; }

    public DateOnly? DueDate { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(OwnerAgency) && string.IsNullOrWhiteSpace(AssigneeName) && DueDate is null;
}

internal sealed class MinutesInput
{
    public const int DecisionRows = 6;

    public string? Attendance { get; set; }

    public string? Summary { get; set; }

    public List<DecisionRow> Decisions { get; set; } = [];
}

/// <summary>
/// The meeting page for administrators: agenda, participants, the calendar file, rescheduling and cancelling, the minutes
/// editor, publication, and the action items with their progress.
/// </summary>
internal sealed class MeetingModel(ModuleDirectory directory, DeploymentClock clock) : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RescheduleInput Reschedule { get; set; } = new();

    [BindProperty]
    public CancelInput Cancel { get; set; } = new();

    [BindProperty]
    public MinutesInput Minutes { get; set; } = new();

    public MeetingDetails Details { get; private set; } = null!;

    public IReadOnlyList<ModuleInfo> Agencies => [.. directory.Agencies];

    public bool Begun => clock.UtcNow >= Details.Meeting.StartsAt;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(cancellationToken);
        if (Details is not null)
        {
            var start = clock.ToLocal(Details.Meeting.StartsAt);
            Reschedule = new RescheduleInput
            {
                Date = DateOnly.FromDateTime(start.DateTime),
                StartTime = TimeOnly.FromDateTime(start.DateTime),
                EndTime = TimeOnly.FromDateTime(clock.ToLocal(Details.Meeting.EndsAt).DateTime),
                Place = Details.Place,
                OnlineLink = Details.OnlineLink,
            };
            Minutes.Attendance = Details.Attendance;
            Minutes.Summary = Details.Summary;
            Minutes.Decisions = [.. Details.Decisions.Select(d => new DecisionRow { Text = d.Text, OwnerAgency = d.OwnerModule, AssigneeName = d.AssigneeName, DueDate = d.DueDate })];
            EnsureRows();
        }

        return shown;
    }

    public Task<IActionResult> OnPostRescheduleAsync() => SendAsync(
        new RescheduleMeetingCommand(Id, Reschedule.Date, Reschedule.StartTime, Reschedule.EndTime, Reschedule.Place, Reschedule.OnlineLink),
        scheduled => "已改期，并向参会人员发出更新后的日历邀请。" + string.Join(" ", scheduled.Warnings),
        nameof(Reschedule),
        new { id = Id });

    public Task<IActionResult> OnPostCancelAsync() =>
        SendAsync(new CancelMeetingCommand(Id, Cancel.Reason), "会议已取消，已向参会人员发出取消通知。", nameof(Cancel), new { id = Id });

    public Task<IActionResult> OnPostMinutesAsync()
    {
        EnsureRows();
        var rows = Rows.Filled(Minutes.Decisions, d => d.IsBlank);
        return SendAsync(
            new SaveMinutesCommand(Id, Minutes.Attendance, Minutes.Summary,
                rows.ConvertAll(i => Minutes.Decisions[i]).ConvertAll(d => new DecisionInput(d.Text, string.IsNullOrEmpty(d.OwnerAgency) ? null : d.OwnerAgency, d.AssigneeName, d.DueDate))),
            "已保存会议纪要（未印发）。",
            nameof(Minutes),
            new { id = Id });
    }

    public Task<IActionResult> OnPostPublishAsync() => SendAsync(
        new PublishMinutesCommand(Id), items => $"会议纪要已印发并抄送有关单位，{items.Count}项决定事项已交承办单位。", routeValues: new { id = Id });

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        EnsureRows();
        try
        {
            Details = await Mediator.Send(new GetMeetingQuery(Id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    protected override void AddValidationErrors(RequestValidationException invalid, string? input)
    {
        if (input != nameof(Minutes))
        {
            base.AddValidationErrors(invalid, input);
            return;
        }

        var rows = Rows.Filled(Minutes.Decisions, d => d.IsBlank);
        PageText.AddErrors(ModelState, invalid, path =>
            path.StartsWith("decisions", StringComparison.Ordinal) ? Rows.Field(path, "decisions", "Minutes.Decisions", rows) : FieldPath.ToFormField("Minutes", path));
    }

    private void EnsureRows()
    {
        while (Minutes.Decisions.Count < MinutesInput.DecisionRows)
        {
            Minutes.Decisions.Add(new DecisionRow());
        }
    }
}
