using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Features.DecideAcceptance;
using Monolith.Modules.Arbitration.Features.GetApplication;
using Monolith.Modules.Arbitration.Features.IssueOneTimeNotice;
using Monolith.Modules.Arbitration.Features.ReferToLegalAid;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

internal sealed class ReferInput
{
    public bool ConsentGiven { get; set; }

    public bool WorkerHasNoAgent { get; set; }

    public bool EconomicHardshipStated { get; set; }
}

internal sealed class DecisionInput
{
    public string? RejectionReason { get; set; }
}

internal sealed class NoticeInput
{
    public string? Arbitrators { get; set; }

    public DateOnly? DefenceDueDate { get; set; }

    public DateOnly? EvidenceDueDate { get; set; }

    public DateOnly? HearingDate { get; set; }

    public TimeOnly? HearingTime { get; set; }

    public string? HearingPlace { get; set; }
}

/// <summary>
/// One application in full (an audited read of personal data) with what can be done next: refer to legal aid with the
/// worker's consent, decide acceptance, issue the one-time notice.
/// </summary>
internal sealed class ApplicationModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ReferInput Refer { get; set; } = new();

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    [BindProperty]
    public NoticeInput Notice { get; set; } = new();

    public ApplicationDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostReferAsync(Guid id, CancellationToken cancellationToken) => RunAsync(
        id,
        new ReferToLegalAidCommand(id, Refer.ConsentGiven, Refer.WorkerHasNoAgent, Refer.EconomicHardshipStated),
        "已记录劳动者同意并转介法律援助机构，审查结果将在本页显示。",
        path => path switch
        {
            "consentGiven" => "Refer.ConsentGiven",
            "workerHasNoAgent" => "Refer.WorkerHasNoAgent",
            _ => null,
        },
        cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) => RunAsync(
        id, new DecideAcceptanceCommand(id, true, null), "已受理并立案。", _ => null, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken) => RunAsync(
        id,
        new DecideAcceptanceCommand(id, false, Decision.RejectionReason),
        "已作出不予受理决定。",
        path => path == "rejectionReason" ? "Decision.RejectionReason" : null,
        cancellationToken);

    public Task<IActionResult> OnPostNoticeAsync(Guid id, CancellationToken cancellationToken) => RunAsync(
        id,
        new IssueOneTimeNoticeCommand(id, Notice.Arbitrators, Notice.DefenceDueDate, Notice.EvidenceDueDate, Notice.HearingDate, Notice.HearingTime, Notice.HearingPlace),
        "已发出一次性告知。",
        path => path.Length == 0 ? null : "Notice." + char.ToUpperInvariant(path[0]) + path[1..],
        cancellationToken);

    /// <summary>Sends the command; on success back to this page by GET (post-redirect-get), else the page with the errors.</summary>
    private async Task<IActionResult> RunAsync<TResult>(
        Guid id, IRequest<TResult> command, string notice, Func<string, string?> fieldFor, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await mediator.Send(command, cancellationToken);
                TempData["Notice"] = notice;
                return RedirectToPage(new { id });
            }
            catch (RequestValidationException invalid)
            {
                PageText.AddErrors(ModelState, invalid, fieldFor);
            }
            catch (BusinessRuleViolationException refused)
            {
                ModelState.AddModelError(string.Empty, refused.Message);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Details = await mediator.Send(new GetApplicationQuery(id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
