using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Violating.Persistence;

namespace Monolith.Modules.Violating;

/// <summary>The fixture's own deadline rules (not a real statute).</summary>
internal sealed class ViolatingDeadlineRules : IDeadlineRuleSource
{
    public const string NeverEnded = "violating.never-ended";
    public const string Ended = "violating.ended";

    public IEnumerable<DeadlineRule> Rules { get; } =
    [
        new(NeverEnded, "从未办结的期限", "收到材料之日", new Period(5, PeriodUnit.WorkingDays), DutyHolder.OwnAgency, "《示例规则》第一条", LegalBasisCertainty.Primary),
        new(Ended, "正常办结的期限", "收到材料之日", new Period(5, PeriodUnit.WorkingDays), DutyHolder.OwnAgency, "《示例规则》第二条", LegalBasisCertainty.Primary),
    ];
}

/// <summary>
/// VIOLATION (deadlines): starts a deadline that no code of the module ever completes or cancels, so it can only be
/// missed. Its second deadline is completed, and is no violation.
/// </summary>
internal sealed class ForgottenDeadline(ViolatingDbContext db, DeadlineTracker deadlines, TimeProvider time)
{
    public async Task OpenAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var subject = new DeadlineSubject("示例案件", caseId, "360100-WG-2026-000001", "示例案件");
        await deadlines.StartAsync(db, ViolatingDeadlineRules.NeverEnded, time.GetUtcNow(), subject, cancellationToken);
        await deadlines.StartAsync(db, ViolatingDeadlineRules.Ended, time.GetUtcNow(), subject, cancellationToken);
    }

    public Task CloseAsync(Guid caseId, CancellationToken cancellationToken) =>
        deadlines.CompleteAsync(db, caseId, ViolatingDeadlineRules.Ended, cancellationToken);
}
