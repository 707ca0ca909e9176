namespace Monolith.BuildingBlocks.Domain;

/// <summary>
/// A request was well-formed but breaks a rule of the domain in the current state (e.g. deciding twice on one
/// application). Mapped to HTTP 409 with the Chinese message.
/// </summary>
public sealed class BusinessRuleViolationException(string code, string message) : Exception(message)
{
    /// <summary>Stable machine-readable code, e.g. "legalaid.already-decided".</summary>
    public string Code { get; } = code;
}
