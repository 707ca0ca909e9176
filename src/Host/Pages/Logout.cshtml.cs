using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Identity;

namespace Monolith.Host.Pages;

/// <summary>Signs out and ends the account's sessions (POST only, with the antiforgery token); GET shows the confirmation button.</summary>
internal sealed class LogoutModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await AuthEndpoints.SignOutAsync(HttpContext);
        return Redirect("/login");
    }
}
