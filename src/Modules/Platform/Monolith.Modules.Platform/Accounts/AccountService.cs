using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Accounts;

/// <summary>Local accounts: password check with lockout after repeated failures, and the claims of a signed-in user.</summary>
internal sealed class AccountService(PlatformDbContext db, IPasswordHasher<Account> hasher, TimeProvider time, IAuditLog audit) : ISignInService
{
    public const string WrongCredentials = "用户名或密码错误。";

    public async Task<SignInAttempt> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.UserName == userName, cancellationToken);
        if (account is null || !account.IsActive)
        {
            await audit.RecordSignInAsync(userName, null, AuditOutcome.Refused, "unknown or inactive account", cancellationToken);
            return new SignInAttempt(null, WrongCredentials);
        }

        if (account.LockedUntil > now)
        {
            await audit.RecordSignInAsync(userName, account.Role, AuditOutcome.Refused, "locked", cancellationToken);
            return new SignInAttempt(null, $"连续登录失败次数过多，账号已锁定，请于{account.LockedUntil.Value.ToOffset(TimeSpan.FromHours(8)):HH:mm}后再试。");
        }

        var verification = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verification == PasswordVerificationResult.Failed)
        {
            account.FailedLogins++;
            if (account.FailedLogins >= Account.MaxFailedLogins)
            {
                account.LockedUntil = now + Account.LockoutDuration;
                account.FailedLogins = 0;
            }

            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordSignInAsync(userName, account.Role, AuditOutcome.Refused, "wrong password", cancellationToken);
            return new SignInAttempt(null, WrongCredentials);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password);
        }

        account.FailedLogins = 0;
        account.LockedUntil = null;
        account.LastLoginAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordSignInAsync(userName, account.Role, AuditOutcome.Succeeded, null, cancellationToken);

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
                new Claim(ClaimTypes.Name, account.UserName),
                new Claim(ClaimTypes.Role, account.Role),
                new Claim(PlatformClaims.DisplayName, account.DisplayName),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new SignInAttempt(new ClaimsPrincipal(identity), null);
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
}
