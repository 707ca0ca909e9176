using Microsoft.AspNetCore.Mvc.ModelBinding;
using Monolith.BuildingBlocks.Application;

namespace Monolith.Host.Pages;

/// <summary>Puts a command's validation errors (keyed by camelCase JSON path) next to the form fields that caused them.</summary>
public static class ValidationErrors
{
    /// <param name="modelState">The page's model state.</param>
    /// <param name="invalid">The failed request.</param>
    /// <param name="fieldFor">Form field name for a JSON path; empty string (or null) for the summary at the top of the form.</param>
    public static void AddTo(ModelStateDictionary modelState, RequestValidationException invalid, Func<string, string?> fieldFor)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(invalid);
        ArgumentNullException.ThrowIfNull(fieldFor);
        foreach (var (path, messages) in invalid.Errors)
        {
            var field = fieldFor(path) ?? string.Empty;
            foreach (var message in messages)
            {
                modelState.AddModelError(field, message);
            }
        }
    }
}
