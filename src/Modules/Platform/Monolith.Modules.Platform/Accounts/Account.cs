using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Monolith.Modules.Platform.Accounts;

/// <summary>A local staff account of the embedded deployment. Passwords are stored as ASP.NET Core Identity hashes (PBKDF2).</summary>
internal sealed class Account
{
    public const int MaxFailedLogins = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public Guid Id { get; init; }

    public required string UserName { get; init; }

    public required string DisplayName { get; set; }

    public required string Role { get; set; }

    public required string PasswordHash { get; set; }

    /// <summary>Where the email channel sends this person's reminders; none: in-app inbox only.</summary>
    public string? Email { get; set; }

    public bool IsActive { get; set; } = true;

    public int FailedLogins { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastLoginAt { get; set; }
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
        builder.Property(a => a.Email).HasMaxLength(128);
    }
}
