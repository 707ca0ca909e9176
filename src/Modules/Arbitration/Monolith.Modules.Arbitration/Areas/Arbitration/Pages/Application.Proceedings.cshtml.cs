using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.Awards;
using Monolith.Modules.Arbitration.Features.Evidence;
using Monolith.Modules.Arbitration.Features.GetCase;
using Monolith.Modules.Arbitration.Features.Hearings;
using Monolith.Modules.Arbitration.Features.Letters;
using Monolith.Modules.Arbitration.Features.Proceedings;
using Monolith.Modules.Arbitration.Features.Supplement;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

internal sealed class SupplementInput
{
    public string? MaterialsMissing { get; set; }
}

internal sealed class ServiceInput
{
    public ServiceStep Step { get; set; }

    public DateOnly? On { get; set; }
}

internal sealed class ProcedureInput
{
    public SimplifiedBasis? Simplified { get; set; }
}

internal sealed class HearingInput
{
    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    public string? Room { get; set; }
}

internal sealed class PostponeInput
{
    public Guid HearingId { get; set; }

    public PartySide? RequestedBy { get; set; }

    public string? Reason { get; set; }

    public DateOnly? RequestedOn { get; set; }
}

internal sealed class NoticeServedInput
{
    public Guid HearingId { get; set; }

    public DateOnly? ServedOn { get; set; }
}

internal sealed class PeriodInput
{
    public AwardPeriodAction Action { get; set; }

    public DateOnly? On { get; set; }

    public string? Reason { get; set; }

    public ClockPauseKind? PauseKind { get; set; }

    public string? ApprovedBy { get; set; }

    public string? ApprovalNumber { get; set; }
}

internal sealed class AwardItemForm
{
    public int Ordinal { get; set; }

    public bool Include { get; set; }

    public ClaimOutcome? Outcome { get; set; }

    public decimal? AwardedAmount { get; set; }

    public bool AdvanceExecution { get; set; }
}

internal sealed class AwardInput
{
    public bool IsPartial { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? Reasoning { get; set; }

    public List<AwardItemForm> Items { get; set; } = [];
}

internal sealed class AwardServiceInput
{
    public Guid AwardId { get; set; }

    public DateOnly? WorkerReceivedOn { get; set; }

    public DateOnly? EmployerReceivedOn { get; set; }
}

internal sealed class MediationInput
{
    public string? Terms { get; set; }

    public decimal? Amount { get; set; }
}

internal sealed class EvidenceInput
{
    public string? Evidence { get; set; }

    public string? WhyWorkerCannotCollect { get; set; }
}

internal sealed class EvidenceResultInput
{
    public Guid RequestId { get; set; }

    public bool Collected { get; set; }

    public string? Result { get; set; }
}

internal sealed class LetterInput
{
    public ArbitrationLetterKind? Kind { get; set; }

    public string? Findings { get; set; }

    public string? LegalBasis { get; set; }

    public string? Requests { get; set; }
}

/// <summary>The case from acceptance to award on the application's page: one form per step, each a command.</summary>
internal sealed partial class ApplicationModel
{
    [BindProperty]
    public SupplementInput Supplement { get; set; } = new();

    [BindProperty]
    public ServiceInput Service { get; set; } = new();

    [BindProperty]
    public ProcedureInput Procedure { get; set; } = new();

    [BindProperty]
    public HearingInput Hearing { get; set; } = new();

    [BindProperty]
    public PostponeInput Postpone { get; set; } = new();

    [BindProperty]
    public NoticeServedInput NoticeServed { get; set; } = new();

    [BindProperty]
    public PeriodInput Period { get; set; } = new();

    [BindProperty]
    public AwardInput Award { get; set; } = new();

    [BindProperty]
    public AwardServiceInput AwardService { get; set; } = new();

    [BindProperty]
    public MediationInput Mediation { get; set; } = new();

    [BindProperty]
    public EvidenceInput Evidence { get; set; } = new();

    [BindProperty]
    public EvidenceResultInput EvidenceResult { get; set; } = new();

    [BindProperty]
    public LetterInput Letter { get; set; } = new();

    public CaseView Case { get; private set; } = null!;

    public IReadOnlyList<string> Rooms => HttpContext.RequestServices.GetRequiredService<IOptions<ArbitrationOptions>>().Value.Rooms;

    private DateOnly Today => HttpContext.RequestServices.GetRequiredService<DeploymentClock>().Today;

    public Task<IActionResult> OnPostSupplementRequestAsync() =>
        SendAsync(new SupplementMaterialsCommand(Id, false, Supplement.MaterialsMissing), "已通知申请人补正材料，补正后重新计算受理期限。", nameof(Supplement), new { id = Id });

