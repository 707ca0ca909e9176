using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Violating.Contracts;

/// <summary>A legitimate contract (depends only on the shared contracts): the Contracts rule must not name it.</summary>
public sealed record ViolatingCaseOpenedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, string LinkageNumber)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);
