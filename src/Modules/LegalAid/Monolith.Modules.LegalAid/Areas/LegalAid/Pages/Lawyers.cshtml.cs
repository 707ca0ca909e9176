using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Features.Lawyers;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

internal sealed class LawyerInput
{
    public string? Name { get; set; }

    public string? Firm { get; set; }

    public string? Phone { get; set; }
}

/// <summary>The roster of lawyers who can be assigned, and a form to add one (AddLawyerCommand).</summary>
internal sealed class LawyersModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public LawyerInput Input { get; set; } = new();

    public IReadOnlyList<LawyerView> Lawyers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lawyers = await mediator.Send(new ListLawyersQuery(ActiveOnly: false), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await mediator.Send(new AddLawyerCommand(Input.Name, Input.Firm, Input.Phone), cancellationToken);
                TempData["Notice"] = $"已将{Input.Name?.Trim()}加入名册。";
                return RedirectToPage();
            }
            catch (RequestValidationException invalid)
            {
                PageText.AddErrors(ModelState, invalid, path => path switch
                {
                    "name" => "Input.Name",
                    "firm" => "Input.Firm",
                    "phone" => "Input.Phone",
                    _ => null,
                });
            }
            catch (BusinessRuleViolationException refused)
            {
                ModelState.AddModelError(string.Empty, refused.Message);
            }
        }

        Lawyers = await mediator.Send(new ListLawyersQuery(ActiveOnly: false), cancellationToken);
        return Page();
    }
}
