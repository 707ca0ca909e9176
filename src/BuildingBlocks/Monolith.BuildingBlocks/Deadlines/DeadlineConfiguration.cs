using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Monolith.BuildingBlocks.Deadlines;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.ToTable("Deadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.RuleId).HasMaxLength(64);
        builder.Property(d => d.Title).HasMaxLength(128);
        builder.Property(d => d.LegalBasis).HasMaxLength(512);
        builder.Property(d => d.PolicyProfile).HasMaxLength(128);
        builder.Property(d => d.Period).HasMaxLength(64);
        builder.Property(d => d.SubjectType).HasMaxLength(64);
        builder.Property(d => d.LinkageNumber).HasMaxLength(32);
        builder.Property(d => d.SubjectReference).HasMaxLength(256);
        builder.Property(d => d.Explanation).HasMaxLength(512);
        builder.Property(d => d.Traits).HasMaxLength(64);
        builder.Property(d => d.Outcome).HasMaxLength(32);
        builder.Property(d => d.PolicyName).HasMaxLength(128);
        builder.Property(d => d.PolicyOutcome).HasMaxLength(32);
        builder.Property(d => d.PolicyScope).HasMaxLength(256);
        builder.Property(d => d.PolicyPeriod).HasMaxLength(64);
        builder.Property(d => d.PolicyLegalBasis).HasMaxLength(512);
        builder.Property(d => d.ExtensionApprovedBy).HasMaxLength(64);
        builder.Property(d => d.ExtensionReason).HasMaxLength(500);
        builder.Property(d => d.ExtensionRecordedBy).HasMaxLength(64);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.State);
        builder.Ignore(d => d.IsPending);
        builder.Ignore(d => d.CompletedInTime);
        builder.HasIndex(d => new { d.SubjectId, d.RuleId });
        builder.HasIndex(d => new { d.Provisional, d.CompletedAt, d.CancelledAt });
        // The deadline list's order, to its unique end: deadlines due the same day share their DueAt (24:00), and
        // without Id here every page sorted all of them (1 s at a million open deadlines).
        builder.HasIndex(d => new { d.CompletedAt, d.CancelledAt, d.DueAt, d.Id });

        // The operations reading's counts (due soon, missed), taken at every /metrics scrape.
        builder.HasIndex(d => new { d.CompletedAt, d.CancelledAt, d.MissedAt, d.RemindAt });
    }
}
