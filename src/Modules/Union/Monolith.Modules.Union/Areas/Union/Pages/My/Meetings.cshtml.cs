using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Features.Meetings;

namespace Monolith.Modules.Union.Areas.Union.Pages.My;

internal sealed class RequestInput
{
    public string? Subject { get; set; }

    public string? Reason { get; set; }

    /// <summary>Linkage numbers separated by spaces, commas or new lines.</summary>
    public string? LinkedMatters { get; set; }
}

/// <summary>我的会议: the meetings the user or their agency takes part in, with their calendar files; and a request for a coordination meeting.</summary>
internal sealed class MeetingsModel : CommandPageModel
{
    [BindProperty]
    public RequestInput Ask { get; set; } = new();

    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostRequestAsync() => SendAsync(
        new RequestCoordinationMeetingCommand(
            Ask.Subject, Ask.Reason,
            [.. (Ask.LinkedMatters ?? string.Empty).Split([' ', ',', '，', '\n', '\r', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]),
        "已提请召开专题协调会，等待管理员安排。",
        nameof(Ask));

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Meetings = await Mediator.Send(new MyMeetingsQuery(), cancellationToken);
        return true;
    }

    protected override void AddValidationErrors(Monolith.BuildingBlocks.Application.RequestValidationException invalid, string? input) =>
        PageText.AddErrors(ModelState, invalid, path => path.StartsWith("linkedMatters", StringComparison.Ordinal) ? "Ask.LinkedMatters" : $"Ask.{Monolith.BuildingBlocks.Application.FieldPath.ToFormField(null, path)}");
}
