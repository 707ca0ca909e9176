using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.Evidence;
using Monolith.Modules.Inspection.Features.Leads;
using Monolith.Modules.Inspection.Features.Requests;

namespace Monolith.Modules.Inspection.Areas.Inspection.Pages;

internal sealed class NotifyInput
{
    public Guid RequestId { get; set; }

    public string? Notified { get; set; }
}

internal sealed class AnswerInput
{
    public Guid RequestId { get; set; }

    public EvidenceAssistanceOutcome Outcome { get; set; } = EvidenceAssistanceOutcome.Collected;

    /// <summary>One collected item a line.</summary>
    public string? CollectedItems { get; set; }

    public string? Explanation { get; set; }
}

internal sealed class TakeUpInput
{
    public Guid LeadId { get; set; }

    public string? DivisionCode { get; set; }

    public ViolationCategory Category { get; set; } = ViolationCategory.UnpaidWages;

    public string? Note { get; set; }
}

internal sealed class DeclineInput
{
    public Guid LeadId { get; set; }

    public string? Reason { get; set; }
}

/// <summary>
/// 协助请求与线索: evidence-collection requests and violation leads from legal aid and the unions, open ones first with
/// their answer or feedback period, a page at a time; the officer records whom they notified and answers with what was
/// collected, and takes a lead up as a case or declines it with a reason (the feedback the reporting agency gets).
/// </summary>
internal sealed class RequestsModel(IOptions<DeploymentOptions> deployment) : CommandPageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true)]
    public bool OpenOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "ep")]
    public int EvidencePage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "lp")]
    public int LeadPage { get; set; } = 1;

    [BindProperty]
    public NotifyInput Notify { get; set; } = new();

    [BindProperty]
    public AnswerInput Answer { get; set; } = new();

    [BindProperty]
    public TakeUpInput TakeUp { get; set; } = new();

    [BindProperty]
    public DeclineInput Decline { get; set; } = new();

    public RequestPage<EvidenceRequestView> Evidence { get; private set; } = new([], 1, PageSize, 0);

    public RequestPage<LeadView> Leads { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<(string Code, string Name)> Districts => Monolith.Modules.Inspection.Districts.Of(deployment.Value.DivisionCode);

    /// <summary>The item whose form was just posted (its errors are shown there).</summary>
    public Guid? Posted { get; private set; }

    protected override string? StaleRecordMessage => "该请求或线索已不存在。";

    private object Route => new { OpenOnly, ep = EvidencePage, lp = LeadPage };

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostNotifyAsync()
    {
        Posted = Notify.RequestId;
        return SendAsync(new RecordEvidenceNotificationCommand(Notify.RequestId, Notify.Notified), "已记录通知情况。", nameof(Notify), Route);
    }

    public Task<IActionResult> OnPostAnswerAsync()
    {
        Posted = Answer.RequestId;
        var items = (Answer.CollectedItems ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return SendAsync(
            new AnswerEvidenceRequestCommand(Answer.RequestId, Answer.Outcome, items, Answer.Explanation), "已答复请求机构。", nameof(Answer), Route);
    }

    public Task<IActionResult> OnPostTakeUpAsync()
    {
        Posted = TakeUp.LeadId;
        return SendAsync(
            new TakeUpLeadCommand(TakeUp.LeadId, null, TakeUp.DivisionCode, TakeUp.Category, TakeUp.Note),
            _ => "线索已登记为举报案件，并已反馈移交机构。",
            nameof(TakeUp),
            next: caseId => RedirectToPage("Case", new { id = caseId }));
    }

    public Task<IActionResult> OnPostDeclineAsync()
    {
        Posted = Decline.LeadId;
        return SendAsync(new DeclineLeadCommand(Decline.LeadId, Decline.Reason), "已不予采纳，并将理由反馈移交机构。", nameof(Decline), Route);
    }

    /// <summary>A link to another page of one of the two lists, keeping the other's page and the filter.</summary>
    public string PageLink(int? evidencePage = null, int? leadPage = null) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["OpenOnly"] = OpenOnly ? "true" : null,
            ["ep"] = (evidencePage ?? EvidencePage).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["lp"] = (leadPage ?? LeadPage).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => p.Value is not null)).ToUriComponent();

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Evidence = await Mediator.Send(new ListEvidenceRequestsQuery(OpenOnly, null, EvidencePage, PageSize), cancellationToken);
        Leads = await Mediator.Send(new ListLeadsQuery(OpenOnly, null, LeadPage, PageSize), cancellationToken);
        return true;
    }
}
