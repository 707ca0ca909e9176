namespace Monolith.BuildingBlocks.Contracts;

/// <summary>
/// The stable name under which an integration event is stored in outbox and inbox rows, e.g.
/// "legalaid.decision-made.v1". It outlives the CLR type: a class can be renamed or moved while rows written under
/// the old name are still pending. A change that is not additive gets a new name (".v2"), never a reused one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>
/// An event meant for one module only, such as a reply to a request that module made: the relay delivers it to the
/// handlers of <see cref="Recipient"/> and to no other subscriber.
/// </summary>
public interface IAddressedIntegrationEvent
{
    /// <summary>The code name of the receiving module, e.g. "Arbitration" (the module that asked).</summary>
    string Recipient { get; }
}
