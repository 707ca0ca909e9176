using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity.CreateAccount;
using Monolith.BuildingBlocks.Web;

namespace Monolith.BuildingBlocks.Identity;

public sealed record SignInRequest(string? UserName, string? Password);

public sealed record SignedInUser(string UserName, string DisplayName, string Role, string RoleName);

public static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Identity");
        auth.MapPost("/login", SignInAsync).AllowAnonymous();
        auth.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).RequireAuthorization();
        auth.MapGet("/me", (ClaimsPrincipal user) => Results.Ok(Describe(user))).RequireAuthorization();

        var admin = endpoints.MapGroup("/api/admin/accounts").WithTags("Administration")
            .RequireAuthorization(WebServiceCollectionExtensions.AdministratorPolicy);
        admin.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListAccountsQuery(), ct));
        admin.MapPost("/", async (CreateAccountCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command, ct);
            return Results.Created($"/api/admin/accounts/{command.UserName}", null);
        });
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

        if (string.IsNullOrEmpty(password))
        {
            errors["password"] = ["请输入密码。"];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var accounts = http.RequestServices.GetRequiredService<AccountService>();
        var attempt = await accounts.SignInAsync(userName!.Trim(), password!, http.RequestAborted);
        if (attempt.Succeeded)
        {
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, attempt.Principal!);
        }

        return attempt;
    }

    public static SignedInUser Describe(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var role = user.FindFirstValue(ClaimTypes.Role) ?? string.Empty;
        return new SignedInUser(user.Identity?.Name ?? string.Empty, user.FindFirstValue(PlatformClaims.DisplayName) ?? string.Empty, role, Roles.DisplayName(role));
    }

    private static async Task<IResult> SignInAsync(SignInRequest request, HttpContext http)
    {
        var attempt = await SignInWithCookieAsync(http, request.UserName, request.Password);
        return attempt.Succeeded
            ? Results.Ok(Describe(attempt.Principal!))
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "登录失败", detail: attempt.Error);
    }
}
