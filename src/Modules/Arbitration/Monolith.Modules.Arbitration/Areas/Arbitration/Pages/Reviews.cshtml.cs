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

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ListPage<ReviewListItem> Reviews { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public string PageUrl(int page) => $"/Arbitration/Reviews?p={page}{(Status is { } s ? $"&Status={s}" : string.Empty)}";

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Reviews = await Mediator.Send(new ListReviewsQuery(ModelState.IsValid ? Status : null, PageNumber), cancellationToken);
        return true;
    }
}
