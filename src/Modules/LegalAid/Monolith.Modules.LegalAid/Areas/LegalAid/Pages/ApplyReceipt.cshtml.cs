using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.Modules.LegalAid.Features.Intake;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

/// <summary>
/// The applicant's receipt after the online form: the linkage number, when it was received, the last day of the review
/// and what happens next. Shown once, only to the browser that submitted (from its TempData); no record is looked up, so an
/// anonymous visitor can read nothing else here.
/// </summary>
[AllowAnonymous]
internal sealed class ApplyReceiptModel : PageModel
{
    public OnlineReceipt? Receipt { get; private set; }

    public void OnGet()
    {
        if (TempData[ApplyModel.ReceiptKey] is string json)
        {
            Receipt = JsonSerializer.Deserialize<OnlineReceipt>(json);
        }
    }
}
