using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Monolith.Modules.Platform.Accounts;

internal static class AccountEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        var accounts = admin.MapGroup("/accounts");
        accounts.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListAccountsQuery(), ct));
        accounts.MapPost("/", async (CreateAccountCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command, ct);
            return Results.Created($"/api/admin/accounts/{command.UserName}", null);
        });
    }
}
