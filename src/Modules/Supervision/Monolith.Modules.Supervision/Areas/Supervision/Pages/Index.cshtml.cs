using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Features.ListOversight;
using Monolith.Modules.Supervision.Features.RecordFollowUp;

namespace Monolith.Modules.Supervision.Areas.Supervision.Pages;

/// <summary>The timeliness oversight list (every agency's missed deadlines) with a follow-up form for each open entry.</summary>
internal sealed class IndexModel(DeadlineCatalogue catalogue) : CommandPageModel
{
    /// <summary>The entry whose follow-up form was posted.</summary>
    [BindProperty]
    public Guid? EntryId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The note's messages, shown under the form of <see cref="EntryId"/> (one form per entry).</summary>
    public IReadOnlyList<string> NoteErrors => ModelState.TryGetValue(nameof(Note), out var state) ? [.. state.Errors.Select(e => e.ErrorMessage)] : [];

    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<OversightEntryView> Entries { get; private set; } = [];

    public string TotalCount { get; private set; } = "0";

    public string OpenCount { get; private set; } = "0";

    public PagerView? Pager { get; private set; }

    public IEnumerable<CatalogueEntry> Rules => catalogue.EntriesOf(SupervisionModule.Descriptor.Name);

    protected override string StaleRecordMessage => "该逾期事项不存在或已被处理。";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostFollowUpAsync()
    {
        if (EntryId is null)
        {
            ModelState.AddModelError(string.Empty, "请选择要登记督办情况的逾期事项。");
        }

        return SendAsync(new RecordFollowUpCommand(EntryId ?? Guid.Empty, Note), "已登记督办情况。");
    }

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListOversightEntriesQuery(Paging: new PageRequest(Math.Max(PageNumber ?? 1, 1), 20)), cancellationToken);
        Entries = page.Items;
        TotalCount = PagerView.Count(page);
        OpenCount = PagerView.Count(await Mediator.Send(new ListOversightEntriesQuery(OpenOnly: true, Paging: new PageRequest(1, 1)), cancellationToken));
        Pager = PagerView.For(page, Request);
        return true;
    }

    /// <summary>The note's messages go under its form; anything else (the entry itself) to the top of the page.</summary>
    protected override void AddValidationErrors(RequestValidationException invalid, string? input) =>
        PageText.AddErrors(ModelState, invalid, path => path == "note" ? nameof(Note) : null);
}
