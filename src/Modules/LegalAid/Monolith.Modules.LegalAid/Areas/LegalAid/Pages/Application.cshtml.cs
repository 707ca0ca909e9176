using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Features.Lawyers;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

internal sealed class GrantInput
{
    public Guid? LawyerId { get; set; }
}

internal sealed class RefuseInput
{
    public string? Reason { get; set; }
}

/// <summary>One application in full (an audited read of personal data), and the decision: grant with a lawyer, or refuse with reasons.</summary>
internal sealed class ApplicationModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public GrantInput Grant { get; set; } = new();

    [BindProperty]
    public RefuseInput Refuse { get; set; } = new();

    public ApplicationDetails Details { get; private set; } = null!;

    public IReadOnlyList<LawyerView> Lawyers { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostGrantAsync() => SendAsync(
        new GrantLegalAidCommand(Id, Grant.LawyerId), "已决定给予法律援助并指派，决定已告知转介机构。", nameof(Grant), new { id = Id });

    public Task<IActionResult> OnPostRefuseAsync() => SendAsync(
        new RefuseLegalAidCommand(Id, Refuse.Reason), "已决定不予法律援助，决定及理由已告知转介机构。", nameof(Refuse), new { id = Id });

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Details = await Mediator.Send(new GetApplicationQuery(Id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        if (Details.Status == LegalAidApplicationStatus.PendingReview)
        {
            // The assignment form offers the active roster; a roster longer than one page is searched on the roster page.
            Lawyers = (await Mediator.Send(new ListLawyersQuery(Paging: new PageRequest(1, PageRequest.MaxSize)), cancellationToken)).Items;
        }

        return true;
    }
}
