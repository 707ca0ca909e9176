namespace Monolith.BuildingBlocks.Identity;

/// <summary>
/// The one role the building blocks themselves need: administrators, who see every module's parked messages, the
/// deadline rules and the job dashboard. Every other role is declared by the module it belongs to (ModuleInfo.Roles).
/// </summary>
public static class PlatformRoles
{
    public const string Administrator = "Administrator";
}
