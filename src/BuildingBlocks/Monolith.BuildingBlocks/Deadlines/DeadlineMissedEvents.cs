using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>The <see cref="DeadlineMissedIntegrationEvent"/> a module publishes when one of its deadlines is not met.</summary>
internal static class DeadlineMissedEvents
{
    /// <summary>Past its due time without being done.</summary>
    public static DeadlineMissedIntegrationEvent Missed(ModuleDbContext db, Deadline deadline, DateTimeOffset now) =>
        Create(db, deadline, now, deadline.Title, deadline.LegalBasis, deadline.PolicyProfile, deadline.DueDate, deadline.DueAt);

    /// <summary>Done with the outcome a local policy binds, but after the policy's due time (<see cref="Deadline.LateUnderPolicy"/>).</summary>
    public static DeadlineMissedIntegrationEvent LateUnderPolicy(ModuleDbContext db, Deadline deadline, DateTimeOffset now) => Create(
        db,
        deadline,
        now,
        $"{deadline.Title}（未在本地政策期限内完成）",
        deadline.PolicyLegalBasis ?? deadline.LegalBasis,
        deadline.PolicyName ?? deadline.PolicyProfile,
        deadline.PolicyDueDate ?? deadline.DueDate,
        deadline.PolicyDueAt ?? deadline.DueAt);

    private static DeadlineMissedIntegrationEvent Create(
        ModuleDbContext db, Deadline deadline, DateTimeOffset now, string title, string legalBasis, string profile, DateOnly dueDate, DateTimeOffset dueAt) => new(
        Guid.CreateVersion7(now),
        now,
        deadline.LinkageNumber,
        deadline.Id,
        db.Module.Name,
        db.Module.AgencyName,
        deadline.RuleId,
        title,
        legalBasis,
        profile,
        dueDate,
        dueAt,
        deadline.SubjectReference,
        deadline.Provisional);
}
