using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using MediatR;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Scheduling;

/// <summary>
/// The commands that can be scheduled, by stable name: those of the building blocks and of every module's own
/// assembly that carry <see cref="ScheduledCommandNameAttribute"/>. Serialises them into rows and sends them back.
/// </summary>
internal sealed class ScheduledCommandTypes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly MethodInfo SendMethod =
        typeof(ScheduledCommandTypes).GetMethod(nameof(SendTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<string, (Type Type, Func<IMediator, object, CancellationToken, Task> Send)> byName = [];

    public ScheduledCommandTypes(ModuleCatalog modules)
    {
        var types = modules.Modules.SelectMany(m => m.OwnedTypes())
            .Concat(typeof(ScheduledCommandTypes).Assembly.GetTypes())
            .Where(t => t.GetCustomAttribute<ScheduledCommandNameAttribute>() is not null)
            .Distinct();
        foreach (var type in types)
        {
            var name = NameOf(type);
            var response = type.GetInterfaces().SingleOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))?.GenericTypeArguments[0]
                ?? throw new InvalidOperationException($"Scheduled command {type.FullName} is not a MediatR request.");
            var send = (Func<IMediator, object, CancellationToken, Task>)SendMethod.MakeGenericMethod(response).Invoke(null, null)!;
            if (!byName.TryAdd(name, (type, send)))
            {
                throw new InvalidOperationException($"Scheduled command name '{name}' is used by {byName[name].Type.FullName} and {type.FullName}.");
            }
        }
    }

    public static string NameOf(Type commandType) =>
        commandType.GetCustomAttribute<ScheduledCommandNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{commandType.FullName} has no [ScheduledCommandName]: scheduled rows need a stable name.");

    public static string Serialize(object command) => JsonSerializer.Serialize(command, command.GetType(), Json);

    /// <summary>Sends the stored command through the mediator (and so through the whole pipeline).</summary>
    public Task SendAsync(IMediator mediator, string name, string payload, CancellationToken cancellationToken)
    {
        if (!byName.TryGetValue(name, out var entry))
        {
            throw new InvalidOperationException($"No scheduled command is registered under '{name}'.");
        }

        var command = JsonSerializer.Deserialize(payload, entry.Type, Json)
            ?? throw new InvalidOperationException($"Payload of scheduled command '{name}' deserialised to null.");
        return entry.Send(mediator, command, cancellationToken);
    }

    private static Func<IMediator, object, CancellationToken, Task> SendTyped<TResponse>() =>
        (mediator, command, cancellationToken) => mediator.Send((IRequest<TResponse>)command, cancellationToken);
}
