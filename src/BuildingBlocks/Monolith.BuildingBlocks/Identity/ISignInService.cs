using System.Security.Claims;

namespace Monolith.BuildingBlocks.Identity;

public sealed record SignInAttempt(ClaimsPrincipal? Principal, string? Error)
{
    public bool Succeeded => Principal is not null;
}

/// <summary>Checks a staff member's password and builds the principal of a signed-in user (the platform module's accounts).</summary>
public interface ISignInService
{
    Task<SignInAttempt> SignInAsync(string userName, string password, CancellationToken cancellationToken);
}
