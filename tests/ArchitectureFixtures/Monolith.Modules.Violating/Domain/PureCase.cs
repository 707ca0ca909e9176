namespace Monolith.Modules.Violating.Domain;

/// <summary>A legitimate domain type (no infrastructure): the domain rule must not name it.</summary>
internal sealed record PureCase(Guid Id, string LinkageNumber);
