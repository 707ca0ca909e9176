using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.Modules.Supervision.Features.Letters;

namespace Monolith.Modules.Supervision.Areas.Supervision.Pages.Letters;

/// <summary>The letter as a printable A4 page in the official layout (the shared <see cref="OfficialDocumentHtml"/>), with the Word download.</summary>
internal sealed class DocumentModel(LetterDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var document = await documents.BuildAsync(id, cancellationToken);
            return Content(OfficialDocumentHtml.Render(document, [("返回文书", $"/Supervision/Letters/{id}"), ("下载Word", $"/api/supervision/letters/{id}/document.docx")]), "text/html; charset=utf-8");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
