using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Monolith.Modules.Platform.Notifications;

/// <summary>A notification a module asked for (its id is the request event's id), kept once for all its recipients.</summary>
internal sealed class Notification
{
    public Guid Id { get; init; }

    public required string RequestedBy { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public string? Link { get; init; }

    public string? AttachmentFileName { get; init; }

    public string? AttachmentContentType { get; init; }

    public string? AttachmentContent { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One notification in one staff member's in-app inbox.</summary>
internal sealed class InboxItem
{
    public Guid Id { get; init; }

    public Guid NotificationId { get; init; }

    public required string UserName { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.RequestedBy).HasMaxLength(64);
        builder.Property(n => n.Subject).HasMaxLength(200);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.Link).HasMaxLength(256);
        builder.Property(n => n.AttachmentFileName).HasMaxLength(128);
        builder.Property(n => n.AttachmentContentType).HasMaxLength(128);
    }
}

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.ToTable("InboxItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.UserName).HasMaxLength(64);
        builder.HasIndex(i => new { i.NotificationId, i.UserName }).IsUnique();
        builder.HasIndex(i => new { i.UserName, i.ReadAt });
        builder.HasOne<Notification>().WithMany().HasForeignKey(i => i.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
