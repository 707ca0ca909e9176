using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.AdvanceAid;
using Monolith.Modules.LegalAid.Features.Assign;
using Monolith.Modules.LegalAid.Features.CaseWork;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Features.Lawyers;
using Monolith.Modules.LegalAid.Features.Materials;
using Monolith.Modules.LegalAid.Features.Objection;
using Monolith.Modules.LegalAid.Features.Requests;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

internal sealed class GrantInput
{
    public Guid? LawyerId { get; set; }

    public string? Reasons { get; set; }
}

internal sealed class RefuseInput
{
    public string? Reason { get; set; }
}

internal sealed class MaterialsInput
{
    public string? MissingMaterials { get; set; }

    public DateOnly? SupplementDueOn { get; set; }
}

internal sealed class TimeLimitInput
{
    public string? Description { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public string? Basis { get; set; }

    public TimeLimitKind Kind { get; set; }

    public DateOnly? StartsOn { get; set; }
}

internal sealed class AssignInput
{
    public Guid? LawyerId { get; set; }
}

internal sealed class ReplaceInput
{
    public Guid? LawyerId { get; set; }

    public string? Reason { get; set; }
}

internal sealed class ObjectionInput
{
    public string? Text { get; set; }
}

internal sealed class ObjectionDecisionInput
{
    public bool? Upheld { get; set; }

    public string? Reasons { get; set; }
}

internal sealed class RepresentationInput
{
    public RepresentationStage? Stage { get; set; }

    public string? Forum { get; set; }

    public string? CaseReference { get; set; }

    public DateOnly? On { get; set; }

    public string? Account { get; set; }
}

internal sealed class SupportInput
{
    public string? Claims { get; set; }

    public string? Reasons { get; set; }
}

internal sealed class EvidenceInput
{
    public string? EvidenceSought { get; set; }

    public string? WhyWorkerCannotObtain { get; set; }

    public string? ProjectManager { get; set; }
}

internal sealed class LeadInput
{
    public string? Facts { get; set; }

    public int? WorkersAffected { get; set; }
}

internal sealed class ClosureInput
{
    public string? Summary { get; set; }

    public string? ArchiveNumber { get; set; }

    public int? Score { get; set; }

    public string? Comment { get; set; }
}

/// <summary>
/// One application in full (an audited read of personal data) and every step on it: materials notice, advance aid,
/// decision, objection, assignment with the workload and conflict check, representation, requests to other agencies and
/// their answers, closure, archive and follow-up, with links to the printable documents.
/// </summary>
internal sealed class ApplicationModel(ICurrentUser user) : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public GrantInput Grant { get; set; } = new();

    [BindProperty]
    public RefuseInput Refuse { get; set; } = new();

    [BindProperty]
    public MaterialsInput Materials { get; set; } = new();

    [BindProperty]
    public TimeLimitInput TimeLimit { get; set; } = new();

    [BindProperty]
    public AssignInput Assign { get; set; } = new();

    [BindProperty]
    public ReplaceInput Replace { get; set; } = new();

    [BindProperty]
    public ObjectionInput Objection { get; set; } = new();

    [BindProperty]
    public ObjectionDecisionInput ObjectionDecision { get; set; } = new();

    [BindProperty]
    public RepresentationInput Representation { get; set; } = new();

    [BindProperty]
    public SupportInput Support { get; set; } = new();

    [BindProperty]
    public EvidenceInput Evidence { get; set; } = new();

    [BindProperty]
    public LeadInput Lead { get; set; } = new();

    [BindProperty]
    public ClosureInput Closure { get; set; } = new();

    public ApplicationDetails Details { get; private set; } = null!;

    public IReadOnlyList<LawyerWorkload> Lawyers { get; private set; } = [];

    public bool IsJusticeBureau => user.Role is LegalAidModule.JusticeBureauRole or PlatformRoles.Administrator;

    public bool CanDecide => Details.Status == LegalAidApplicationStatus.PendingReview;

    public bool CanAssign => Details.LawyerId is null
        && (Details.Status == LegalAidApplicationStatus.Granted
            || (Details.AdvanceAidAt is not null && Details.Status is LegalAidApplicationStatus.PendingReview or LegalAidApplicationStatus.AwaitingMaterials));

    public bool IsOpenCase => Details.LawyerId is not null && Details.Status != LegalAidApplicationStatus.Closed;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostGrantAsync() => SendAsync(
        new GrantLegalAidCommand(Id, Grant.LawyerId, Grant.Reasons), "已决定给予法律援助。", nameof(Grant), new { id = Id });

