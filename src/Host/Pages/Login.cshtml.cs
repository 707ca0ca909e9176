using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;

namespace Monolith.Host.Pages;

/// <summary>
/// Cookie sign-in for staff; goes back to the page that asked for it, if that page is on this site. Posts are limited
/// per client address like the login API (SignInRateLimiting).
/// </summary>
[EnableRateLimiting(SignInRateLimiting.Policy)]
internal sealed class LoginModel : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        SignInAttempt attempt;
        try
        {
            attempt = await AuthEndpoints.SignInWithCookieAsync(HttpContext, UserName, Password);
        }
        catch (RequestValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                var key = field switch
                {
                    "userName" => nameof(UserName),
                    "password" => nameof(Password),
                    _ => string.Empty,
                };
                foreach (var message in messages)
                {
                    ModelState.AddModelError(key, message);
                }
            }

            return Page();
        }

        if (!attempt.Succeeded)
        {
            ModelState.AddModelError(string.Empty, attempt.Error ?? "用户名或密码错误。");
            return Page();
        }

        return LocalRedirect(SafeReturnUrl);
    }

    /// <summary>Only a path on this site: an absolute or protocol-relative URL would make the login page an open redirect.</summary>
    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
