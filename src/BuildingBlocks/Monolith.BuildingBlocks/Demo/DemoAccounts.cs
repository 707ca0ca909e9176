using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Identity;

namespace Monolith.BuildingBlocks.Demo;

/// <summary>One demo account per role. The README lists them; the password is the same for all.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo2026pass";

    public static IReadOnlyList<(string UserName, string Role)> All { get; } =
    [
        ("window", Roles.WindowStaff),
        ("inspection", Roles.InspectionOfficer),
        ("arbitration", Roles.ArbitrationClerk),
        ("union", Roles.UnionOfficer),
        ("legalaid", Roles.LegalAidReviewer),
        ("mediation", Roles.Mediator),
        ("supervision", Roles.SupervisionOfficer),
        ("admin", Roles.Administrator),
    ];
}

internal sealed class DemoAccountsSeeder : IDemoDataSeeder
{
    public int Order => 0;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var accounts = services.GetRequiredService<AccountService>();
        var names = new FakeIdentity(2026);
        foreach (var (userName, role) in DemoAccounts.All)
        {
            await accounts.EnsureAccountAsync(userName, $"{names.PersonName()}（演示）", role, DemoAccounts.Password, cancellationToken);
        }
    }
}
