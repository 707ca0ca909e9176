using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Monolith.BuildingBlocks.Identity;

/// <summary>Who is acting. Outside a web request (jobs, the relay) it is the system.</summary>
public interface ICurrentUser
{
    string UserName { get; }

    string DisplayName { get; }

    string? Role { get; }

    bool IsAuthenticated { get; }
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string SystemUser = "system";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string UserName => IsAuthenticated ? Principal!.Identity!.Name ?? SystemUser : SystemUser;

    public string DisplayName => IsAuthenticated ? Principal!.FindFirstValue(PlatformClaims.DisplayName) ?? UserName : "系统";

    public string? Role => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.Role) : null;
}

public static class PlatformClaims
{
    public const string DisplayName = "display_name";

    /// <summary>The account's security stamp when the cookie was issued; the cookie is refused once the account's changes.</summary>
    public const string SecurityStamp = "security_stamp";
}
