using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monolith.BuildingBlocks.Calendar;

namespace Monolith.Modules.Platform.Calendar;

/// <summary>A year's official holiday schedule as kept in the database; administrators can add or correct a year.</summary>
internal sealed class CalendarYear
{
    public int Year { get; init; }

    public required string Source { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public required string PublishedBy { get; set; }

    public List<CalendarDay> Days { get; init; } = [];

    public CalendarYearSchedule ToSchedule() =>
        new(Year, Source, Days.OrderBy(d => d.Date).Select(d => new CalendarDayEntry(d.Date, d.Kind, d.Name)).ToList());
}

internal sealed class CalendarDay
{
    public DateOnly Date { get; init; }

    public int Year { get; init; }

    public CalendarDayKind Kind { get; init; }

    public required string Name { get; init; }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("CalendarYears");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.Source).HasMaxLength(256);
        builder.Property(y => y.PublishedBy).HasMaxLength(64);
        builder.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("CalendarDays");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Name).HasMaxLength(32);
    }
}
