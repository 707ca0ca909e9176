using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.CloseCase;
using Monolith.Modules.Inspection.Features.DecideAcceptance;
using Monolith.Modules.Inspection.Features.GetCase;
using Monolith.Modules.Inspection.Features.Investigation;
using Monolith.Modules.Inspection.Features.ReferToArbitration;
using Monolith.Modules.Inspection.Features.ReferToLegalAid;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Areas.Inspection.Pages;

internal sealed class AcceptInput
{
    public bool WithinRemit { get; set; }

    public bool WithinJurisdiction { get; set; }
}

internal sealed class NotAcceptInput
{
    public NonAcceptanceGround? Ground { get; set; }

    public string? Reason { get; set; }

    public Guidance Guidance { get; set; } = Guidance.None;

    public string? GuidanceNote { get; set; }

    public Guid? ReferWorkerId { get; set; }

    public bool WorkerConsents { get; set; }
}

internal sealed class InquiryInput
{
    public DateOnly? AppearOn { get; set; }

    public TimeOnly? AppearAt { get; set; }

    public string? Place { get; set; }

    public string? Materials { get; set; }
}

internal sealed class StatementInput
{
    public StatementKind Kind { get; set; } = StatementKind.Statement;

    public string? Summary { get; set; }

    public DateOnly? ReceivedOn { get; set; }
}

internal sealed class OrderInput
{
    public OrderKind Kind { get; set; } = OrderKind.Payment;

    public string? Requirements { get; set; }

    public decimal? Amount { get; set; }

    public int PeriodDays { get; set; } = 15;
}

internal sealed class ComplianceInput
{
    public Guid OrderId { get; set; }

    public decimal? AmountPaid { get; set; }

    public string? Note { get; set; }
}

internal sealed class PenaltyInput
{
    public string? Description { get; set; }

    public decimal? Amount { get; set; }
}

internal sealed class PenaltyDecisionInput
{
    public string? Decision { get; set; }

    public decimal? Amount { get; set; }

    public DateOnly? HearingHeldOn { get; set; }
}

internal sealed class ArbitrationInput
{
    public Guid? WorkerId { get; set; }

    public ArbitrationReferralReason Reason { get; set; } = ArbitrationReferralReason.EmployerRefusedNegotiation;

    public string? Note { get; set; }

    public bool WorkerConsents { get; set; }
}

internal sealed class LegalAidInput
{
    public Guid? WorkerId { get; set; }

    public bool ConsentGiven { get; set; }

    public bool WorkerHasNoAgent { get; set; }

    public bool EconomicHardshipStated { get; set; }
}

internal sealed class CloseInput
{
    public ClosureOutcome? Outcome { get; set; }

    public decimal? WagesRecovered { get; set; }

    public int? WorkersCovered { get; set; }

    public string? Summary { get; set; }
}

