using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Mediation.Domain;

/// <summary>Who asked the employer to negotiate: the worker, or a union on the worker's behalf (任务分工方案 第19、23项).</summary>
internal enum NegotiationRequester
{
    Worker = 1,
    Union = 2,
}

internal enum NegotiationStatus
{
    /// <summary>等待用人单位答复 (5 days; silence means unwilling).</summary>
    AwaitingAnswer = 1,

    /// <summary>用人单位拒绝协商.</summary>
    Refused = 2,

    /// <summary>逾期未答复，视为不愿协商.</summary>
    NoAnswer = 3,

    /// <summary>协商中.</summary>
    Negotiating = 4,

    /// <summary>已签订和解协议.</summary>
    Settled = 5,

    /// <summary>和解协议已履行.</summary>
    Performed = 6,

    /// <summary>和解协议未按期履行.</summary>
    NotPerformed = 7,

    /// <summary>协商未果，已转调解.</summary>
    TransferredToMediation = 8,

    /// <summary>协商未达成一致.</summary>
    Failed = 9,
}

/// <summary>和解协议: the result of negotiation (任务分工方案 第23项).</summary>
internal sealed record SettlementAgreement(string Terms, decimal? Amount, DateOnly PerformanceDueDate, DateOnly SignedOn, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>
/// 协商: a worker's (or a union's) request that the employer negotiate. The employer has 5 days to answer, and silence
/// counts as unwillingness (企业劳动争议协商调解规定). A settlement is performed, or, unperformed, leads to mediation.
/// </summary>
internal sealed class Negotiation : ILinkedMatter
{
    private Negotiation()
    {
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public NegotiationRequester RequestedBy { get; private set; }

    /// <summary>The union that asked on the worker's behalf.</summary>
    public string? UnionName { get; private set; }

    public Worker Worker { get; private set; } = null!;

    public Employer Employer { get; private set; } = null!;

    /// <summary>协商事项.</summary>
    public string Matters { get; private set; } = string.Empty;

    public decimal? ClaimedAmount { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public string RegisteredBy { get; private set; } = string.Empty;

    public NegotiationStatus Status { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnswerNote { get; private set; }

    public SettlementAgreement? Settlement { get; private set; }

    public DateOnly? PerformanceRecordedOn { get; private set; }

    public string? EndNote { get; private set; }

    public Guid? MediationCaseId { get; private set; }

    public int Version { get; private set; }

    public bool CanGoToMediation => Status is NegotiationStatus.Refused or NegotiationStatus.NoAnswer or NegotiationStatus.NotPerformed or NegotiationStatus.Failed;

    public static Negotiation Request(
        Guid id, string linkageNumber, NegotiationRequester requestedBy, string? unionName, Worker worker, Employer employer, string matters, decimal? claimedAmount,
        DateTimeOffset requestedAt, string registeredBy)
    {
        if (requestedBy == NegotiationRequester.Union && string.IsNullOrWhiteSpace(unionName))
        {
            throw new BusinessRuleViolationException("mediation.union-name", "工会代为提出协商要求的，请填写工会名称。");
        }

        return new Negotiation
        {
            Id = id,
            LinkageNumber = linkageNumber,
            RequestedBy = requestedBy,
            UnionName = requestedBy == NegotiationRequester.Union ? unionName : null,
            Worker = worker,
            Employer = employer,
            Matters = matters,
            ClaimedAmount = claimedAmount,
            RequestedAt = requestedAt,
            RegisteredBy = registeredBy,
            Status = NegotiationStatus.AwaitingAnswer,
        };
    }

    /// <summary>The employer answered: willing to negotiate, or refusing.</summary>
    public void RecordAnswer(bool willing, string? note, DateTimeOffset now)
    {
        if (Status != NegotiationStatus.AwaitingAnswer)
        {
            throw new BusinessRuleViolationException("mediation.negotiation-answered", "用人单位的答复已记录，或已视为不愿协商。");
        }

        Status = willing ? NegotiationStatus.Negotiating : NegotiationStatus.Refused;
        AnsweredAt = now;
        AnswerNote = note;
        Version++;
    }

    /// <summary>Five days passed without an answer: the employer is deemed unwilling. False if it had answered.</summary>
    public bool DeemUnwilling(DateTimeOffset now)
    {
        if (Status != NegotiationStatus.AwaitingAnswer)
        {
            return false;
        }

        Status = NegotiationStatus.NoAnswer;
        AnsweredAt = now;
        AnswerNote = "用人单位自收到协商要求之日起五日内未作出答复，视为不愿协商。";
        Version++;
        return true;
    }

    public void RecordSettlement(SettlementAgreement settlement, DateOnly today)
    {
        if (Status != NegotiationStatus.Negotiating)
        {
            throw new BusinessRuleViolationException("mediation.not-negotiating", "双方不在协商中，不能记录和解协议。");
        }

        if (settlement.SignedOn > today || settlement.PerformanceDueDate < settlement.SignedOn)
        {
            throw new BusinessRuleViolationException("mediation.settlement-dates", "签订日期不能晚于今天，履行期限不能早于签订日期。");
        }

        Settlement = settlement;
        Status = NegotiationStatus.Settled;
        Version++;
    }

    /// <summary>The parties could not agree.</summary>
    public void EndWithoutSettlement(string note)
    {
        if (Status != NegotiationStatus.Negotiating)
        {
            throw new BusinessRuleViolationException("mediation.not-negotiating", "双方不在协商中。");
        }

        Status = NegotiationStatus.Failed;
        EndNote = note;
        Version++;
    }

    /// <summary>Performed, or not performed (only after the agreed date).</summary>
    public void RecordPerformance(bool performed, DateOnly today)
    {
        if (Status != NegotiationStatus.Settled)
        {
            throw new BusinessRuleViolationException("mediation.no-settlement", "没有待履行的和解协议。");
        }

        if (!performed && today <= Settlement!.PerformanceDueDate)
        {
            throw new BusinessRuleViolationException(
                "mediation.performance-period-running", $"和解协议约定的履行期限（{Settlement.PerformanceDueDate:yyyy-MM-dd}）尚未届满。");
        }

        Status = performed ? NegotiationStatus.Performed : NegotiationStatus.NotPerformed;
        PerformanceRecordedOn = today;
        Version++;
    }

    /// <summary>转调解: the matter goes to a mediation organisation under the same linkage number (第23项).</summary>
    public void TransferToMediation(Guid mediationCaseId)
    {
        if (!CanGoToMediation)
        {
            throw new BusinessRuleViolationException("mediation.negotiation-not-ended", "仅在用人单位不愿协商、协商不成或和解协议未履行时，方可转调解。");
        }

        Status = NegotiationStatus.TransferredToMediation;
        MediationCaseId = mediationCaseId;
        Version++;
    }
}
