using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Arbitration.Contracts;

/// <summary>
/// A fact: the arbitration commission accepted an application (立案). For the risk early warning (collective disputes,
/// wage-arrears cases per employer) and for any agency's view of the matter.
/// </summary>
/// <param name="WorkerCount">Workers on the applicant side; ten or more make a collective dispute (调解仲裁法 第七条).</param>
/// <param name="HasWageClaim">Whether a claim is for labour remuneration (wages, overtime pay).</param>
[IntegrationEventName("arbitration.application-accepted.v1")]
public sealed record ArbitrationApplicationAcceptedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid ApplicationId,
    string CaseNumber,
    string EmployerName,
    string? EmployerCreditCode,
    int WorkerCount,
    bool IsCollective,
    bool HasWageClaim,
    decimal ClaimedAmount,
    DateTimeOffset AcceptedAt)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

/// <summary>The letters an arbitration institution issues to employers (南昌方案 三(二) and seed 001 item 9).</summary>
public enum ArbitrationLetterKind
{
    /// <summary>仲裁建议书.</summary>
    ArbitrationSuggestion = 1,

    /// <summary>合规建议书.</summary>
    ComplianceSuggestion = 2,

    /// <summary>调解建议书.</summary>
    MediationSuggestion = 3,

    /// <summary>信用承诺书, signed by the employer at the institution's request.</summary>
    CreditCommitment = 4,
}

/// <summary>
/// A fact: the arbitration institution issued a letter to an employer. Supervision's ledger of letters takes it and tracks
/// the reply and rectification.
/// </summary>
[IntegrationEventName("arbitration.letter-issued.v1")]
public sealed record ArbitrationLetterIssuedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid LetterId,
    ArbitrationLetterKind Kind,
    string Number,
    string Recipient,
    string? RecipientCreditCode,
    string Findings,
    string LegalBasis,
    string Requests,
    DateTimeOffset IssuedAt,
    string IssuedBy)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);