/// <summary>
/// 监察案件: one case in full (an audited read), its deadlines (the investigation period extended with an approver and
/// reason), its timeline, its notices (print and Word), and the step that comes next: acceptance or non-acceptance with
/// guidance and a referral, then inquiries, statements, orders and compliance, a proposed penalty with the hearing
/// window, referrals to arbitration and legal aid, and closure with its outcome.
/// </summary>
internal sealed class CaseModel : DeadlinesPageModel<InspectionDbContext>
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AcceptInput Accept { get; set; } = new();

    [BindProperty]
    public NotAcceptInput NotAccept { get; set; } = new();

    [BindProperty]
    public InquiryInput Inquiry { get; set; } = new();

    [BindProperty]
    public StatementInput Statement { get; set; } = new();

    [BindProperty]
    public OrderInput Order { get; set; } = new();

    [BindProperty]
    public ComplianceInput Compliance { get; set; } = new();

    [BindProperty]
    public PenaltyInput Penalty { get; set; } = new();

    [BindProperty]
    public PenaltyDecisionInput PenaltyDecision { get; set; } = new();

    [BindProperty]
    public ArbitrationInput Arbitration { get; set; } = new();

    [BindProperty]
    public LegalAidInput LegalAid { get; set; } = new();

    [BindProperty]
    public CloseInput Close { get; set; } = new();

    public CaseDetails Details { get; private set; } = null!;

    private object Route => new { id = Id };

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync() =>
        SendAsync(new AcceptCaseCommand(Id, Accept.WithinRemit, Accept.WithinJurisdiction), "已受理并立案，60个工作日的调查期限开始计算。", nameof(Accept), Route);

    public Task<IActionResult> OnPostNotAcceptAsync() => SendAsync(
        new NotAcceptCaseCommand(
            Id, NotAccept.Ground ?? (NonAcceptanceGround)0, NotAccept.Reason, NotAccept.Guidance, NotAccept.GuidanceNote, NotAccept.ReferWorkerId, NotAccept.WorkerConsents),
        "已作出不予受理决定，请打印不予受理告知书送达劳动者。",
        nameof(NotAccept),
        Route);

    public Task<IActionResult> OnPostInquiryAsync() => SendAsync(
        new IssueInquiryCommand(Id, Inquiry.AppearOn, Inquiry.AppearAt, Inquiry.Place, Inquiry.Materials),
        _ => "已制作调查询问通知书。",
        nameof(Inquiry),
        Route);

    public Task<IActionResult> OnPostStatementAsync() =>
        SendAsync(new RecordStatementCommand(Id, Statement.Kind, Statement.Summary, Statement.ReceivedOn), "已记录用人单位陈述或材料。", nameof(Statement), Route);

    public Task<IActionResult> OnPostOrderAsync() => SendAsync(
        new IssueOrderCommand(Id, Order.Kind, Order.Requirements, Order.Amount, Order.PeriodDays),
        _ => "已制作责令改正（支付）通知书，履行期限开始计算。",
        nameof(Order),
        Route);

    public Task<IActionResult> OnPostComplianceAsync() => SendAsync(
        new RecordComplianceCommand(Id, Compliance.OrderId, Compliance.AmountPaid, Compliance.Note), "已记录用人单位履行情况。", nameof(Compliance), Route);

    public Task<IActionResult> OnPostPenaltyAsync() =>
        SendAsync(new ProposePenaltyCommand(Id, Penalty.Description, Penalty.Amount), "已告知拟作出的行政处罚，用人单位可在5个工作日内要求听证。", nameof(Penalty), Route);

    public Task<IActionResult> OnPostHearingAsync() =>
        SendAsync(new RecordHearingRequestCommand(Id), "已记录用人单位的听证要求。", routeValues: Route);

    public Task<IActionResult> OnPostPenaltyDecisionAsync() => SendAsync(
        new DecidePenaltyCommand(Id, PenaltyDecision.Decision, PenaltyDecision.Amount, PenaltyDecision.HearingHeldOn), "已记录处罚决定。", nameof(PenaltyDecision), Route);

    public Task<IActionResult> OnPostArbitrationAsync() => SendAsync(
        new ReferToArbitrationCommand(Id, Arbitration.WorkerId ?? Guid.Empty, Arbitration.Reason, Arbitration.Note, Arbitration.WorkerConsents),
        _ => "已转送劳动人事争议仲裁委员会，沿用本案联动编号。",
        nameof(Arbitration),
        Route);

    public Task<IActionResult> OnPostLegalAidAsync() => SendAsync(
        new ReferToLegalAidCommand(Id, LegalAid.WorkerId ?? Guid.Empty, LegalAid.ConsentGiven, LegalAid.WorkerHasNoAgent, LegalAid.EconomicHardshipStated),
        _ => "已转介法律援助机构，审查结果将在本页显示。",
        nameof(LegalAid),
        Route);

    public Task<IActionResult> OnPostCloseAsync() => SendAsync(
        new CloseCaseCommand(Id, Close.Outcome ?? (ClosureOutcome)0, Close.WagesRecovered, Close.WorkersCovered, Close.Summary),
        "已结案。",
        nameof(Close),
        Route);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Details = await Mediator.Send(new GetCaseQuery(Id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
