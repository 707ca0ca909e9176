using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Inspection.Contracts;

/// <summary>
/// A fact: a worker's complaint to labour inspection is a request for relief to a competent department, which
/// interrupts the one-year arbitration limitation period (劳动争议调解仲裁法 第二十七条第二款); the period runs again
/// from <see cref="InterruptedOn"/>. Published when a complaint is registered, so that any agency's record of the matter
/// (same linkage number) can show the date. Applying 第二十七条第二款 to inspection complaints is an interpretation
/// (deadlines.md §1), and the event says so in <see cref="Basis"/>; whether the period had already run out is for the
/// arbitration commission to decide.
/// </summary>
/// <param name="ComplaintId">Inspection's id of the complaint.</param>
/// <param name="InterruptedOn">The local date the complaint was received.</param>
/// <param name="WorkersCovered">How many identified workers the complaint was made for.</param>
[IntegrationEventName("inspection.limitation-interrupted.v1")]
public sealed record ArbitrationLimitationInterruptedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid ComplaintId,
    DateOnly InterruptedOn,
    string EmployerName,
    string? EmployerCreditCode,
    int WorkersCovered,
    string Basis)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);
