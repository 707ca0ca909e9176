using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Monolith.Host.Pages;

/// <summary>
/// Where the cookie handler sends a signed-in user who lacks the role for a page. It answers 403 to any method (it
/// changes nothing, so a POST needs no antiforgery token).
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;

    public void OnPost() => OnGet();
}
