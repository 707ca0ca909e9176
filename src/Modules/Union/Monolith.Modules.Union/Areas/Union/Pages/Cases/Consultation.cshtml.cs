using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.Union.Features.Cases;

namespace Monolith.Modules.Union.Areas.Union.Pages.Cases;

internal sealed class FollowUpInput
{
    public string? Note { get; set; }

    public string? Answer { get; set; }

    public bool Close { get; set; }
}

internal sealed class LawyerInput
{
    public string? LawyerName { get; set; }

    public string? LawFirm { get; set; }
}

internal sealed class ReferInput
{
    public bool ConsentGiven { get; set; }

    public bool WorkerHasNoAgent { get; set; }

    public bool EconomicHardshipStated { get; set; }

    public LabourClaimKind? ClaimKind { get; set; }

    public decimal? Amount { get; set; }
}

/// <summary>One consultation (an audited read of personal data): follow-ups until closed, a union lawyer, or a referral to legal aid.</summary>
internal sealed class ConsultationModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public FollowUpInput FollowUp { get; set; } = new();

    [BindProperty]
    public LawyerInput Lawyer { get; set; } = new();

    [BindProperty]
    public ReferInput Refer { get; set; } = new();

    public ConsultationDetails Details { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostFollowUpAsync() => SendAsync(
        new FollowUpConsultationCommand(Id, FollowUp.Note, FollowUp.Answer, FollowUp.Close), FollowUp.Close ? "已办结。" : "已记录跟进情况。", nameof(FollowUp), new { id = Id });

    public Task<IActionResult> OnPostLawyerAsync() =>
        SendAsync(new AssignUnionLawyerCommand(Id, Lawyer.LawyerName, Lawyer.LawFirm), "已安排工会律师提供法律帮助。", nameof(Lawyer), new { id = Id });

    public Task<IActionResult> OnPostReferAsync() => SendAsync(
        new ReferConsultationToLegalAidCommand(Id, Refer.ConsentGiven, Refer.WorkerHasNoAgent, Refer.EconomicHardshipStated, Refer.ClaimKind, Refer.Amount),
        "已记录劳动者同意并转介法律援助机构，审查结果将在本页显示。", nameof(Refer), new { id = Id });

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Details = await Mediator.Send(new GetConsultationQuery(Id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
