using System.Text.Json;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Supervision.Contracts;

namespace Monolith.Modules.Inspection.Domain;

internal enum RiskAlertStatus
{
    /// <summary>In the queue, not yet acted on.</summary>
    Open = 1,

    /// <summary>Taken up as an inspection task (a case opened or an open case joined).</summary>
    TakenUp = 2,

    /// <summary>Dismissed with the officer's reason.</summary>
    Dismissed = 3,
}

/// <summary>One rule of the ledger that fired, as the alert explained it.</summary>
internal sealed record RiskAlertRule(string RuleCode, string Explanation, decimal Points);

/// <summary>
/// 风险预警 raised by Supervision's risk ledger about an employer, an industry or a district, in the officers' queue:
/// taken up as an inspection task (a case on the employer) or dismissed with a reason. The alert is kept once per
/// Supervision's alert id; an escalation to a more urgent level updates it (and puts a dismissed alert back in the queue).
/// </summary>
internal sealed class RiskAlert : ILinkedMatter
{
    private RiskAlert()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Supervision's id of the alert (unique).</summary>
    public Guid AlertId { get; private set; }

    /// <summary>The latest matter behind the alert, or empty.</summary>
    public string LinkageNumber { get; private set; } = string.Empty;

    public RiskSubjectKind SubjectKind { get; private set; }

    public string SubjectKey { get; private set; } = string.Empty;

    public string SubjectName { get; private set; } = string.Empty;

    public string? DistrictCode { get; private set; }

    public RiskLevel Level { get; private set; }

    public decimal Score { get; private set; }

    /// <summary>The rules that fired, as JSON (see <see cref="Rules"/>).</summary>
    public string RulesJson { get; private set; } = "[]";

    /// <summary>Linkage numbers of the matters behind the alert, comma-separated.</summary>
    public string LinkedMatters { get; private set; } = string.Empty;

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public RiskAlertStatus Status { get; private set; }

    public Guid? CaseId { get; private set; }

    public string? CaseLinkageNumber { get; private set; }

    public string? DismissalReason { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<RiskAlertRule> Rules => JsonSerializer.Deserialize<List<RiskAlertRule>>(RulesJson) ?? [];

    public IReadOnlyList<string> LinkedMatterList => LinkedMatters.Length == 0 ? [] : LinkedMatters.Split(',');

    public static RiskAlert Receive(Guid id, RiskAlertRaisedIntegrationEvent alert, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var received = new RiskAlert
        {
            Id = id,
            AlertId = alert.AlertId,
            SubjectKind = alert.SubjectKind,
            SubjectKey = alert.SubjectKey,
            SubjectName = alert.SubjectName,
            DistrictCode = alert.DistrictCode,
            ReceivedAt = receivedAt,
            Status = RiskAlertStatus.Open,
        };
        received.Take(alert);
        return received;
    }

    /// <summary>
    /// The same alert again: a more urgent level escalates it (new level, score, rules and matters; a dismissed alert
    /// returns to the queue); the same or a less urgent level changes nothing. True when it changed.
    /// </summary>
    public bool Escalate(RiskAlertRaisedIntegrationEvent alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.AlertId != AlertId)
        {
            throw new ArgumentException("Another alert.", nameof(alert));
        }

        if (alert.Level >= Level)
        {
            return false;
        }

        Take(alert);
        if (Status == RiskAlertStatus.Dismissed)
        {
            Status = RiskAlertStatus.Open;
            DismissalReason = null;
            DecidedAt = null;
            DecidedBy = null;
        }

        Version++;
        return true;
    }

    public void TakeUp(Guid caseId, string caseLinkageNumber, DateTimeOffset at, string by)
    {
        EnsureOpen();
        Status = RiskAlertStatus.TakenUp;
        CaseId = caseId;
        CaseLinkageNumber = caseLinkageNumber;
        DecidedAt = at;
        DecidedBy = by;
        Version++;
    }

    public void Dismiss(string reason, DateTimeOffset at, string by)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleViolationException("inspection.alert-dismiss-reason", "不予立项核查应当说明理由。");
        }

        Status = RiskAlertStatus.Dismissed;
        DismissalReason = reason.Trim();
        DecidedAt = at;
        DecidedBy = by;
        Version++;
    }

    private void Take(RiskAlertRaisedIntegrationEvent alert)
    {
        LinkageNumber = alert.LinkageNumber;
        Level = alert.Level;
        Score = alert.Score;
        RulesJson = JsonSerializer.Serialize(alert.RulesFired.Select(r => new RiskAlertRule(r.RuleCode, r.Explanation, r.Points)).ToList());
        LinkedMatters = string.Join(',', alert.LinkedMatters);
        RaisedAt = alert.RaisedAt;
    }

    private void EnsureOpen()
    {
        if (Status != RiskAlertStatus.Open)
        {
            throw new BusinessRuleViolationException("inspection.alert-decided", "该风险预警已经处理。");
        }
    }
}
