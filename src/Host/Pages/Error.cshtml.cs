using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Web;

namespace Monolith.Host.Pages;

/// <summary>
/// The Chinese error page of every page request (APIs answer problem details): re-executed by the exception handler
/// for an exception (with the trace id of the error log line) and by the status-code pages for an empty 4xx/5xx.
/// Any method may arrive here, so no handler method and no antiforgery check.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string Title => ErrorPages.Title(Status);

    public string Explanation => ErrorPages.Explanation(Status);

    /// <summary>Only for a server error: what the administrator finds in the log.</summary>
    public string? TraceId { get; private set; }

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    public void OnPut() => Describe();

    public void OnDelete() => Describe();

    public void OnPatch() => Describe();

    private void Describe()
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var failed = HttpContext.Features.Get<IExceptionHandlerFeature>();
        Status = reExecuted?.OriginalStatusCode ?? (failed is not null ? Response.StatusCode : StatusCodes.Status404NotFound);
        Response.StatusCode = Status;
        TraceId = Status >= StatusCodes.Status500InternalServerError ? ErrorPages.TraceId(HttpContext) : null;
    }
}
