namespace Monolith.BuildingBlocks.Demo;

/// <summary>The demo accounts are declared by each module (ModuleInfo.DemoAccounts); they all share this password.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo2026pass";
}
