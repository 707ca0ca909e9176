using System.Text.RegularExpressions;

namespace Monolith.BuildingBlocks.Modules;

/// <summary>
/// What the platform needs to know about a module, all declared by the module itself: its names, the code its linkage
/// numbers carry, its staff roles, where those roles can go in the pages, and its demo accounts. The building blocks
/// know no module by name; everything agency-specific comes from here.
/// </summary>
/// <param name="Name">PascalCase code name, e.g. "Arbitration": the page area, the table prefix, the Hangfire queue.</param>
/// <param name="Schema">Database schema and API segment, e.g. "arbitration" (/api/arbitration).</param>
/// <param name="DisplayName">The module in Chinese, e.g. "劳动人事争议仲裁".</param>
/// <param name="AgencyName">The agency in Chinese as it appears on notices and in other agencies' records, e.g. "劳动人事争议仲裁院".</param>
public sealed partial record ModuleInfo(string Name, string Schema, string DisplayName, string AgencyName)
{
    /// <summary>Two capital letters in every linkage number this module issues, e.g. "ZC"; null if it issues none.</summary>
    public string? LinkageCode { get; init; }

    /// <summary>The roles whose members use the module's API and pages.</summary>
    public IReadOnlyList<RoleInfo> Roles { get; init; } = [];

    /// <summary>The module's entries in the top bar and on the home page, per role.</summary>
    public IReadOnlyList<NavLink> Navigation { get; init; } = [];

    /// <summary>
    /// Pages of the module that anyone may use without signing in (e.g. a public application form), linked from the
    /// sign-in page. Each must be opened to anonymous visitors by the page itself; everything else stays behind sign-in.
    /// </summary>
    public IReadOnlyList<PublicLink> PublicLinks { get; init; } = [];

    /// <summary>Accounts the embedded demo deployment creates (password <see cref="Demo.DemoAccounts.Password"/>).</summary>
    public IReadOnlyList<DemoAccount> DemoAccounts { get; init; } = [];

    public IReadOnlyList<string> RoleNames => [.. Roles.Select(r => r.Name)];

    /// <summary>The Hangfire queue of the module's scheduled work: its schema, which is lower-case already.</summary>
    public string JobQueue => Schema.Replace('-', '_');

    /// <summary>Problems with the descriptor; the service refuses to start with any.</summary>
    public IEnumerable<string> Validate()
    {
        if (!CodeName().IsMatch(Name))
        {
            yield return $"模块名 {Name} 应为英文字母开头的 PascalCase 名称。";
        }

        if (!SchemaName().IsMatch(Schema))
        {
            yield return $"{Name}：schema {Schema} 应为小写字母。";
        }

        if (LinkageCode is not null && !Linkage.LinkageNumber.IsValidAgencyCode(LinkageCode))
        {
            yield return $"{Name}：联动编号机构代码 {LinkageCode} 应为两个大写字母。";
        }

        foreach (var account in DemoAccounts.Where(a => Roles.All(r => r.Name != a.Role)))
        {
            yield return $"{Name}：演示账号 {account.UserName} 的角色 {account.Role} 不是本模块的角色。";
        }
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex CodeName();

    [GeneratedRegex("^[a-z][a-z0-9]*$")]
    private static partial Regex SchemaName();
}

/// <param name="Name">The role's code, stored on accounts, e.g. "ArbitrationClerk".</param>
/// <param name="DisplayName">The role in Chinese, e.g. "仲裁立案工作人员".</param>
public sealed record RoleInfo(string Name, string DisplayName);

/// <summary>
/// A place a role can go, shown in the top bar and on the home page. <see cref="EveryRole"/> as the role: a page every
/// signed-in staff member has (their meetings, their reminders), whatever their role.
/// </summary>
public sealed record NavLink(string Role, string Title, string Url, string Description)
{
    public const string EveryRole = "*";
}

/// <summary>A page open to the public, as the sign-in page links it.</summary>
public sealed record PublicLink(string Title, string Url, string Description);

public sealed record DemoAccount(string UserName, string Role);
