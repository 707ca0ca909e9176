using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Accounts;

internal sealed record ChangePasswordBody(string? CurrentPassword, string? NewPassword);

internal static class AccountEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        var accounts = admin.MapGroup("/accounts");
        accounts.MapGet("/", (string? role, string? q, int? pageNumber, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListAccountsQuery(role, q, PageRequest.From(pageNumber, pageSize)), ct));
        accounts.MapPost("/", async Task<Created> (CreateAccountCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command, ct);
            return TypedResults.Created($"/api/admin/accounts/{command.UserName}");
        });
        accounts.MapPost("/{userName}/disable", async Task<NoContent> (string userName, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DisableAccountCommand(userName), ct);
            return TypedResults.NoContent();
        });
        accounts.MapPost("/{userName}/enable", async Task<NoContent> (string userName, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new EnableAccountCommand(userName), ct);
            return TypedResults.NoContent();
        });
        accounts.MapPost("/{userName}/unlock", async Task<NoContent> (string userName, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new UnlockSignInCommand(userName), ct);
            return TypedResults.NoContent();
        });
    }

    /// <summary>POST /api/auth/password: any signed-in user changes their own password and keeps this session (a new cookie).</summary>
    public static void MapPasswordChange(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/auth/password", async Task<NoContent> (
            ChangePasswordBody body, HttpContext http, AccountService accounts, PlatformDbContext db, IMediator mediator, CancellationToken ct) =>
        {
            var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == http.User.Identity!.Name && a.IsActive, ct);
            if (account is null || string.IsNullOrEmpty(body.CurrentPassword)
                || !await accounts.CheckPasswordAsync(account, body.CurrentPassword, SignInRateLimiting.ClientAddress(http), ct))
            {
                throw RequestValidationException.For("currentPassword", "当前密码不正确。");
            }

            await mediator.Send(new ChangePasswordCommand(body.NewPassword), ct);
            var changed = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == account.Id, ct);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountService.PrincipalOf(changed));
            return TypedResults.NoContent();
        }).WithTags("Identity").RequireAuthorization().RequireRateLimiting(SignInRateLimiting.Policy);
}
