namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>A module's contribution to the one rules catalogue: the statutory rules of its own duties and parties' periods.</summary>
public interface IDeadlineRuleSource
{
    IEnumerable<DeadlineRule> Rules { get; }
}
