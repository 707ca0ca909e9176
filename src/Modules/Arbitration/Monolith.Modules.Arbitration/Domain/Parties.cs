namespace Monolith.Modules.Arbitration.Domain;

/// <summary>申请人: the worker.</summary>
internal sealed record Worker(string Name, string ResidentIdNumber, string Phone, bool IsMigrantWorker);

/// <summary>被申请人: the employer, identified by its unified social credit code.</summary>
internal sealed record Employer(string Name, string CreditCode);

internal enum ClaimOutcome
{
    /// <summary>支持.</summary>
    Granted = 1,

    /// <summary>部分支持.</summary>
    PartlyGranted = 2,

    /// <summary>驳回.</summary>
    Dismissed = 3,
}

/// <summary>仲裁请求, numbered in the order the applicant stated them (<see cref="Ordinal"/>, from 1).</summary>
internal sealed class Claim
{
    private Claim()
    {
    }

    public Claim(Guid id, ClaimType type, decimal? amount, string? description)
    {
        Id = id;
        Type = type;
        Amount = amount;
        Description = description;
    }

    public Guid Id { get; private set; }

    /// <summary>第几项请求: the stable order of the claims (ids created in the same instant do not sort).</summary>
    public int Ordinal { get; private set; }

    public ClaimType Type { get; private set; }

    public decimal? Amount { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The award that decided this claim (a partial award decides some, the final award the rest).</summary>
    public Guid? DecidedByAwardId { get; private set; }

    public ClaimOutcome? Outcome { get; private set; }

    public decimal? AwardedAmount { get; private set; }

    /// <summary>裁决先予执行 (调解仲裁法 第四十四条), on the worker's application.</summary>
    public bool AdvanceExecution { get; private set; }

    /// <summary>Why the item is or is not a final-award item (<see cref="FinalAwardClassifier"/>).</summary>
    public string? Classification { get; private set; }

    internal void Number(int ordinal) => Ordinal = ordinal;

    internal void Decide(Guid awardId, ClaimOutcome outcome, decimal? awardedAmount, bool advanceExecution)
    {
        if (DecidedByAwardId is not null)
        {
            throw new Monolith.BuildingBlocks.Domain.BusinessRuleViolationException("arbitration.claim-decided", $"第{Ordinal}项请求已经裁决。");
        }

        if (outcome == ClaimOutcome.Dismissed && awardedAmount is > 0)
        {
            throw new Monolith.BuildingBlocks.Domain.BusinessRuleViolationException("arbitration.dismissed-with-amount", $"第{Ordinal}项请求已驳回，不应有裁决金额。");
        }

        if (advanceExecution && (outcome == ClaimOutcome.Dismissed || !ClaimTypes.AllowsAdvanceExecution(Type)))
        {
            throw new Monolith.BuildingBlocks.Domain.BusinessRuleViolationException(
                "arbitration.advance-execution-not-allowed",
                $"第{Ordinal}项请求（{ClaimTypes.ChineseName(Type)}）不能裁决先予执行：仅限支持的追索劳动报酬、工伤医疗费、经济补偿或者赔偿金请求（《劳动争议调解仲裁法》第四十四条）。");
        }

        DecidedByAwardId = awardId;
        Outcome = outcome;
        AwardedAmount = outcome == ClaimOutcome.Dismissed ? 0m : awardedAmount;
        AdvanceExecution = advanceExecution;
    }

    internal void Classify(string reason) => Classification = reason;
}
