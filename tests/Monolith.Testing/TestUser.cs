using Monolith.BuildingBlocks.Identity;

namespace Monolith.Testing;

/// <summary>The acting user in tests; change it between steps to act as another agency's staff.</summary>
public sealed class TestUser : ICurrentUser
{
    public string UserName { get; set; } = "tester";

    public string DisplayName { get; set; } = "测试人员";

    public string? Role { get; set; } = PlatformRoles.Administrator;

    public bool IsAuthenticated => true;

    public TestUser ActAs(string userName, string role)
    {
        UserName = userName;
        DisplayName = userName;
        Role = role;
        return this;
    }
}
