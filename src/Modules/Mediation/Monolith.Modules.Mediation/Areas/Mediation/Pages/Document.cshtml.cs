using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.Modules.Mediation.Features.Documents;

namespace Monolith.Modules.Mediation.Areas.Mediation.Pages;

/// <summary>
/// One of a case's documents as a printable A4 page in the official layout (the shared <see cref="OfficialDocumentHtml"/>),
/// with a print button, the Word download and the way back; 404 until the document exists.
/// </summary>
internal sealed class DocumentModel(CaseDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string kind, CancellationToken cancellationToken)
    {
        if (CaseDocuments.FromSlug(kind) is not { } documentKind)
        {
            return NotFound();
        }

        try
        {
            var document = await documents.BuildAsync(id, documentKind, cancellationToken);
            var html = OfficialDocumentHtml.Render(document, [("返回案件", $"/Mediation/Case/{id}"), ("下载Word", $"/api/mediation/cases/{id}/documents/{kind}.docx")]);
            return Content(html, "text/html; charset=utf-8");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
