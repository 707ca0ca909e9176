using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Time;

namespace Monolith.BuildingBlocks.Web;

/// <summary>How every module's pages show times, dates, due times and money, and put validation errors next to form fields.</summary>
public static class PageText
{
    public static string Time(DeploymentClock clock, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-03-02 24:00" for a deadline that runs to the end of its last day (民法典 第二百零三条).</summary>
    public static string Due(DeploymentClock clock, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var local = clock.ToLocal(dueAt);
        return local.TimeOfDay == TimeSpan.Zero
            ? Date(DateOnly.FromDateTime(local.DateTime).AddDays(-1)) + " 24:00"
            : local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    public static string Money(decimal? amount) => amount is { } value ? "¥" + value.ToString("N2", CultureInfo.InvariantCulture) : "—";

    /// <param name="modelState">The page's model state.</param>
    /// <param name="invalid">The failed command.</param>
    /// <param name="fieldFor">Form field for a JSON path of the command; null puts the message at the top of the page.</param>
    public static void AddErrors(ModelStateDictionary modelState, RequestValidationException invalid, Func<string, string?> fieldFor)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(invalid);
        ArgumentNullException.ThrowIfNull(fieldFor);
        foreach (var (path, messages) in invalid.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(fieldFor(path) ?? string.Empty, message);
            }
        }
    }
}
