using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Monolith.BuildingBlocks.Messaging;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(128);
        builder.Property(m => m.LinkageNumber).HasMaxLength(64);
        builder.Property(m => m.Recipient).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(4000);
        builder.Property(m => m.LockedBy).HasMaxLength(128);
        builder.HasIndex(m => new { m.CompletedAt, m.ParkedAt, m.OccurredAt });
        builder.HasIndex(m => m.LockedBy);
    }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("Inbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => new { m.EventId, m.Handler }).IsUnique();
        builder.Property(m => m.Handler).HasMaxLength(128);
        builder.Property(m => m.Type).HasMaxLength(128);
        builder.Property(m => m.LinkageNumber).HasMaxLength(64);
        builder.Property(m => m.SourceModule).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(4000);
        builder.Property(m => m.LockedBy).HasMaxLength(128);
        builder.HasIndex(m => new { m.CompletedAt, m.ParkedAt, m.ReceivedAt });
        builder.HasIndex(m => m.LockedBy);
    }
}
