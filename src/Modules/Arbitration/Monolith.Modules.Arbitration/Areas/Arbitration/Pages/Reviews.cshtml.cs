using Monolith.BuildingBlocks.Application;
using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.ArbitrationReview;
using Monolith.Modules.Arbitration.Features.MediationLinks;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

/// <summary>仲裁审查确认: the queue of review applications, those awaiting review first, paged and filterable by status.</summary>
internal sealed class ReviewsModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public AgreementReviewStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<ReviewListItem> Reviews { get; private set; } = [];

    public PagerView? Pager { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListReviewsQuery(ModelState.IsValid ? Status : null, new PageRequest(Math.Max(PageNumber ?? 1, 1))), cancellationToken);
        Reviews = page.Items;
        Pager = PagerView.For(page, Request);
        return true;
    }
}
