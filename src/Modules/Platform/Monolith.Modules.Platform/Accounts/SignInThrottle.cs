using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Accounts;

/// <summary>
/// Failed sign-ins of one user name from one client address. Five within the row's count lock that name for that
/// address for 15 minutes; other addresses are not affected, so no one can lock an administrator out from afar
/// (addresses are limited as a whole by the rate limiter). The row exists whether or not the name is an account's,
/// so a locked answer says nothing about which names exist.
/// </summary>
internal sealed class SignInThrottle
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public Guid Id { get; init; }

    /// <summary>SHA-256 of the user name as typed (lower case): what someone typed is not kept in clear, even a password typed in the wrong field.</summary>
    public required string UserKey { get; init; }

    public required string ClientAddress { get; init; }

    /// <summary>Attempts counted since the last success or lock, including those still being checked.</summary>
    public int Failures { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }

    public DateTimeOffset LastAttemptAt { get; init; }

    public static string KeyOf(string userName) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userName.Trim().ToLowerInvariant())));
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.ToTable("SignInThrottles");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.UserKey).HasMaxLength(64);
        builder.Property(t => t.ClientAddress).HasMaxLength(64);
        builder.HasIndex(t => new { t.UserKey, t.ClientAddress }).IsUnique();
        builder.HasIndex(t => t.LastAttemptAt);
    }
}

/// <summary>An attempt may go ahead (its slot is counted) or not, while the name is locked for the address until <see cref="LockedUntil"/>.</summary>
internal sealed record ThrottleClaim(Guid Row, bool Allowed, DateTimeOffset? LockedUntil);

/// <summary>
/// The counter is never read, changed and written back: an attempt claims its slot with one conditional UPDATE before
/// the password is checked (counted as a failure until it succeeds), so 40 concurrent attempts cannot all pass the
/// check; the fifth claim sets the lock in the same statement, and a success clears it.
/// </summary>
internal sealed class SignInThrottles(PlatformDbContext db)
{
    /// <summary>Rows of attempts older than this, and not locked, are deleted as attempts arrive.</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    public async Task<ThrottleClaim> ClaimAsync(string userName, string clientAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await EnsureRowAsync(SignInThrottle.KeyOf(userName), Truncate(clientAddress), now, cancellationToken);
        var lockUntil = (DateTimeOffset?)(now + SignInThrottle.LockoutDuration);

        // Old values on the right-hand side: a lock that has run out starts the count again at this attempt.
        var claimed = await db.SignInThrottles
            .Where(t => t.Id == row && (t.LockedUntil == null || t.LockedUntil <= now))
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(t => t.Failures, t => t.LockedUntil != null ? 1 : t.Failures + 1)
                    .SetProperty(t => t.LockedUntil, t => (t.LockedUntil != null ? 1 : t.Failures + 1) >= SignInThrottle.MaxFailures ? lockUntil : null)
                    .SetProperty(t => t.LastAttemptAt, now),
                cancellationToken);
        if (claimed == 1)
        {
            return new ThrottleClaim(row, true, null);
        }

        var lockedUntil = await db.SignInThrottles.Where(t => t.Id == row).Select(t => t.LockedUntil).SingleAsync(cancellationToken);
        return new ThrottleClaim(row, false, lockedUntil);
    }

    /// <summary>The right password: the failures before it no longer count, and a lock its own claim set is lifted.</summary>
    public Task SucceededAsync(ThrottleClaim claim, CancellationToken cancellationToken) =>
        db.SignInThrottles.Where(t => t.Id == claim.Row)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Failures, 0).SetProperty(t => t.LockedUntil, (DateTimeOffset?)null), cancellationToken);

    /// <summary>An administrator lifts every lock of a user name (all addresses).</summary>
    public Task<int> UnlockAsync(string userName, CancellationToken cancellationToken)
    {
        var key = SignInThrottle.KeyOf(userName);
        return db.SignInThrottles.Where(t => t.UserKey == key).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<Guid> EnsureRowAsync(string key, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var existing = await db.SignInThrottles.AsNoTracking()
                .Where(t => t.UserKey == key && t.ClientAddress == address).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken);
            if (existing is { } id)
            {
                return id;
            }

            var cutoff = now - Retention;
            await db.SignInThrottles.Where(t => t.LastAttemptAt < cutoff && (t.LockedUntil == null || t.LockedUntil < now)).ExecuteDeleteAsync(cancellationToken);
            var row = new SignInThrottle { Id = Guid.CreateVersion7(now), UserKey = key, ClientAddress = address, LastAttemptAt = now };
            db.SignInThrottles.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return row.Id;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A concurrent attempt created the row first: use it.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static string Truncate(string address) => address.Length <= 64 ? address : address[..64];
}
