using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.ArbitrationReview;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

internal sealed class ReviewDecisionInput
{
    public bool? Confirmed { get; set; }

    public ReviewRefusalGround? Ground { get; set; }

    public string? Reason { get; set; }
}

/// <summary>One review application: the agreement as received, the decision form while it awaits review, the decision and its document.</summary>
internal sealed class ReviewModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ReviewDecisionInput Decision { get; set; } = new();

    public ReviewDetails Review { get; private set; } = null!;

    protected override string? StaleRecordMessage => "该申请已由他人处理，请查看最新状态。";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostDecideAsync() =>
        SendAsync(
            new DecideReviewCommand(Id, Decision.Confirmed, Decision.Confirmed == true ? null : Decision.Ground, Decision.Reason),
            Decision.Confirmed == true ? "已审查确认并制作仲裁调解书，结果已通知提交机构。" : "已决定不予确认，结果已通知提交机构。",
            nameof(Decision),
            new { id = Id });

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Review = await Mediator.Send(new GetReviewQuery(Id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
