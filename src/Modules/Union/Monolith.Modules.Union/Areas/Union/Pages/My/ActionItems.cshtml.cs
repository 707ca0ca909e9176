using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Features.Meetings;

namespace Monolith.Modules.Union.Areas.Union.Pages.My;

internal sealed class ProgressInput
{
    public Guid ItemId { get; set; }

    public string? Note { get; set; }

    public bool Complete { get; set; }
}

/// <summary>本单位待办事项: meeting decisions the user's agency carries out, with progress and completion.</summary>
internal sealed class ActionItemsModel : CommandPageModel
{
    [BindProperty]
    public ProgressInput Progress { get; set; } = new();

    public IReadOnlyList<ActionItemView> Items { get; private set; } = [];

    protected override string? StaleRecordMessage => "该事项已不存在。";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync() => SendAsync(
        new RecordActionItemProgressCommand(Progress.ItemId, Progress.Note, Progress.Complete),
        Progress.Complete ? "已登记办结，并告知会议召集单位。" : "已登记办理进展。",
        nameof(Progress));

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Items = await Mediator.Send(new ListActionItemsQuery(), cancellationToken);
        return true;
    }
}
