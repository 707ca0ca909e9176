using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Features.ConfirmLinkedApplication;
using Monolith.Modules.Arbitration.Features.DecideAcceptance;
using Monolith.Modules.Arbitration.Features.GetApplication;
using Monolith.Modules.Arbitration.Features.IssueOneTimeNotice;
using Monolith.Modules.Arbitration.Features.ReferToLegalAid;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

internal sealed class ReferInput
{
    public bool ConsentGiven { get; set; }

    public bool WorkerHasNoAgent { get; set; }

    public bool EconomicHardshipStated { get; set; }
}

internal sealed class DecisionInput
{
    public string? RejectionReason { get; set; }
}

internal sealed class NoticeInput
{
    public string? Arbitrators { get; set; }

    public DateOnly? DefenceDueDate { get; set; }

    public DateOnly? EvidenceDueDate { get; set; }

    public DateOnly? HearingDate { get; set; }

    public TimeOnly? HearingTime { get; set; }

    public string? HearingPlace { get; set; }
}

/// <summary>
/// One application in full (an audited read of personal data) with what can be done next: refer to legal aid with the
/// worker's consent, decide acceptance, issue the one-time notice.
/// </summary>
internal sealed partial class ApplicationModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ReferInput Refer { get; set; } = new();

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    [BindProperty]
    public NoticeInput Notice { get; set; } = new();

    public ApplicationDetails Details { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostReferAsync() => SendAsync(
        new ReferToLegalAidCommand(Id, Refer.ConsentGiven, Refer.WorkerHasNoAgent, Refer.EconomicHardshipStated),
        "已记录劳动者同意并转介法律援助机构，审查结果将在本页显示。",
        nameof(Refer),
        new { id = Id });

    public Task<IActionResult> OnPostConfirmAsync() =>
        SendAsync(new ConfirmLinkedApplicationCommand(Id), "申请人已确认申请，开始计算受理期限。", routeValues: new { id = Id });

    public Task<IActionResult> OnPostAcceptAsync() =>
        SendAsync(new DecideAcceptanceCommand(Id, true, null), "已受理并立案。", routeValues: new { id = Id });

    public Task<IActionResult> OnPostRejectAsync() =>
        SendAsync(new DecideAcceptanceCommand(Id, false, Decision.RejectionReason), "已作出不予受理决定。", nameof(Decision), new { id = Id });

    public Task<IActionResult> OnPostNoticeAsync() => SendAsync(
        new IssueOneTimeNoticeCommand(Id, Notice.Arbitrators, Notice.DefenceDueDate, Notice.EvidenceDueDate, Notice.HearingDate, Notice.HearingTime, Notice.HearingPlace),
        "已发出一次性告知。",
        nameof(Notice),
        new { id = Id });

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Details = await Mediator.Send(new GetApplicationQuery(Id), cancellationToken);
            Case = await Mediator.Send(new Features.GetCase.GetCaseQuery(Id), cancellationToken);
            Prefill();
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
