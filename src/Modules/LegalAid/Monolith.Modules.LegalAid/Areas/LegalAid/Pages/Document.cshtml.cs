using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.Modules.LegalAid.Features.Documents;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

/// <summary>One of an application's documents as a printable A4 page (the shared <see cref="OfficialDocumentHtml"/>), with the Word download; 404 until it exists.</summary>
internal sealed class DocumentModel(ApplicationDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string kind, CancellationToken cancellationToken)
    {
        if (ApplicationDocuments.FromSlug(kind) is not { } documentKind)
        {
            return NotFound();
        }

        try
        {
            var document = await documents.BuildAsync(id, documentKind, cancellationToken);
            var html = OfficialDocumentHtml.Render(document, [("返回申请", $"/LegalAid/Application/{id}"), ("下载Word", $"/api/legalaid/applications/{id}/documents/{kind}.docx")]);
            return Content(html, "text/html; charset=utf-8");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