    public Task<IActionResult> OnPostSupplementedAsync() =>
        SendAsync(new SupplementMaterialsCommand(Id, true, null), "已记录补正，受理期限自今日重新计算。", nameof(Supplement), new { id = Id });

    public Task<IActionResult> OnPostServiceAsync() =>
        SendAsync(new RecordServiceStepCommand(Id, Service.Step, Service.On), "已记录送达情况。", nameof(Service), new { id = Id });

    public Task<IActionResult> OnPostProcedureAsync() =>
        SendAsync(new DecideProcedureCommand(Id, Procedure.Simplified), Procedure.Simplified is null ? "已按普通程序处理。" : "已决定简易处理。", nameof(Procedure), new { id = Id });

    public Task<IActionResult> OnPostHearingAsync() =>
        SendAsync(new ScheduleHearingCommand(Id, Hearing.Date, Hearing.Time, Hearing.Room), "已排期开庭，请在开庭五日前送达开庭通知并记录送达日期。", nameof(Hearing), new { id = Id });

    public Task<IActionResult> OnPostPostponeAsync() =>
        SendAsync(new PostponeHearingCommand(Id, Postpone.HearingId, Postpone.RequestedBy, Postpone.Reason, Postpone.RequestedOn), "已延期开庭，请另行排期。", nameof(Postpone), new { id = Id });

    public Task<IActionResult> OnPostNoticeServedAsync() =>
        SendAsync(new RecordHearingNoticeServedCommand(Id, NoticeServed.HearingId, NoticeServed.ServedOn), "已记录开庭通知送达日期。", nameof(NoticeServed), new { id = Id });

    public Task<IActionResult> OnPostPeriodAsync() =>
        SendAsync(new ChangeAwardPeriodCommand(Id, Period.Action, Period.On, Period.Reason, Period.PauseKind, Period.ApprovedBy, Period.ApprovalNumber), "已更新审理期限。", nameof(Period), new { id = Id });

    public Task<IActionResult> OnPostAwardAsync() => SendAsync(
        new IssueAwardCommand(Id, Award.IsPartial, Award.DecidedOn, Award.Reasoning,
            [.. Award.Items.Where(i => i.Include).Select(i => new AwardItemInput(i.Ordinal, i.Outcome, i.AwardedAmount, i.AdvanceExecution))]),
        Award.IsPartial ? "已作出先行裁决。" : "已作出裁决，案件结案。",
        nameof(Award),
        new { id = Id });

    public Task<IActionResult> OnPostAwardServiceAsync() =>
        SendAsync(new RecordAwardServiceCommand(Id, AwardService.AwardId, AwardService.WorkerReceivedOn, AwardService.EmployerReceivedOn), "已记录裁决书签收日期。", nameof(AwardService), new { id = Id });

    public Task<IActionResult> OnPostMediationAsync() =>
        SendAsync(new RecordMediationStatementCommand(Id, Mediation.Terms, Mediation.Amount), "已制作仲裁调解书，案件结案。", nameof(Mediation), new { id = Id });

    public Task<IActionResult> OnPostEvidenceAsync() =>
        SendAsync(new RequestEvidenceCollectionCommand(Id, Evidence.Evidence, Evidence.WhyWorkerCannotCollect), "已登记调取证据申请。", nameof(Evidence), new { id = Id });

    public Task<IActionResult> OnPostEvidenceResultAsync() =>
        SendAsync(new RecordEvidenceCollectionCommand(Id, EvidenceResult.RequestId, EvidenceResult.Collected, EvidenceResult.Result), "已记录调取结果。", nameof(EvidenceResult), new { id = Id });

    public Task<IActionResult> OnPostLetterAsync() =>
        SendAsync(new IssueLetterCommand(Id, Letter.Kind, Letter.Findings, Letter.LegalBasis, Letter.Requests), "已发出建议书，并报送监督台账。", nameof(Letter), new { id = Id });

    /// <summary>Defaults for the forms shown on a GET: today's dates and one award row per open claim.</summary>
    private void Prefill()
    {
        Service.On ??= Today;
        Period.On ??= Today;
        Award.DecidedOn ??= Today;
        Postpone.RequestedOn ??= Today;
        NoticeServed.ServedOn ??= Today;
        if (Award.Items.Count == 0)
        {
            Award.Items = [.. Case.OpenClaims.Select(c => new AwardItemForm { Ordinal = c.Ordinal, Include = true, Outcome = ClaimOutcome.Granted })];
        }
    }
}