    public Task<IActionResult> OnPostRefuseAsync() => SendAsync(
        new RefuseLegalAidCommand(Id, Refuse.Reason), "已决定不予法律援助。", nameof(Refuse), new { id = Id });

    public Task<IActionResult> OnPostMaterialsAsync() => SendAsync(
        new RequestMaterialsCommand(Id, Materials.MissingMaterials, Materials.SupplementDueOn), "已一次性告知需补充的材料。", nameof(Materials), new { id = Id });

    public Task<IActionResult> OnPostSupplementAsync() => SendAsync(
        new SupplementMaterialsCommand(Id), "已登记补充材料，重新开始审查期限。", null, new { id = Id });

    public Task<IActionResult> OnPostTimeLimitAsync() => SendAsync(
        new RecordTimeLimitCommand(Id, TimeLimit.Description, TimeLimit.ExpiresOn, TimeLimit.Basis, TimeLimit.Kind, TimeLimit.StartsOn), _ => "已登记时效或期限。", nameof(TimeLimit), new { id = Id });

    public Task<IActionResult> OnPostAdvanceAidAsync() => SendAsync(
        new ProvideAdvanceAidCommand(Id), "已决定先行提供法律援助，请在3日内指派。", null, new { id = Id });

    public Task<IActionResult> OnPostAssignAsync() => SendAsync(
        new AssignProviderCommand(Id, Assign.LawyerId), "已指派法律援助人员。", nameof(Assign), new { id = Id });

    public Task<IActionResult> OnPostReplaceAsync() => SendAsync(
        new ReplaceProviderCommand(Id, Replace.LawyerId, Replace.Reason), "已更换法律援助人员。", nameof(Replace), new { id = Id });

    public Task<IActionResult> OnPostObjectionAsync() => SendAsync(
        new LodgeObjectionCommand(Id, Objection.Text), "已登记异议，司法行政部门应在5日内作出决定。", nameof(Objection), new { id = Id });

    public Task<IActionResult> OnPostObjectionDecisionAsync() => SendAsync(
        new DecideObjectionCommand(Id, ObjectionDecision.Upheld, ObjectionDecision.Reasons), "已对异议作出决定。", nameof(ObjectionDecision), new { id = Id });

    public Task<IActionResult> OnPostRepresentationAsync() => SendAsync(
        new RecordRepresentationCommand(Id, Representation.Stage, Representation.Forum, Representation.CaseReference, Representation.On, Representation.Account),
        "已记录代理情况。", nameof(Representation), new { id = Id });

    public Task<IActionResult> OnPostSupportAsync() => SendAsync(
        new RequestSupportOfProsecutionCommand(Id, Support.Claims, Support.Reasons), _ => "已提请检察机关支持起诉。", nameof(Support), new { id = Id });

    public Task<IActionResult> OnPostEvidenceAsync() => SendAsync(
        new RequestEvidenceAssistanceCommand(Id, Evidence.EvidenceSought, Evidence.WhyWorkerCannotObtain, Evidence.ProjectManager),
        _ => "已请劳动保障监察机构协助调查取证。", nameof(Evidence), new { id = Id });

    public Task<IActionResult> OnPostLeadAsync() => SendAsync(
        new ReportViolationLeadCommand(Id, Lead.Facts, Lead.WorkersAffected), _ => "已向劳动保障监察机构移交案件线索。", nameof(Lead), new { id = Id });

    public Task<IActionResult> OnPostCloseAsync() => SendAsync(
        new CloseCaseCommand(Id, Closure.Summary), "已结案。", nameof(Closure), new { id = Id });

    public Task<IActionResult> OnPostArchiveAsync() => SendAsync(
        new ArchiveCaseCommand(Id, Closure.ArchiveNumber), "已归档。", nameof(Closure), new { id = Id });

    public Task<IActionResult> OnPostSatisfactionAsync() => SendAsync(
        new RecordSatisfactionCommand(Id, Closure.Score, Closure.Comment), "已记录回访结果。", nameof(Closure), new { id = Id });

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

        if (CanDecide || CanAssign || (Details.LawyerId is not null && Details.Status == LegalAidApplicationStatus.Granted))
        {
            // The assignment form offers the active roster, fewest open cases first; a longer roster is searched on the roster page.
            Lawyers = (await Mediator.Send(new LawyerWorkloadQuery(Details.EmployerName, Details.EmployerCreditCode, Paging: new PageRequest(1, PageRequest.MaxSize)), cancellationToken))
                .Items.Where(l => l.IsActive).ToList();
        }

        return true;
    }
}
