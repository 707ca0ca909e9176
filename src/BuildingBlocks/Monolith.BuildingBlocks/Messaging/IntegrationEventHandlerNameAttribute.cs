namespace Monolith.BuildingBlocks.Messaging;

/// <summary>
/// The stable key of an integration-event handler, stored in its inbox rows, e.g. "arbitration.record-legal-aid-decision".
/// Together with the event id it is the inbox key, so it must not change while rows may be pending: the class can be
/// renamed or moved freely, the key cannot. It starts with the module's schema.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventHandlerNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
