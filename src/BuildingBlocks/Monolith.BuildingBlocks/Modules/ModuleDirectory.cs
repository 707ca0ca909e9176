namespace Monolith.BuildingBlocks.Modules;

/// <summary>
/// The descriptors of every composed module, for what is the same for all of them: roles and their Chinese names,
/// navigation, demo accounts, agency names. It hands out descriptions only, never a module's services or data.
/// </summary>
public sealed class ModuleDirectory
{
    public ModuleDirectory(IEnumerable<ModuleInfo> modules)
    {
        Modules = [.. modules];
        var problems = Modules.SelectMany(m => m.Validate()).ToList();
        problems.AddRange(Duplicates(Modules.Select(m => m.Name), "模块名"));
        problems.AddRange(Duplicates(Modules.Select(m => m.Schema), "schema"));
        problems.AddRange(Duplicates(Modules.Where(m => m.LinkageCode is not null).Select(m => m.LinkageCode!), "联动编号机构代码"));
        problems.AddRange(Duplicates(Modules.SelectMany(m => m.Roles).Select(r => r.Name), "角色"));
        problems.AddRange(Duplicates(Modules.SelectMany(m => m.DemoAccounts).Select(a => a.UserName), "演示账号"));
        problems.AddRange(Modules.SelectMany(m => m.Navigation.Where(l => l.Role != NavLink.EveryRole && !Modules.Any(o => o.Roles.Any(r => r.Name == l.Role)))
            .Select(l => $"{m.Name}：导航“{l.Title}”指向的角色 {l.Role} 没有任何模块声明。")));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("模块描述无效：" + string.Join(" ", problems));
        }

        Roles = [.. Modules.SelectMany(m => m.Roles)];
    }

    public IReadOnlyList<ModuleInfo> Modules { get; }

    public IReadOnlyList<RoleInfo> Roles { get; }

    public bool IsRole(string? role) => Roles.Any(r => r.Name == role);

    public string RoleDisplayName(string? role) => Roles.FirstOrDefault(r => r.Name == role)?.DisplayName ?? role ?? string.Empty;

    /// <summary>Where a role can go, in module order; then the pages every role has.</summary>
    public IReadOnlyList<NavLink> NavigationFor(string? role) =>
        role is null
            ? []
            : [.. Modules.SelectMany(m => m.Navigation).Where(l => l.Role == role), .. Modules.SelectMany(m => m.Navigation).Where(l => l.Role == NavLink.EveryRole)];

    /// <summary>The modules that are agencies: those that issue linkage numbers (not the platform, not the joint window).</summary>
    public IEnumerable<ModuleInfo> Agencies => Modules.Where(m => m.LinkageCode is not null);

    public IEnumerable<DemoAccount> DemoAccounts => Modules.SelectMany(m => m.DemoAccounts);

    /// <summary>The module whose roles include <paramref name="role"/>, if any.</summary>
    public ModuleInfo? ModuleOfRole(string? role) => Modules.FirstOrDefault(m => m.Roles.Any(r => r.Name == role));

    public ModuleInfo? Find(string moduleName) => Modules.FirstOrDefault(m => m.Name == moduleName);

    private static IEnumerable<string> Duplicates(IEnumerable<string> values, string what) =>
        values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"{what} {g.Key} 重复。");
}
