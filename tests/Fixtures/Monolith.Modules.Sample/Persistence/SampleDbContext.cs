using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Sample.Domain;
using Monolith.Modules.Sample.Features.OpenMatter;

namespace Monolith.Modules.Sample.Persistence;

internal sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : ModuleDbContext(options, SampleModule.Descriptor)
{
    public DbSet<SampleMatter> Matters => Set<SampleMatter>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<SampleMatter>(matter =>
        {
            matter.ToTable("Matters");
            matter.HasKey(m => m.Id);
            matter.Property(m => m.Id).ValueGeneratedNever();
            matter.Property(m => m.LinkageNumber).HasMaxLength(32);
            matter.HasIndex(m => m.LinkageNumber).IsUnique();
            matter.Property(m => m.Title).HasMaxLength(OpenMatterValidator.MaxTitleLength);
            matter.Property(m => m.OpenedBy).HasMaxLength(64);
        });
}
