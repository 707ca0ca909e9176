using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Supervision.Features.ListOversight;
using Monolith.Modules.Supervision.Features.RecordFollowUp;

namespace Monolith.Modules.Supervision.Areas.Supervision.Pages;

/// <summary>The timeliness oversight list (every agency's missed deadlines) with a follow-up form for each open entry.</summary>
internal sealed class IndexModel(IMediator mediator, DeadlineCatalogue catalogue) : PageModel
{
    /// <summary>The entry whose follow-up form was posted.</summary>
    [BindProperty]
    public Guid? EntryId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public IReadOnlyList<string> NoteErrors { get; private set; } = [];

    public IReadOnlyList<OversightEntryView> Entries { get; private set; } = [];

    public IEnumerable<CatalogueEntry> Rules => catalogue.EntriesOf(SupervisionModule.Descriptor.Name);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await mediator.Send(new ListOversightEntriesQuery(), cancellationToken);

    public async Task<IActionResult> OnPostFollowUpAsync(CancellationToken cancellationToken)
    {
        if (EntryId is { } entryId)
        {
            try
            {
                await mediator.Send(new RecordFollowUpCommand(entryId, Note), cancellationToken);
                TempData["Notice"] = "已登记督办情况。";
                return RedirectToPage();
            }
            catch (RequestValidationException invalid)
            {
                NoteErrors = invalid.Errors.Where(e => e.Key == "note").SelectMany(e => e.Value).ToList();
                foreach (var (_, messages) in invalid.Errors.Where(e => e.Key != "note"))
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(string.Empty, message);
                    }
                }
            }
            catch (BusinessRuleViolationException refused)
            {
                ModelState.AddModelError(string.Empty, refused.Message);
            }
            catch (NotFoundException notFound)
            {
                ModelState.AddModelError(string.Empty, notFound.Message);
            }
        }
        else
        {
            ModelState.AddModelError(string.Empty, "请选择要登记督办情况的逾期事项。");
        }

        Entries = await mediator.Send(new ListOversightEntriesQuery(), cancellationToken);
        return Page();
    }
}
