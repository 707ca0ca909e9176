using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Time;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

/// <summary>How the module's pages show times, dates and money, and put validation errors next to form fields.</summary>
internal static class PageText
{
    public static string Time(DeploymentClock clock, DateTimeOffset instant) =>
        clock.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-03-02 24:00" for a deadline that runs to the end of its last day (民法典 第二百零三条).</summary>
    public static string Due(DeploymentClock clock, DateTimeOffset dueAt)
    {
        var local = clock.ToLocal(dueAt);
        return local.TimeOfDay == TimeSpan.Zero
            ? local.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 24:00"
            : local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    public static string Money(decimal? amount) => amount is { } value ? "¥" + value.ToString("N2", CultureInfo.InvariantCulture) : "—";

    /// <param name="modelState">The page's model state.</param>
    /// <param name="invalid">The failed command.</param>
    /// <param name="fieldFor">Form field for a JSON path of the command; null puts the message at the top of the page.</param>
    public static void AddErrors(ModelStateDictionary modelState, RequestValidationException invalid, Func<string, string?> fieldFor)
    {
        foreach (var (path, messages) in invalid.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(fieldFor(path) ?? string.Empty, message);
            }
        }
    }
}
