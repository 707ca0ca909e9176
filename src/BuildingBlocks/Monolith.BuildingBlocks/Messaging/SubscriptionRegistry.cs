using System.Reflection;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Messaging;

/// <summary>One handler of one event type in one module, under the stable names stored in inbox rows.</summary>
internal sealed record Subscription(
    string ModuleName,
    Type EventType,
    Type HandlerType,
    string EventName,
    string HandlerName,
    Func<object, IntegrationEvent, CancellationToken, Task> Invoke);

/// <summary>
/// Who handles which event, found by scanning each module's own types for <see cref="IIntegrationEventHandler{TEvent}"/>.
/// Rows are matched by the stable names of <see cref="IntegrationEventNameAttribute"/> and
/// <see cref="IntegrationEventHandlerNameAttribute"/>, so renaming or moving a class never strands a pending row.
/// </summary>
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
                    IntegrationEventSerializer.NameOf(i.GenericTypeArguments[0]),
                    HandlerNameOf(type, module.Info),
                    (Func<object, IntegrationEvent, CancellationToken, Task>)MakeInvokerMethod
                        .MakeGenericMethod(i.GenericTypeArguments[0]).Invoke(null, null)!))))
            .ToList();
        var duplicate = All.GroupBy(s => (s.HandlerName, s.EventName)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Handler name '{duplicate.Key.HandlerName}' is used by more than one handler of '{duplicate.Key.EventName}'.");
        }
    }

    public IReadOnlyList<Subscription> All { get; }

    /// <summary>The handlers an event reaches: every subscriber, or only the recipient's for an addressed event.</summary>
    public IEnumerable<Subscription> For(string eventName, string? recipient) =>
        All.Where(s => s.EventName == eventName && (recipient is null || s.ModuleName == recipient));

    public Subscription? Find(string handlerName, string eventName) =>
        All.FirstOrDefault(s => s.HandlerName == handlerName && s.EventName == eventName);

    private static string HandlerNameOf(Type handler, ModuleInfo module)
    {
        var name = handler.GetCustomAttribute<IntegrationEventHandlerNameAttribute>()?.Name
            ?? throw new InvalidOperationException(
                $"Integration-event handler {handler.FullName} has no [IntegrationEventHandlerName]: inbox rows need a stable key, not a CLR type name.");
        return name.StartsWith(module.Schema + ".", StringComparison.Ordinal)
            ? name
            : throw new InvalidOperationException($"Handler name '{name}' of {handler.FullName} must start with its module's schema ('{module.Schema}.').");
    }

    private static Func<object, IntegrationEvent, CancellationToken, Task> MakeInvoker<TEvent>()
        where TEvent : IntegrationEvent =>
        (handler, integrationEvent, cancellationToken) =>
            ((IIntegrationEventHandler<TEvent>)handler).HandleAsync((TEvent)integrationEvent, cancellationToken);
}
