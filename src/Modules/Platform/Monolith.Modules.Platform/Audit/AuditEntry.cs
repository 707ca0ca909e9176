using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monolith.BuildingBlocks.Auditing;

namespace Monolith.Modules.Platform.Audit;

/// <summary>Who did or read what, when, on which matter, and how it ended. Append-only.</summary>
internal sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public required string UserName { get; init; }

    public string? Role { get; init; }

    public AuditKind Kind { get; init; }

    public required string Action { get; init; }

    public string? Subject { get; init; }

    public AuditOutcome Outcome { get; init; }

    public string? Detail { get; init; }

    /// <summary>For a read of a list: what it showed (linkage numbers, or keys such as "lawyer:…"), one row each, searchable.</summary>
    public List<AuditShownRecord> Shown { get; init; } = [];
}

/// <summary>One matter or record a list read showed.</summary>
internal sealed class AuditShownRecord
{
    public required string Key { get; init; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserName).HasMaxLength(64);
        builder.Property(a => a.Role).HasMaxLength(32);
        builder.Property(a => a.Action).HasMaxLength(128);
        builder.Property(a => a.Subject).HasMaxLength(128);
        builder.Property(a => a.Detail).HasMaxLength(512);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.Subject);
        builder.OwnsMany(a => a.Shown, shown =>
        {
            shown.ToTable("AuditShown");
            shown.WithOwner().HasForeignKey("EntryId");
            shown.Property<int>("Id");
            shown.HasKey("Id");
            shown.Property(s => s.Key).HasMaxLength(64);
            shown.HasIndex(s => s.Key);
        });
    }
}
