using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Supervision.Contracts;

/// <summary>The four tiers of a risk early warning (风险预警), from the most to the least urgent.</summary>
public enum RiskLevel
{
    /// <summary>红色.</summary>
    Red = 1,

    /// <summary>橙色.</summary>
    Orange = 2,

    /// <summary>黄色.</summary>
    Yellow = 3,

    /// <summary>蓝色.</summary>
    Blue = 4,
}

/// <summary>What a risk ledger entry is about.</summary>
public enum RiskSubjectKind
{
    Employer = 1,
    Industry = 2,
    District = 3,
}

/// <summary>One rule of the risk ledger that fired, explained in Chinese for the people who act on the alert.</summary>
public sealed record RiskRuleFired(string RuleCode, string Explanation, decimal Points);

/// <summary>
/// A fact: Supervision's risk ledger raised or escalated a tiered alert (南昌方案: 风险预警) about an employer, an
/// industry or a district. Inspection and Union take it into their queues; it can become the topic of a coordination
/// meeting. One event per alert and level: a second event with the same <paramref name="AlertId"/> and level adds nothing.
/// </summary>
/// <param name="LinkageNumber">The latest matter that contributed, or empty.</param>
/// <param name="SubjectKey">The employer's unified social credit code (or name when it has none), the industry code or the GB/T 2260 district code.</param>
/// <param name="LinkedMatters">Linkage numbers of the matters behind the alert.</param>
[IntegrationEventName("supervision.risk-alert-raised.v1")]
public sealed record RiskAlertRaisedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid AlertId,
    RiskSubjectKind SubjectKind,
    string SubjectKey,
    string SubjectName,
    string? DistrictCode,
    RiskLevel Level,
    decimal Score,
    IReadOnlyList<RiskRuleFired> RulesFired,
    IReadOnlyList<string> LinkedMatters,
    DateTimeOffset RaisedAt)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);
