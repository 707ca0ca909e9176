using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.Requests;
using Monolith.Modules.Inspection.Features.RiskAlerts;

namespace Monolith.Modules.Inspection.Areas.Inspection.Pages;

internal sealed class AlertTakeUpInput
{
    public Guid AlertId { get; set; }

    public string? EmployerName { get; set; }

    public string? CreditCode { get; set; }

    public string? DivisionCode { get; set; }

    public ViolationCategory Category { get; set; } = ViolationCategory.UnpaidWages;

    public string? Note { get; set; }
}

internal sealed class AlertDismissInput
{
    public Guid AlertId { get; set; }

    public string? Reason { get; set; }
}

/// <summary>
/// 风险预警: Supervision's alerts in the inspectors' queue, open and most urgent first, with their level, subject and the
/// rules that fired; an inspector takes one up as an inspection task (a report case) or dismisses it with a reason.
/// </summary>
internal sealed class AlertsModel(IOptions<DeploymentOptions> deployment) : CommandPageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true)]
    public RiskAlertStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public AlertTakeUpInput TakeUp { get; set; } = new();

    [BindProperty]
    public AlertDismissInput Dismiss { get; set; } = new();

    public RequestPage<RiskAlertView> Alerts { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<(string Code, string Name)> Districts => Monolith.Modules.Inspection.Districts.Of(deployment.Value.DivisionCode);

    public Guid? Posted { get; private set; }

    protected override string? StaleRecordMessage => "该预警已不存在。";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostTakeUpAsync()
    {
        Posted = TakeUp.AlertId;
        return SendAsync(
            new TakeUpRiskAlertCommand(TakeUp.AlertId, TakeUp.EmployerName, TakeUp.CreditCode, TakeUp.DivisionCode, TakeUp.Category, TakeUp.Note),
            _ => "已立项核查，登记为举报案件。",
            nameof(TakeUp),
            next: caseId => RedirectToPage("Case", new { id = caseId }));
    }

    public Task<IActionResult> OnPostDismissAsync()
    {
        Posted = Dismiss.AlertId;
        return SendAsync(new DismissRiskAlertCommand(Dismiss.AlertId, Dismiss.Reason), "已记录不予立项的理由。", nameof(Dismiss), new { Status, p = PageNumber });
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["Status"] = Status?.ToString(),
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => p.Value is not null)).ToUriComponent();

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Alerts = await Mediator.Send(new ListRiskAlertsQuery(ModelState.IsValid ? Status : null, PageNumber, PageSize), cancellationToken);
        return true;
    }
}
