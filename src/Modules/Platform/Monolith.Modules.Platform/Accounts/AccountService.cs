using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Accounts;

/// <summary>
/// Local accounts: the password check behind the sign-in throttle, the claims of a signed-in user, and whether a
/// session still stands (its security stamp). An unknown or disabled name costs the same password hashing as a real
/// one and gets the same answers, so neither the answer nor its timing tells which names exist.
/// </summary>
internal sealed class AccountService(
    PlatformDbContext db, IPasswordHasher<Account> hasher, SignInThrottles throttles, DeploymentClock clock, TimeProvider time, IAuditLog audit) : ISignInService
{
    public const string WrongCredentials = "用户名或密码错误。";

    /// <summary>Checked instead of a real hash when the name has no active account: same cost, never matches.</summary>
    private static readonly Lazy<(Account Account, string Hash)> Decoy = new(() =>
    {
        var account = new Account { UserName = "-", DisplayName = "-", Role = "-", PasswordHash = string.Empty };
        return (account, new PasswordHasher<Account>().HashPassword(account, Guid.NewGuid().ToString("N")));
    });

    public async Task<SignInAttempt> SignInAsync(string userName, string password, string clientAddress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claim = await throttles.ClaimAsync(userName, clientAddress, now, cancellationToken);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.UserName == userName, cancellationToken);
        if (!claim.Allowed)
        {
            await audit.RecordSignInAsync(userName, account?.Role, AuditOutcome.Refused, "locked", cancellationToken);
            return new SignInAttempt(null, LockedMessage(claim.LockedUntil));
        }

        var usable = account is { IsActive: true };
        var verification = PasswordVerificationResult.Failed;
        if (usable)
        {
            verification = hasher.VerifyHashedPassword(account!, account!.PasswordHash, password);
        }
        else
        {
            hasher.VerifyHashedPassword(Decoy.Value.Account, Decoy.Value.Hash, password);
        }

        if (verification == PasswordVerificationResult.Failed)
        {
            await audit.RecordSignInAsync(userName, account?.Role, AuditOutcome.Refused, usable ? "wrong password" : "unknown or inactive account", cancellationToken);
            return new SignInAttempt(null, WrongCredentials);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account!.PasswordHash = hasher.HashPassword(account, password);
        }

        await throttles.SucceededAsync(claim, cancellationToken);
        account!.LastLoginAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordSignInAsync(userName, account.Role, AuditOutcome.Succeeded, null, cancellationToken);
        return new SignInAttempt(PrincipalOf(account), null);
    }

    public async Task<bool> IsSessionCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) || principal.FindFirstValue(PlatformClaims.SecurityStamp) is not { } stamp)
        {
            return false;
        }

        return await db.Accounts.AsNoTracking().AnyAsync(a => a.Id == id && a.IsActive && a.SecurityStamp == stamp, cancellationToken);
    }

    public async Task EndSessionsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            var stamp = Account.NewSecurityStamp();
            await db.Accounts.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.SecurityStamp, stamp), cancellationToken);
        }
    }

    /// <summary>The principal of a signed-in account, with the security stamp its cookie is checked against.</summary>
    public static ClaimsPrincipal PrincipalOf(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
                new Claim(ClaimTypes.Name, account.UserName),
                new Claim(ClaimTypes.Role, account.Role),
                new Claim(PlatformClaims.DisplayName, account.DisplayName),
                new Claim(PlatformClaims.SecurityStamp, account.SecurityStamp),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Adds an account unless one with that name exists (used by the demo seeder and the admin API).</summary>
    public async Task<bool> EnsureAccountAsync(string userName, string displayName, string role, string password, CancellationToken cancellationToken)
    {
        if (await db.Accounts.AnyAsync(a => a.UserName == userName, cancellationToken))
        {
            return false;
        }

        db.Accounts.Add(NewAccount(userName, displayName, role, password));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Account NewAccount(string userName, string displayName, string role, string password)
    {
        var account = new Account
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            UserName = userName,
            DisplayName = displayName,
            Role = role,
            PasswordHash = string.Empty,
            CreatedAt = time.GetUtcNow(),
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        return account;
    }

    /// <summary>Checks a password without signing in (e.g. the current password before a change); counts against the throttle like a sign-in.</summary>
    public async Task<bool> CheckPasswordAsync(Account account, string password, string clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claim = await throttles.ClaimAsync(account.UserName, clientAddress, time.GetUtcNow(), cancellationToken);
        if (!claim.Allowed || hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            return false;
        }

        await throttles.SucceededAsync(claim, cancellationToken);
        return true;
    }

    private string LockedMessage(DateTimeOffset? until) => until is { } at
        ? string.Create(CultureInfo.InvariantCulture, $"该账号在本机连续登录失败次数过多，已暂停登录，请于{clock.ToLocal(at):HH:mm}后再试。")
        : "该账号在本机连续登录失败次数过多，已暂停登录，请稍后再试。";
}
