using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Identity.CreateAccount;

namespace Monolith.Host.Pages.Admin;

internal sealed class AccountInput
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; }

    public string? Password { get; set; }
}

/// <summary>Staff accounts: the list, and a form to add one (CreateAccountCommand).</summary>
internal sealed class AccountsModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public IReadOnlyList<AccountSummary> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await mediator.Send(new CreateAccountCommand(Input.UserName?.Trim() ?? string.Empty, Input.DisplayName?.Trim() ?? string.Empty, Input.Role ?? string.Empty, Input.Password ?? string.Empty), cancellationToken);
                TempData["Notice"] = $"已新增账号 {Input.UserName?.Trim()}（{Roles.DisplayName(Input.Role ?? string.Empty)}）。";
                return RedirectToPage();
            }
            catch (RequestValidationException invalid)
            {
                ValidationErrors.AddTo(ModelState, invalid, path => path switch
                {
                    "userName" => "Input.UserName",
                    "displayName" => "Input.DisplayName",
                    "role" => "Input.Role",
                    "password" => "Input.Password",
                    _ => null,
                });
            }
            catch (BusinessRuleViolationException refused)
            {
                ModelState.AddModelError(string.Empty, refused.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Accounts = await mediator.Send(new ListAccountsQuery(), cancellationToken);
}
