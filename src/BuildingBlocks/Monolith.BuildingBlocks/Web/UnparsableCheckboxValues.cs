using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using System.Collections;
using System.Reflection;

namespace Monolith.BuildingBlocks.Web;

/// <summary>
/// A checkbox (a bool property of a page) posted with a value that is not a boolean fails binding, as it should; but
/// when the page is shown again with that error, the checkbox tag helper converts the posted value to bool and throws,
/// so a garbled form answered 500 (found by the bad-input sweep, ADR 0039). After the handler this forgets the posted
/// value of such a field and keeps its error: the page shows the box unticked, with the message next to it.
/// </summary>
internal sealed class UnparsableCheckboxValues : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next();
        Forget(context.HandlerInstance.GetType(), context.ModelState);
    }

    /// <summary>Clears the posted value (not the errors) of every invalid entry bound to a bool that is not a boolean.</summary>
    public static void Forget(Type pageType, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(pageType);
        ArgumentNullException.ThrowIfNull(modelState);
        var garbled = modelState
            .Where(e => e.Value is { ValidationState: ModelValidationState.Invalid, RawValue: not null }
                && IsBool(PropertyType(pageType, e.Key)) && !IsBoolean(e.Value.RawValue!))
            .Select(e => e.Key)
            .ToList();
        foreach (var key in garbled)
        {
            modelState.SetModelValue(key, rawValue: null, attemptedValue: null);
        }
    }

    private static bool IsBool(Type? type) => type is not null && (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool);

    private static bool IsBoolean(object raw) => raw switch
    {
        string text => bool.TryParse(text, out _),
        IEnumerable values => values.Cast<object?>().All(v => v is string text && bool.TryParse(text, out _)),
        _ => true,
    };

    /// <summary>The type a model-state key ("Input.Claims[0].Agreed") is bound to on the page; null when it is not a property path.</summary>
    private static Type? PropertyType(Type type, string key)
    {
        Type? current = type;
        foreach (var segment in key.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var property = current?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }

            current = property.PropertyType;
            if (bracket >= 0)
            {
                current = current.IsArray ? current.GetElementType()
                    : current.IsGenericType ? current.GetGenericArguments()[^1] : null;
            }
        }

        return current;
    }
}
