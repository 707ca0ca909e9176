using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.Modules.Inspection.Features.Documents;

namespace Monolith.Modules.Inspection.Areas.Inspection.Pages;

/// <summary>
/// One notice of a case as a printable A4 page in the official layout (the shared <see cref="OfficialDocumentHtml"/>),
/// with the print button, the Word download and the way back; 404 until the act it records was done.
/// </summary>
internal sealed class DocumentModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string kind, Guid? item, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<CaseDocumentKind>(kind, ignoreCase: true, out var documentKind) || !Enum.IsDefined(documentKind))
        {
            return NotFound();
        }

        try
        {
            var document = await mediator.Send(new CaseDocumentQuery(id, documentKind, item), cancellationToken);
            var query = item is { } i ? $"&item={i}" : string.Empty;
            var html = OfficialDocumentHtml.Render(
                document, [("返回案件", $"/Inspection/Case/{id}"), ("下载Word", $"/api/inspection/cases/{id}/documents/{documentKind}?format=docx{query}")]);
            return Content(html, "text/html; charset=utf-8");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
