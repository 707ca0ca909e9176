namespace Monolith.Host.Pages;

/// <summary>Authorization policies of the host's own pages (module pages use their module's policy).</summary>
internal static class HostPolicies
{
    /// <summary>The joint service window's tools: window staff, and administrators.</summary>
    public const string JointWindow = "JointWindow";
}
