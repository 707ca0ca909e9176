using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Supervision.Domain;

namespace Monolith.Modules.Supervision.Persistence;

internal sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : ModuleDbContext(options, SupervisionModule.Descriptor)
{
    public DbSet<OversightEntry> OversightEntries => Set<OversightEntry>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OversightEntry>(entry =>
        {
            entry.ToTable("OversightEntries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.HasIndex(e => e.DeadlineId).IsUnique();
            entry.Property(e => e.LinkageNumber).HasMaxLength(32);
            entry.Property(e => e.RuleId).HasMaxLength(64);
            entry.Property(e => e.RuleTitle).HasMaxLength(128);
            entry.Property(e => e.LegalBasis).HasMaxLength(512);
            entry.Property(e => e.PolicyProfile).HasMaxLength(128);
            entry.Property(e => e.SubjectReference).HasMaxLength(256);
            entry.Property(e => e.FollowedUpBy).HasMaxLength(64);
            entry.Property(e => e.FollowUpNote).HasMaxLength(1000);
            entry.HasIndex(e => new { e.FollowedUpAt, e.MissedAt });
            entry.Property(e => e.Version).IsConcurrencyToken();
        });
    }
}
