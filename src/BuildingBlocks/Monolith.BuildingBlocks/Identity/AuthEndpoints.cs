using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;

namespace Monolith.BuildingBlocks.Identity;

public sealed record SignInRequest(string? UserName, string? Password);

public sealed record SignedInUser(string UserName, string DisplayName, string Role, string RoleName);

/// <summary>/api/auth: cookie sign-in and sign-out for the API, and who is signed in.</summary>
public static class AuthEndpoints
{
    public const int MaxUserNameLength = 64;

    /// <summary>No password is longer (the password rules say so); a longer one, or one with characters no password may hold, is a 400.</summary>
    public const int MaxPasswordLength = 128;

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Identity");
        auth.MapPost("/login", SignInAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimiting.Policy).AnswersWithoutCommand()
            .Produces<SignedInUser>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapPost("/logout", async (HttpContext http) =>
        {
            await SignOutAsync(http);
            return TypedResults.NoContent();
        }).RequireAuthorization().AnswersWithoutCommand();
        auth.MapGet("/me", (ClaimsPrincipal user, ModuleDirectory directory) => TypedResults.Ok(Describe(user, directory))).RequireAuthorization();
        return endpoints;
    }

    /// <summary>Signs the user in with a cookie. Shared by the API and the login page.</summary>
    public static async Task<SignInAttempt> SignInWithCookieAsync(HttpContext http, string? userName, string? password)
    {
        ArgumentNullException.ThrowIfNull(http);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(userName))
        {
            errors["userName"] = ["请输入用户名。"];
        }
        else if (userName.Length > MaxUserNameLength || TextRules.Problem(userName, multiLine: false) is not null)
        {
            // What is typed here is written to the audit log: no control, bidi or zero-width characters, nothing long.
            errors["userName"] = ["用户名或密码错误。"];
        }

        if (string.IsNullOrEmpty(password))
        {
            errors["password"] = ["请输入密码。"];
        }
        else if (password.Length > MaxPasswordLength || TextRules.Problem(password, multiLine: true) is not null)
        {
            // No account can have such a password (every request's strings are checked, and the rules cap its length): refused
            // before any account is looked up, so the answer says nothing about the account.
            errors["password"] = ["用户名或密码错误。"];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var accounts = http.RequestServices.GetRequiredService<ISignInService>();
        var attempt = await accounts.SignInAsync(userName!.Trim(), password!, SignInRateLimiting.ClientAddress(http), http.RequestAborted);
        if (attempt.Succeeded)
        {
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, attempt.Principal!);
        }

        return attempt;
    }

    /// <summary>Signs out and ends every session of the account (the security stamp changes), so a saved cookie no longer works.</summary>
    public static async Task SignOutAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.User.Identity?.IsAuthenticated == true)
        {
            await http.RequestServices.GetRequiredService<ISignInService>().EndSessionsAsync(http.User, http.RequestAborted);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static SignedInUser Describe(ClaimsPrincipal user, ModuleDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(directory);
        var role = user.FindFirstValue(ClaimTypes.Role) ?? string.Empty;
        return new SignedInUser(user.Identity?.Name ?? string.Empty, user.FindFirstValue(PlatformClaims.DisplayName) ?? string.Empty, role, directory.RoleDisplayName(role));
    }

    private static async Task<IResult> SignInAsync(SignInRequest request, HttpContext http)
    {
        var attempt = await SignInWithCookieAsync(http, request.UserName, request.Password);
        return attempt.Succeeded
            ? TypedResults.Ok(Describe(attempt.Principal!, http.RequestServices.GetRequiredService<ModuleDirectory>()))
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "登录失败", detail: attempt.Error);
    }
}
