using System.Security.Claims;

namespace Monolith.BuildingBlocks.Identity;

public sealed record SignInAttempt(ClaimsPrincipal? Principal, string? Error)
{
    public bool Succeeded => Principal is not null;
}

/// <summary>
/// Checks a staff member's password and builds the principal of a signed-in user, and says whether a session (a cookie
/// issued earlier) still stands: the platform module's accounts implement it.
/// </summary>
public interface ISignInService
{
    /// <param name="clientAddress">The caller's address (after trusted forwarded headers): failures are counted per account and address.</param>
    Task<SignInAttempt> SignInAsync(string userName, string password, string clientAddress, CancellationToken cancellationToken);

    /// <summary>
    /// False once the account was signed out, disabled or had its password changed after the session began (its
    /// security stamp changed): the cookie is then refused on its next request.
    /// </summary>
    Task<bool> IsSessionCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken);

    /// <summary>Ends every session of the principal's account, this one included (sign-out).</summary>
    Task EndSessionsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken);
}
