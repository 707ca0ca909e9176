namespace Monolith.BuildingBlocks.Contracts;

/// <summary>
/// A duty with a legal or policy deadline was not done in time. Published by the module that owns the deadline,
/// through its outbox, in the same transaction that marks the deadline missed.
/// </summary>
public sealed record DeadlineMissedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid DeadlineId,
    Agency Agency,
    string RuleId,
    string RuleTitle,
    string LegalBasis,
    string PolicyProfile,
    DateOnly DueDate,
    DateTimeOffset DueAt,
    string SubjectReference,
    bool ProvisionalCalendar)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);
