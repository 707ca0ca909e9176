using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Acceptance;
using Monolith.Modules.Mediation.Features.Aftercare;
using Monolith.Modules.Mediation.Features.Agreements;
using Monolith.Modules.Mediation.Features.Cases;
using Monolith.Modules.Mediation.Features.Confirmation;
using Monolith.Modules.Mediation.Features.Ending;
using Monolith.Modules.Mediation.Features.NonPerformance;
using Monolith.Modules.Mediation.Features.Organisations;
using Monolith.Modules.Mediation.Features.Roster;
using Monolith.Modules.Mediation.Features.Sessions;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Areas.Mediation.Pages;

internal sealed class AcceptInput
{
    public Guid? MediatorId { get; set; }
}

internal sealed class ReasonInput
{
    public string? Reason { get; set; }
}

internal sealed class EndInput
{
    public MediationFailureReason? Reason { get; set; }

    public string? Note { get; set; }
}

internal sealed class SessionInput
{
    public DateOnly? HeldOn { get; set; }

    public TimeOnly? HeldAt { get; set; }

    public string? Place { get; set; }

    public string? Participants { get; set; }

    public string? Summary { get; set; }
}

internal sealed class ExpertInput
{
    public Guid? ExpertId { get; set; }
}

internal sealed class AgreementInput
{
    public string? Terms { get; set; }

    public decimal? AgreedAmount { get; set; }

    public DateOnly? PerformanceDueDate { get; set; }

    public string? PerformanceMethod { get; set; }

    public string? CapacityNote { get; set; }
}

internal sealed class ConfirmInput
{
    public bool PartiesSigned { get; set; }

    public DateOnly? WorkerSignedOn { get; set; }

    public DateOnly? EmployerSignedOn { get; set; }
}

internal sealed class FollowUpInput
{
    public DateOnly? VisitedOn { get; set; }

    public FollowUpMethod? Method { get; set; }

    public PerformanceFinding? Finding { get; set; }

    public string? Notes { get; set; }
}

internal sealed class PerformedInput
{
    public DateOnly? PerformedOn { get; set; }
}

internal sealed class NotPerformedInput
{
    public string? Note { get; set; }
}

internal sealed class CourtInput
{
    public string? Court { get; set; }

    public DateOnly? AppliedOn { get; set; }
}

internal sealed class CourtStepInput
{
    public bool Accepted { get; set; } = true;

    public bool Confirmed { get; set; } = true;

    public DateOnly? On { get; set; }

    public string? Note { get; set; }
}

internal sealed class ReviewInput
{
    public bool PartiesApplyJointly { get; set; }
}

internal sealed class PaymentStepInput
{
    public PaymentOrderStage? Stage { get; set; }

    public DateOnly? On { get; set; }

    public DateOnly? DebtorServedOn { get; set; }
}

internal sealed class LegalAidInput
{
    public bool ConsentGiven { get; set; }

    public bool WorkerHasNoAgent { get; set; }

    public bool EconomicHardshipStated { get; set; }

    public bool IsMigrantWorker { get; set; }
}

