using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;

namespace Monolith.BuildingBlocks.Scheduling;

/// <summary>
/// A command a module asked to run at a given time (a reminder, a follow-up, an escalation), stored in the module's
/// own table in the transaction that asked for it. Hangfire runs it, but only holds a job for it while it is near:
/// far-future work costs a row, not memory, and a recurring dispatcher enqueues it when it comes near, or again when
/// the job store lost it. Running it marks the row done in the command's own transaction, so it runs once.
/// </summary>
internal sealed class ScheduledCommand : IClaimableMessage, ILinkedMatter
{
    public Guid Id { get; init; }

    /// <summary>The command's stable name (<see cref="ScheduledCommandNameAttribute"/>).</summary>
    public required string Name { get; init; }

    public required string Payload { get; init; }

    /// <summary>What the work is for, e.g. "deadline/{id}/due": pending work with a key can be cancelled by it.</summary>
    public string? Key { get; init; }

    public string LinkageNumber { get; init; } = string.Empty;

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? ParkedAt { get; set; }

    /// <summary>Held while a Hangfire job for the row is expected to exist; a lost job shows as an expired hold.</summary>
    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}

internal sealed class ScheduledCommandConfiguration : IEntityTypeConfiguration<ScheduledCommand>
{
    public void Configure(EntityTypeBuilder<ScheduledCommand> builder)
    {
        builder.ToTable("ScheduledCommands");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(128);
        builder.Property(c => c.Key).HasMaxLength(128);
        builder.Property(c => c.LinkageNumber).HasMaxLength(64);
        builder.Property(c => c.LastError).HasMaxLength(4000);
        builder.Property(c => c.LockedBy).HasMaxLength(128);
        builder.HasIndex(c => new { c.CompletedAt, c.CancelledAt, c.ParkedAt, c.DueAt });
        builder.HasIndex(c => c.Key);
    }
}

/// <summary>
/// The stable name under which a schedulable command is stored, e.g. "union.meeting-reminder.v1". The class may be
/// renamed; the name may not while rows are pending. A command without it cannot be scheduled.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ScheduledCommandNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
