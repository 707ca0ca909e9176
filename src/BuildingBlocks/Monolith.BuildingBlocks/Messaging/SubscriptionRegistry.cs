using System.Reflection;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>One handler of one event type in one module.</summary>
internal sealed record Subscription(
    string ModuleName,
    Type EventType,
    Type HandlerType,
    Func<object, IntegrationEvent, CancellationToken, Task> Invoke)
{
    public string EventTypeName => IntegrationEventSerializer.TypeName(EventType);

    public string HandlerName => HandlerType.FullName!;
}

/// <summary>Who handles which event, found by scanning each module's own types for <see cref="IIntegrationEventHandler{TEvent}"/>.</summary>
internal sealed class SubscriptionRegistry
{
    private static readonly MethodInfo MakeInvokerMethod =
        typeof(SubscriptionRegistry).GetMethod(nameof(MakeInvoker), BindingFlags.NonPublic | BindingFlags.Static)!;

    public SubscriptionRegistry(ModuleCatalog modules)
    {
        All = modules.Modules
            .SelectMany(module => module.OwnedTypes().SelectMany(type => type.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>))
                .Select(i => new Subscription(
                    module.Info.Name,
                    i.GenericTypeArguments[0],
                    type,
                    (Func<object, IntegrationEvent, CancellationToken, Task>)MakeInvokerMethod
                        .MakeGenericMethod(i.GenericTypeArguments[0]).Invoke(null, null)!))))
            .ToList();
    }

    public IReadOnlyList<Subscription> All { get; }

    public IEnumerable<Subscription> For(string eventTypeName) => All.Where(s => s.EventTypeName == eventTypeName);

    public Subscription? Find(string handlerName, string eventTypeName) =>
        All.FirstOrDefault(s => s.HandlerName == handlerName && s.EventTypeName == eventTypeName);

    private static Func<object, IntegrationEvent, CancellationToken, Task> MakeInvoker<TEvent>()
        where TEvent : IntegrationEvent =>
        (handler, integrationEvent, cancellationToken) =>
            ((IIntegrationEventHandler<TEvent>)handler).HandleAsync((TEvent)integrationEvent, cancellationToken);
}
