using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Modules.Platform.Accounts;

/// <summary>The demo accounts every composed module declares in its descriptor; the README lists them.</summary>
internal sealed class DemoAccountsSeeder : IDemoDataSeeder
{
    public int Order => 0;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var accounts = services.GetRequiredService<AccountService>();
        var names = new FakeIdentity(2026);
        foreach (var account in services.GetRequiredService<ModuleDirectory>().DemoAccounts)
        {
            await accounts.EnsureAccountAsync(account.UserName, $"{names.PersonName()}（演示）", account.Role, DemoAccounts.Password, cancellationToken);
        }
    }
}
