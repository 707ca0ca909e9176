using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Monolith.Modules.Sample.Areas.Sample.Pages;

/// <summary>A page with a defect on purpose: what a page answers and logs for an exception nothing expected.</summary>
internal sealed class FailureModel : PageModel
{
    public void OnGet()
    {
        _ = HttpContext.TraceIdentifier;
        throw new InvalidOperationException(SampleModule.FailureMessage);
    }
}
