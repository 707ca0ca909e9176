using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Union.Contracts;

/// <summary>工会劳动法律监督“一函两书”.</summary>
public enum UnionSupervisionLetterKind
{
    /// <summary>提示函.</summary>
    ReminderLetter = 1,

    /// <summary>意见书, to the employer.</summary>
    OpinionLetter = 2,

    /// <summary>建议书, to a government department.</summary>
    SuggestionLetter = 3,
}

/// <summary>
/// The union issued a labour-law supervision letter (seed 000 第五条, seed 003 10). For Supervision's ledger of
/// supervision instruments, which tracks the recipient's reply and rectification; until that ledger exists the union
/// keeps its own list of what it issued.
/// </summary>
/// <param name="LinkageNumber">The worker's matter it arose from, or empty.</param>
[IntegrationEventName("union.supervision-letter-issued.v1")]
public sealed record UnionSupervisionLetterIssuedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid LetterId,
    UnionSupervisionLetterKind Kind,
    string Number,
    string Recipient,
    string? RecipientCreditCode,
    string Findings,
    string Requests,
    DateTimeOffset IssuedAt,
    string IssuedBy)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);
