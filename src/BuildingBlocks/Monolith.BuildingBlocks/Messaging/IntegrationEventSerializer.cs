using System.Text.Json;
using System.Text.Json.Serialization;
using Monolith.BuildingBlocks.Contracts;

namespace Monolith.BuildingBlocks.Messaging;

internal static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string TypeName(Type eventType) => $"{eventType.FullName}, {eventType.Assembly.GetName().Name}";

    public static string Serialize(IntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static IntegrationEvent Deserialize(string payload, Type eventType) =>
        (IntegrationEvent?)JsonSerializer.Deserialize(payload, eventType, Options)
        ?? throw new InvalidOperationException($"Payload of {eventType.Name} deserialised to null.");
}
