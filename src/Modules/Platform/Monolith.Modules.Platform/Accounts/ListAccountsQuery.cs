using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Accounts;

internal sealed record AccountSummary(string UserName, string DisplayName, string Role, string RoleName, bool IsActive, DateTimeOffset? LastLoginAt) : IAuditShownItem
{
    string IAuditShownItem.AuditKey => "account:" + UserName;
}

/// <summary>Staff accounts by role and name, one page at a time, optionally of one role or matching a name. Shows staff names, so it is audited.</summary>
internal sealed record ListAccountsQuery(string? Role = null, string? Search = null, PageRequest? Paging = null) : IQuery<Paged<AccountSummary>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "账号列表";
}

internal sealed class ListAccountsHandler(PlatformDbContext db, ModuleDirectory modules) : IRequestHandler<ListAccountsQuery, Paged<AccountSummary>>
{
    public async Task<Paged<AccountSummary>> Handle(ListAccountsQuery request, CancellationToken cancellationToken)
    {
        var accounts = db.Accounts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Role))
        {
            accounts = accounts.Where(a => a.Role == request.Role);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            accounts = accounts.Where(a => a.UserName.Contains(search) || a.DisplayName.Contains(search));
        }

        var page = await accounts.OrderBy(a => a.Role).ThenBy(a => a.UserName).ToPagedAsync(request.Paging ?? PageRequest.First, cancellationToken);
        return page.Select(a => new AccountSummary(a.UserName, a.DisplayName, a.Role, modules.RoleDisplayName(a.Role), a.IsActive, a.LastLoginAt));
    }
}
