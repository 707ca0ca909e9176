using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Features.Lawyers;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

internal sealed class GrantInput
{
    public Guid? LawyerId { get; set; }
}

internal sealed class RefuseInput
{
    public string? Reason { get; set; }
}

/// <summary>One application in full (an audited read of personal data), and the decision: grant with a lawyer, or refuse with reasons.</summary>
internal sealed class ApplicationModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public GrantInput Grant { get; set; } = new();

    [BindProperty]
    public RefuseInput Refuse { get; set; } = new();

    public ApplicationDetails Details { get; private set; } = null!;

    public IReadOnlyList<LawyerView> Lawyers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostGrantAsync(Guid id, CancellationToken cancellationToken) => RunAsync(
        id,
        new GrantLegalAidCommand(id, Grant.LawyerId),
        "已决定给予法律援助并指派，决定已告知转介机构。",
        path => path == "lawyerId" ? "Grant.LawyerId" : null,
        cancellationToken);

    public Task<IActionResult> OnPostRefuseAsync(Guid id, CancellationToken cancellationToken) => RunAsync(
        id,
        new RefuseLegalAidCommand(id, Refuse.Reason),
        "已决定不予法律援助，决定及理由已告知转介机构。",
        path => path == "reason" ? "Refuse.Reason" : null,
        cancellationToken);

    private async Task<IActionResult> RunAsync(
        Guid id, IRequest<MediatR.Unit> command, string notice, Func<string, string?> fieldFor, CancellationToken cancellationToken)
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
        }
        catch (NotFoundException)
        {
            return false;
        }

        if (Details.Status == LegalAidApplicationStatus.PendingReview)
        {
            Lawyers = await mediator.Send(new ListLawyersQuery(), cancellationToken);
        }

        return true;
    }
}
