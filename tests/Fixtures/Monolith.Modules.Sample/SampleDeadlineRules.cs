using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Sample;

/// <summary>The fixture's one rule. It cites no law: it exists to be started, listed and reminded like a real one.</summary>
internal sealed class SampleDeadlineRules : IDeadlineRuleSource
{
    public const string Reply = "sample.reply";

    public IEnumerable<DeadlineRule> Rules { get; } =
    [
        new(Reply, "答复示例事项", "登记示例事项之日",
            new Period(5, PeriodUnit.WorkingDays), DutyHolder.OwnAgency, "示例规则（测试用，非法律规定）", LegalBasisCertainty.Unverified),
    ];
}
