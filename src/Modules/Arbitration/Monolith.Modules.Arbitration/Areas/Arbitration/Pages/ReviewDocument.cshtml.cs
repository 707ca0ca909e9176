using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.Modules.Arbitration.Features.ArbitrationReview;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

/// <summary>The review's decision (仲裁调解书 or 不予确认通知书) as a printable A4 page with the Word download; 404 while pending.</summary>
internal sealed class ReviewDocumentModel(ReviewDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string kind, CancellationToken cancellationToken)
    {
        try
        {
            var document = await documents.BuildAsync(id, kind, cancellationToken);
            var html = OfficialDocumentHtml.Render(document, [("返回审查", $"/Arbitration/Review/{id}"), ("下载Word", $"/api/arbitration/reviews/{id}/documents/{kind}.docx")]);
            return Content(html, "text/html; charset=utf-8");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
