using System.Collections.Concurrent;
using System.Reflection;
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

    private static readonly ConcurrentDictionary<Type, string> Names = new();

    /// <summary>The stable name an event is stored under (<see cref="IntegrationEventNameAttribute"/>), never its CLR name.</summary>
    public static string NameOf(Type eventType) => Names.GetOrAdd(eventType, type =>
        type.GetCustomAttribute<IntegrationEventNameAttribute>()?.Name
        ?? throw new InvalidOperationException(
            $"Integration event {type.FullName} has no [IntegrationEventName]: outbox and inbox rows need a stable name, not a CLR type name."));

    public static string Serialize(IntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static IntegrationEvent Deserialize(string payload, Type eventType) =>
        (IntegrationEvent?)JsonSerializer.Deserialize(payload, eventType, Options)
        ?? throw new InvalidOperationException($"Payload of {eventType.Name} deserialised to null.");
}
