using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Monolith.Modules.Platform.Accounts;

/// <summary>A local staff account of the embedded deployment. Passwords are stored as ASP.NET Core Identity hashes (PBKDF2).</summary>
internal sealed class Account
{
    public Guid Id { get; init; }

    public required string UserName { get; init; }

    public required string DisplayName { get; set; }

    public required string Role { get; set; }

    public required string PasswordHash { get; set; }

    /// <summary>Where the email channel sends this person's reminders; none: in-app inbox only.</summary>
    public string? Email { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>
    /// Changes whenever existing sessions must end (sign-out, disabling, a new password). Every cookie carries the
    /// stamp it was issued with and is refused once the account's differs.
    /// </summary>
    public string SecurityStamp { get; set; } = NewSecurityStamp();

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastLoginAt { get; set; }

    public static string NewSecurityStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("Accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserName).HasMaxLength(64);
        builder.HasIndex(a => a.UserName).IsUnique();
        builder.Property(a => a.DisplayName).HasMaxLength(64);
        builder.Property(a => a.Role).HasMaxLength(32);
        builder.Property(a => a.PasswordHash).HasMaxLength(256);
        builder.Property(a => a.SecurityStamp).HasMaxLength(32);
        builder.Property(a => a.Email).HasMaxLength(128);
    }
}
