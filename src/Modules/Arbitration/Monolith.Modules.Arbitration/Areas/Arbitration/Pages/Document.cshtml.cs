using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.Modules.Arbitration.Features.Documents;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

/// <summary>One of the case's documents as a printable A4 page (the shared <see cref="OfficialDocumentHtml"/>) with the Word download; 404 until it exists.</summary>
internal sealed class DocumentModel(CaseDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string kind, CancellationToken cancellationToken)
    {
        try
        {
            var document = await documents.BuildAsync(id, kind, cancellationToken);
            var html = OfficialDocumentHtml.Render(document, [("返回案件", $"/Arbitration/Application/{id}"), ("下载Word", $"/api/arbitration/applications/{id}/documents/{kind}.docx")]);
            return Content(html, "text/html; charset=utf-8");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
