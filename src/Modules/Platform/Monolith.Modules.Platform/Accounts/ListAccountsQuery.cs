using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Accounts;

internal sealed record AccountSummary(string UserName, string DisplayName, string Role, string RoleName, bool IsActive, DateTimeOffset? LastLoginAt);

internal sealed record ListAccountsQuery : IQuery<IReadOnlyList<AccountSummary>>;

internal sealed class ListAccountsHandler(PlatformDbContext db, ModuleDirectory modules) : IRequestHandler<ListAccountsQuery, IReadOnlyList<AccountSummary>>
{
    public async Task<IReadOnlyList<AccountSummary>> Handle(ListAccountsQuery request, CancellationToken cancellationToken)
    {
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Role).ThenBy(a => a.UserName).ToListAsync(cancellationToken);
        return accounts.ConvertAll(a => new AccountSummary(a.UserName, a.DisplayName, a.Role, modules.RoleDisplayName(a.Role), a.IsActive, a.LastLoginAt));
    }
}
