using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Platform.Accounts;

namespace Monolith.Modules.Platform.Areas.Platform.Pages;

internal sealed class AccountInput
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; }

    public string? Password { get; set; }
}

/// <summary>Staff accounts: the list, and a form to add one (CreateAccountCommand).</summary>
internal sealed class AccountsModel(ModuleDirectory modules) : CommandPageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<AccountSummary> Accounts { get; private set; } = [];

    public PagerView? Pager { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync() => SendAsync(
        new CreateAccountCommand(Input.UserName?.Trim() ?? string.Empty, Input.DisplayName?.Trim() ?? string.Empty, Input.Role ?? string.Empty, Input.Password ?? string.Empty),
        $"已新增账号 {Input.UserName?.Trim()}（{modules.RoleDisplayName(Input.Role)}）。",
        nameof(Input));

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListAccountsQuery(null, Search?.Trim(), new PageRequest(Math.Max(PageNumber ?? 1, 1))), cancellationToken);
        Accounts = page.Items;
        Pager = PagerView.For(page, Request);
        return true;
    }
}
