using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Inspection.Features.Requests;

namespace Monolith.Modules.Inspection.Areas.Inspection.Pages;

/// <summary>
/// 我方请求的办理情况: the requesting agency's view of what it asked of labour inspection — its own evidence-collection
/// requests with the answers, its own violation leads with the feedback — a page at a time. Open to any signed-in staff
/// member (not only inspectors: InspectionModule opens it to any signed-in user); each sees only their own agency's requests
/// (<see cref="RequesterView.ScopeOf"/>); administrators and inspectors see all.
/// </summary>
internal sealed class RequestedModel(IMediator mediator, ICurrentUser user, ModuleDirectory modules) : PageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "ep")]
    public int EvidencePage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "lp")]
    public int LeadPage { get; set; } = 1;

    public RequestPage<EvidenceRequestView> Evidence { get; private set; } = new([], 1, PageSize, 0);

    public RequestPage<LeadView> Leads { get; private set; } = new([], 1, PageSize, 0);

    public string? AgencyName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = RequesterView.ScopeOf(user, modules);
        AgencyName = scope is null ? null : modules.ModuleOfRole(user.Role)?.AgencyName;
        Evidence = await mediator.Send(new ListEvidenceRequestsQuery(false, scope, EvidencePage, PageSize), cancellationToken);
        Leads = await mediator.Send(new ListLeadsQuery(false, scope, LeadPage, PageSize), cancellationToken);
        return Page();
    }

    public string PageLink(int? evidencePage = null, int? leadPage = null) =>
        FormattableString.Invariant($"?ep={evidencePage ?? EvidencePage}&lp={leadPage ?? LeadPage}");
}
