using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Monolith.Modules.Violating.Pages;

/// <summary>
/// Stands in for a Razor-compiled page (the Razor compiler emits classes deriving from <see cref="Page"/> or
/// RazorPage&lt;T&gt;). It is public on purpose: the "internal" rule exempts Razor pages by base type
/// (IRazorPage), not by name, and must not name this type.
/// </summary>
public sealed class PublicRazorPage : Page
{
    public override Task ExecuteAsync() => Task.CompletedTask;
}