/// <summary>
/// 调解案件: one case in full (an audited read), its timeline and deadlines (with the extension by the parties' agreement
/// where the rule allows one), its documents, and the step that comes next: acceptance, sessions and experts, the
/// agreement and its confirmation by the parties, the fulfilment notice, follow-up and performance, the confirmation
/// route, and on non-performance arbitration, a payment order or legal aid; or its end without agreement.
/// </summary>
internal sealed class CaseModel : DeadlinesPageModel<MediationDbContext>
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AcceptInput Accept { get; set; } = new();

    [BindProperty]
    public ReasonInput Decline { get; set; } = new();

    [BindProperty]
    public EndInput End { get; set; } = new();

    [BindProperty]
    public SessionInput Session { get; set; } = new();

    [BindProperty]
    public ExpertInput Expert { get; set; } = new();

    [BindProperty]
    public AgreementInput Agreement { get; set; } = new();

    [BindProperty]
    public ConfirmInput Confirm { get; set; } = new();

    [BindProperty]
    public FollowUpInput FollowUp { get; set; } = new();

    [BindProperty]
    public PerformedInput Performed { get; set; } = new();

    [BindProperty]
    public NotPerformedInput NotPerformed { get; set; } = new();

    [BindProperty]
    public CourtInput Judicial { get; set; } = new();

    [BindProperty]
    public CourtStepInput Court { get; set; } = new();

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    [BindProperty]
    public CourtInput PaymentOrder { get; set; } = new();

    [BindProperty]
    public PaymentStepInput PaymentStep { get; set; } = new();

    [BindProperty]
    public LegalAidInput LegalAid { get; set; } = new();

    public CaseDetails Details { get; private set; } = null!;

    /// <summary>Available mediators who may take the case: of its organisation, or, for an entrusted case, of organisations taking entrusted cases.</summary>
    public IReadOnlyList<MediatorItem> Mediators { get; private set; } = [];

    public IReadOnlyList<ExpertItem> Experts { get; private set; } = [];

    protected override string? StaleRecordMessage => null;

    private object Route => new { id = Id };

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync()
    {
        // An entrusted case is accepted by the organisation of the mediator chosen.
        Guid? organisationId = null;
        if (Accept.MediatorId is { } mediatorId)
        {
            var roster = await Mediator.Send(new ListMediatorsQuery(PageSize: Paging.MaxPageSize), HttpContext.RequestAborted);
            organisationId = roster.Items.FirstOrDefault(m => m.Id == mediatorId)?.OrganisationId;
        }

        return await SendAsync(new AcceptCaseCommand(Id, Accept.MediatorId, organisationId), "已受理，开始调解。", nameof(Accept), Route);
    }

    public Task<IActionResult> OnPostDeclineAsync() =>
        SendAsync(new DeclineCaseCommand(Id, Decline.Reason), "已作出不予受理决定。", nameof(Decline), Route);

    public Task<IActionResult> OnPostEndAsync() =>
        SendAsync(new EndMediationCommand(Id, End.Reason, End.Note), "已终结调解，可打印调解终结书。", nameof(End), Route);

    public Task<IActionResult> OnPostSessionAsync() => SendAsync(
        new RecordSessionCommand(Id, Session.HeldOn, Session.HeldAt, Session.Place, Session.Participants, Session.Summary),
        _ => "已记录调解过程。",
        nameof(Session),
        Route);

    public Task<IActionResult> OnPostExpertAsync() =>
        SendAsync(new InviteExpertCommand(Id, Expert.ExpertId), "已邀请专家参与调解。", nameof(Expert), Route);

    public Task<IActionResult> OnPostAgreementAsync() => SendAsync(
        new DraftAgreementCommand(Id, Agreement.Terms, Agreement.AgreedAmount, Agreement.PerformanceDueDate, Agreement.PerformanceMethod, Agreement.CapacityNote),
        "已拟定调解协议书，可打印后交双方当事人签字。",
        nameof(Agreement),
        Route);

    public Task<IActionResult> OnPostConfirmAsync() => SendAsync(
        new ConfirmAgreementCommand(Id, Confirm.PartiesSigned, Confirm.WorkerSignedOn, Confirm.EmployerSignedOn),
        "调解协议已生效。",
        nameof(Confirm),
        Route);

    public Task<IActionResult> OnPostNoticeAsync() =>
        SendAsync(new IssueFulfilmentNoticeCommand(Id), "已发放履行告知书。", routeValues: Route);

    public Task<IActionResult> OnPostFollowUpAsync() => SendAsync(
        new RecordFollowUpCommand(Id, FollowUp.VisitedOn, FollowUp.Method, FollowUp.Finding, FollowUp.Notes),
        _ => "已记录回访。",
        nameof(FollowUp),
        Route);

    public Task<IActionResult> OnPostPerformedAsync() =>
        SendAsync(new RecordPerformanceCommand(Id, true, Performed.PerformedOn, null), "已记录协议履行，案件办结。", nameof(Performed), Route);

    public Task<IActionResult> OnPostNotPerformedAsync() =>
        SendAsync(new RecordPerformanceCommand(Id, false, null, NotPerformed.Note), "已记录协议未履行，请选择后续途径。", nameof(NotPerformed), Route);

    public Task<IActionResult> OnPostJudicialAsync() =>
        SendAsync(new ApplyForJudicialConfirmationCommand(Id, Judicial.Court, Judicial.AppliedOn), "已记录司法确认申请。", nameof(Judicial), Route);

    public Task<IActionResult> OnPostCourtAcceptanceAsync() =>
        SendAsync(new RecordCourtAcceptanceCommand(Id, Court.Accepted, Court.On), "已记录法院受理情况。", nameof(Court), Route);

    public Task<IActionResult> OnPostRulingAsync() =>
        SendAsync(new RecordConfirmationRulingCommand(Id, Court.Confirmed, Court.On, Court.Note), "已记录法院裁定。", nameof(Court), Route);

    public Task<IActionResult> OnPostReviewAsync() =>
        SendAsync(new RequestArbitrationReviewCommand(Id, Review.PartiesApplyJointly), _ => "已提交仲裁审查确认申请，审查结果将在本页显示。", nameof(Review), Route);

    public Task<IActionResult> OnPostNoConfirmationAsync() =>
        SendAsync(new DeclineConfirmationCommand(Id), "已记录当事人不申请确认。", routeValues: Route);

    public Task<IActionResult> OnPostArbitrationAsync() =>
        SendAsync(new GuideToArbitrationCommand(Id), "已引导劳动者申请仲裁，并告知仲裁机构。", routeValues: Route);

    public Task<IActionResult> OnPostPaymentOrderAsync() =>
        SendAsync(new ApplyForPaymentOrderCommand(Id, PaymentOrder.Court, PaymentOrder.AppliedOn), "已记录支付令申请。", nameof(PaymentOrder), Route);

    public Task<IActionResult> OnPostPaymentStepAsync() =>
        SendAsync(new RecordPaymentOrderStepCommand(Id, PaymentStep.Stage, PaymentStep.On, PaymentStep.DebtorServedOn), "已记录支付令进展。", nameof(PaymentStep), Route);

    public Task<IActionResult> OnPostLegalAidAsync() => SendAsync(
        new ReferToLegalAidCommand(Id, LegalAid.ConsentGiven, LegalAid.WorkerHasNoAgent, LegalAid.EconomicHardshipStated, LegalAid.IsMigrantWorker),
        _ => "已转介法律援助机构，审查结果将在本页显示。",
        nameof(LegalAid),
        Route);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Details = await Mediator.Send(new GetCaseQuery(Id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        if (Details.Status == CaseStatus.Received)
        {
            var available = await Mediator.Send(new ListMediatorsQuery(Details.OrganisationId, AvailableOnly: true, PageSize: Paging.MaxPageSize), cancellationToken);
            if (Details.OrganisationId is null)
            {
                var entrusted = (await Mediator.Send(new ListOrganisationsQuery(ReceivingOnly: true, PageSize: Paging.MaxPageSize), cancellationToken)).Items
                    .Where(o => o.AcceptsEntrustedCases).Select(o => o.Id).ToHashSet();
                Mediators = [.. available.Items.Where(m => entrusted.Contains(m.OrganisationId))];
            }
            else
            {
                Mediators = available.Items;
            }
        }

        if (Details.Status == CaseStatus.InMediation)
        {
            Experts = (await Mediator.Send(new ListExpertsQuery(AvailableOnly: true, PageSize: Paging.MaxPageSize), cancellationToken)).Items;
            if (Details.Agreement is { } drafted && HttpMethods.IsGet(Request.Method))
            {
                Agreement = new AgreementInput
                {
                    Terms = drafted.Terms,
                    AgreedAmount = drafted.AgreedAmount,
                    PerformanceDueDate = drafted.PerformanceDueDate,
                    PerformanceMethod = drafted.PerformanceMethod,
                    CapacityNote = drafted.CapacityNote,
                };
            }
        }

        return true;
    }
}
