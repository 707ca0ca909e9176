using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Monolith.BuildingBlocks.Linkage;

/// <summary>A module's counter of linkage numbers for one year.</summary>
internal sealed class LinkageSequence
{
    public int Year { get; init; }

    public long LastNumber { get; set; }
}

internal sealed class LinkageSequenceConfiguration : IEntityTypeConfiguration<LinkageSequence>
{
    public void Configure(EntityTypeBuilder<LinkageSequence> builder)
    {
        builder.ToTable("LinkageSequences");
        builder.HasKey(s => s.Year);
        builder.Property(s => s.Year).ValueGeneratedNever();
    }
}
