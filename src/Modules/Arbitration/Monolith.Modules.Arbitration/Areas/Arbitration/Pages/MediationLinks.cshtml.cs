using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Features.MediationLinks;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

/// <summary>
/// 调解衔接: the commission entrusts wage claims to mediation (with the worker's consent) and sees what came back: the
/// results of its entrustments, drafts from failed mediations, and applications for review of mediation agreements.
/// </summary>
internal sealed class MediationLinksModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public int EntrustmentsPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int DraftsPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int ReviewsPage { get; set; } = 1;

    [BindProperty]
    public Guid ApplicationId { get; set; }

    [BindProperty]
    public bool ConsentGiven { get; set; }

    public MediationLinks Links { get; private set; } = null!;

    protected override string? StaleRecordMessage => "该仲裁申请已不存在。";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostEntrustAsync() =>
        SendAsync(new EntrustMediationCommand(ApplicationId, ConsentGiven), "已委托调解，调解结果将在本页显示。");

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Links = await Mediator.Send(new MediationLinksQuery(EntrustmentsPage, DraftsPage, ReviewsPage), cancellationToken);
        return true;
    }
}
