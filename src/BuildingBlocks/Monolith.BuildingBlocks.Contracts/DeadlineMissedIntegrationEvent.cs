namespace Monolith.BuildingBlocks.Contracts;

/// <summary>
/// A duty with a legal or policy deadline was not done in time. Published by the module that owns the deadline,
/// through its outbox, in the same transaction that marks the deadline missed.
/// </summary>
/// <param name="Module">Code name of the module that owns the deadline, e.g. "Arbitration".</param>
/// <param name="AgencyName">The owning agency in Chinese, as the module describes itself, e.g. "劳动人事争议仲裁院".</param>
[IntegrationEventName("platform.deadline-missed.v1")]
public sealed record DeadlineMissedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid DeadlineId,
    string Module,
    string AgencyName,
    string RuleId,
    string RuleTitle,
    string LegalBasis,
    string PolicyProfile,
    DateOnly DueDate,
    DateTimeOffset DueAt,
    string SubjectReference,
    bool ProvisionalCalendar)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);
