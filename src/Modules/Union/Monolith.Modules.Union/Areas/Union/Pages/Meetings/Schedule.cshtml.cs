using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Features.Meetings;

namespace Monolith.Modules.Union.Areas.Union.Pages.Meetings;

internal sealed class ParticipantRow
{
    public string? Agency { get; set; }

    public string? Name { get; set; }

    public string? UserName { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(UserName);
}

internal sealed class ScheduleInput
{
    public const int ParticipantRows = 6;
    public const int AgendaRows = 5;

    public MeetingKind? Kind { get; set; }

    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public string? Place { get; set; }

    public string? OnlineLink { get; set; }

    public string? ConvenedBy { get; set; } = "市总工会";

    public List<string> Agencies { get; set; } = [];

    public List<ParticipantRow> Participants { get; set; } = [];

    public List<string?> Agenda { get; set; } = [];

    public List<Guid> RequestIds { get; set; } = [];
}

/// <summary>安排会议, through ScheduleMeetingCommand; on success to the meeting's page, with the calendar's warnings.</summary>
internal sealed class ScheduleModel(ModuleDirectory directory) : CommandPageModel
{
    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public IReadOnlyList<ModuleInfo> Agencies => [.. directory.Agencies];

    public IReadOnlyList<MeetingRequestView> OpenRequests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? request, CancellationToken cancellationToken)
    {
        if (request is { } id)
        {
            Input.Kind = MeetingKind.CoordinationMeeting;
            Input.RequestIds = [id];
        }

        return await ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync()
    {
        EnsureRows();
        var participants = Filled().ConvertAll(i => Input.Participants[i]);
        var command = new ScheduleMeetingCommand(
            Input.Kind, Input.Title, Input.Date, Input.StartTime, Input.EndTime, Input.Place, Input.OnlineLink, Input.ConvenedBy, Input.Agencies,
            participants.ConvertAll(p => new ParticipantInput(p.Agency, p.Name, p.UserName)),
            [.. Input.Agenda.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!)],
            Input.RequestIds);
        return SendAsync(
            command,
            scheduled => scheduled.Warnings.Count == 0 ? "已安排会议，并向参会人员发出会议通知和日历邀请。" : "已安排会议并发出通知。请注意：" + string.Join(" ", scheduled.Warnings),
            next: scheduled => RedirectToPage("Meeting", new { id = scheduled.Id }));
    }

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        EnsureRows();
        OpenRequests = await Mediator.Send(new ListMeetingRequestsQuery(OpenOnly: true), cancellationToken);
        return true;
    }

    protected override void AddValidationErrors(RequestValidationException invalid, string? input)
    {
        var participants = Filled();
        var agenda = Rows.Filled(Input.Agenda, string.IsNullOrWhiteSpace);
        PageText.AddErrors(ModelState, invalid, path =>
            path.StartsWith("participants", StringComparison.Ordinal) ? Rows.Field(path, "participants", "Input.Participants", participants)
            : path.StartsWith("agenda", StringComparison.Ordinal) ? Rows.Field(path, "agenda", "Input.Agenda", agenda)
            : path.StartsWith("agencies", StringComparison.Ordinal) ? "Input.Agencies"
            : FieldPath.ToFormField("Input", path));
    }

    private List<int> Filled() => Rows.Filled(Input.Participants, p => p.IsBlank);

    private void EnsureRows()
    {
        while (Input.Participants.Count < ScheduleInput.ParticipantRows)
        {
            Input.Participants.Add(new ParticipantRow());
        }

        while (Input.Agenda.Count < ScheduleInput.AgendaRows)
        {
            Input.Agenda.Add(null);
        }
    }
}
