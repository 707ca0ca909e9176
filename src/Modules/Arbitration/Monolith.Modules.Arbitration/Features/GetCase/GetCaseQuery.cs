using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.Hearings;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.GetCase;

/// <summary>
/// The case from application to award as the clerk works it: the limitation check per claim, the supplement, service and
/// defence, hearings, the award period with its computation, awards with their classification and the parties' windows,
/// evidence collection and letters. Names the parties, so it is an audited read.
/// </summary>
internal sealed record GetCaseQuery(Guid ApplicationId) : IQuery<CaseView>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => ApplicationId.ToString();
}

internal sealed record CaseView(
    Guid Id,
    string LinkageNumber,
    string? CaseNumber,
    ApplicationStatus Status,
    string ApplicantName,
    string RespondentName,
    string? RespondentCreditCode,
    int WorkerCount,
    bool IsCollective,
    DateTimeOffset ReceivedAt,
    DateOnly? AcceptedOn,
    IReadOnlyList<CaseClaim> Claims,
    LimitationView Limitation,
    SupplementView? Supplement,
    ServiceView Service,
    SimplifiedBasis? Simplified,
    IReadOnlyList<HearingView> Hearings,
    AwardPeriodView? AwardPeriod,
    IReadOnlyList<AwardView> Awards,
    MediationStatement? Mediation,
    IReadOnlyList<EvidenceView> EvidenceCollections,
    IReadOnlyList<LetterView> Letters,
    string? RejectionReason,
    string? Arbitrators,
    DateOnly? DefenceDueDate,
    DateOnly? EvidenceDueDate) : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;

    public bool IsOpen => Status == ApplicationStatus.Filed;

    public string StatusName => ArbitrationNames.Status(Status);

    public string? SimplifiedName => Simplified is { } basis ? ArbitrationNames.Simplified(basis) : null;

    public IEnumerable<CaseClaim> OpenClaims => Claims.Where(c => c.Outcome is null);
}

internal sealed record CaseClaim(int Ordinal, ClaimType Type, decimal? Amount, string? Description, ClaimOutcome? Outcome, decimal? AwardedAmount, bool AdvanceExecution, string? Classification)
{
    public string TypeName => ClaimTypes.ChineseName(Type);

    public bool AllowsAdvanceExecution => ClaimTypes.AllowsAdvanceExecution(Type);

    public string? OutcomeName => Outcome is { } o ? ArbitrationNames.Outcome(o) : null;
}

/// <summary>The limitation check: the worst verdict over the claims, and each claim's computation.</summary>
internal sealed record LimitationView(LimitationVerdict Verdict, IReadOnlyList<ClaimLimitation> Claims, IReadOnlyList<ComplaintView> Complaints)
{
    public bool IsWarning => Verdict is LimitationVerdict.Expired or LimitationVerdict.Unknown;

    public string VerdictName => ArbitrationNames.Limitation(Verdict);
}

internal sealed record ClaimLimitation(int Ordinal, string TypeName, LimitationVerdict Verdict, DateOnly? LastDay, IReadOnlyList<string> Steps)
{
    public string VerdictName => ArbitrationNames.Limitation(Verdict);
}

/// <summary>
/// A complaint to labour inspection that interrupted the limitation: applied when it is this matter (same linkage
/// number); against the same employer under another matter it is shown for the clerk to verify whether the applicant
/// was among the complainants (Inspection's report names the employer only).
/// </summary>
internal sealed record ComplaintView(string LinkageNumber, DateOnly InterruptedOn, string EmployerName, int WorkersCovered, bool Applied, string Basis);

internal sealed record SupplementView(string MaterialsMissing, DateTimeOffset RequestedAt, DateTimeOffset? SupplementedAt);

internal sealed record ServiceView(DateOnly? ApplicationCopyReceivedOn, DateOnly? DefenceReceivedOn, DateOnly? DefenceCopyServedOn);

internal sealed record HearingView(
    Guid Id, int Ordinal, DateTimeOffset StartsAt, string Room, DateTimeOffset NotifiedAt, HearingStatus Status, PartySide? PostponementRequestedBy, string? PostponementReason,
    DateOnly? PostponementRequestedOn, DateOnly PostponementCutoff, string PostponementExplanation, DateOnly? NoticeServedOn, DateOnly NoticeDueDate,
    DateOnly NoticeLatestSafeDate, string NoticeExplanation)
{
    /// <summary>Served after the latest day under either reading of "开庭五日前" (only the later one makes it certainly late).</summary>
    public bool NoticeServedLate => NoticeServedOn > NoticeDueDate;

    public string StatusName => Status == HearingStatus.Scheduled ? "已排期" : "已延期";
}

internal sealed record AwardPeriodView(
    DateOnly Start, string StartReason, DateOnly? DueDate, bool Paused, int ExcludedDays, IReadOnlyList<string> Steps, AwardExtensionApproval? Extension, IReadOnlyList<PauseView> Pauses,
    IReadOnlyList<LapsedExtensionView> LapsedExtensions);

/// <summary>An approval that extended an earlier award period and lapsed when the period restarted (ADR 0074).</summary>
internal sealed record LapsedExtensionView(
    string ApprovedBy, string ApprovalNumber, DateOnly ApprovedOn, string Reason, string RecordedBy, DateOnly PeriodStart, DateOnly LapsedOn, string RestartReason);

internal sealed record PauseView(ClockPauseKind Kind, DateOnly From, DateOnly? To, string Reason)
{
    public string KindName => Kind == ClockPauseKind.Suspension ? "中止审理" : "公告送达";
}

internal sealed record AwardView(
    Guid Id, int Ordinal, string Number, bool IsPartial, DateOnly DecidedOn, string Reasoning, bool IsFinalAward, decimal Threshold, string ClassificationSummary,
    DateOnly? WorkerReceivedOn, DateOnly? EmployerReceivedOn, IReadOnlyList<int> ClaimOrdinals, IReadOnlyList<PartyWindow> Windows)
{
    public string KindName => IsPartial ? "先行裁决" : "终结裁决";
}

/// <summary>A party's period after the award, for the worker's information (not a tracked deadline: the party's own right).</summary>
internal sealed record PartyWindow(string Party, string Title, DateOnly ReceivedOn, DateOnly LastDay, string Explanation, string LegalBasis);

internal sealed record EvidenceView(Guid Id, int Ordinal, string Evidence, string WhyWorkerCannotCollect, DateTimeOffset RequestedAt, EvidenceCollectionStatus Status, string? Result)
{
    public string StatusName => Status switch
    {
        EvidenceCollectionStatus.Requested => "待调取",
        EvidenceCollectionStatus.Collected => "已调取",
        _ => "未能调取",
    };
}

internal sealed record LetterView(Guid Id, int Ordinal, ArbitrationLetterKind Kind, string Number, string Findings, string LegalBasis, string Requests, DateTimeOffset IssuedAt, string IssuedBy)
{
    public string KindName => ArbitrationNames.Letter(Kind);
}

internal sealed class GetCaseHandler(
    ArbitrationDbContext db, WorkingDayCalendarProvider calendars, DeadlineCatalogue catalogue, DeploymentClock clock)
    : IRequestHandler<GetCaseQuery, CaseView>
{
    public async Task<CaseView> Handle(GetCaseQuery request, CancellationToken cancellationToken)
    {
        var a = await db.Applications.AsNoTracking()
            .Include(x => x.Claims).Include(x => x.LimitationEvents).Include(x => x.Hearings).Include(x => x.ClockPauses)
            .Include(x => x.EvidenceCollections).Include(x => x.Letters).Include(x => x.Awards).Include(x => x.LapsedExtensions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var calendar = await calendars.GetAsync(cancellationToken);
        var claims = a.Claims.OrderBy(c => c.Ordinal).ToList();
        return new CaseView(
            a.Id,
            a.LinkageNumber,
            a.CaseNumber,
            a.Status,
            a.Applicant.Name,
            a.Respondent.Name,
            a.Respondent.CreditCode,
            a.WorkerCount,
            a.IsCollective,
            a.ReceivedAt,
            a.AcceptedOn,
            [.. claims.Select(c => new CaseClaim(c.Ordinal, c.Type, c.Amount, c.Description, c.Outcome, c.AwardedAmount, c.AdvanceExecution, c.Classification))],
            await LimitationAsync(a, claims, calendar, cancellationToken),
            a.MaterialsMissing is { } missing ? new SupplementView(missing, a.SupplementRequestedAt!.Value, a.SupplementedAt) : null,
            new ServiceView(a.ApplicationCopyReceivedOn, a.DefenceReceivedOn, a.DefenceCopyServedOn),
            a.SimplifiedBasis,
            [.. a.Hearings.OrderBy(h => h.Ordinal).Select(h =>
            {
                var cutoff = HearingRules.PostponementCutoff(clock.LocalDate(h.StartsAt), catalogue, calendar);
                var notice = HearingRules.NoticeLatest(clock.LocalDate(h.StartsAt), catalogue, calendar);
                return new HearingView(h.Id, h.Ordinal, h.StartsAt, h.Room, h.NotifiedAt, h.Status, h.PostponementRequestedBy, h.PostponementReason, h.PostponementRequestedOn,
                    cutoff.DueDate, cutoff.Explanation, h.NoticeServedOn, notice.DueDate, notice.LatestSafeDate, notice.Explanation);
            })],
            AwardPeriod(a, calendar),
            [.. a.Awards.OrderBy(w => w.Ordinal).Select(w => Award(w, claims, calendar))],
            a.Mediation,
            [.. a.EvidenceCollections.OrderBy(e => e.Ordinal).Select(e => new EvidenceView(e.Id, e.Ordinal, e.Evidence, e.WhyWorkerCannotCollect, e.RequestedAt, e.Status, e.Result))],
            [.. a.Letters.OrderBy(l => l.Ordinal).Select(l => new LetterView(l.Id, l.Ordinal, l.Kind, l.Number, l.Findings, l.LegalBasis, l.Requests, l.IssuedAt, l.IssuedBy))],
            a.RejectionReason,
            a.Notice?.Arbitrators,
            a.Notice?.DefenceDueDate,
            a.Notice?.EvidenceDueDate);
    }

    private async Task<LimitationView> LimitationAsync(ArbitrationApplication a, List<Claim> claims, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var events = a.LimitationEvents.ToList();
        var creditCode = a.Respondent.CreditCode;
        var complaints = await db.Set<ComplaintInterruption>().AsNoTracking()
            .Where(c => c.LinkageNumber == a.LinkageNumber || (c.EmployerCreditCode != null && c.EmployerCreditCode == creditCode))
            .OrderBy(c => c.InterruptedOn)
            .ToListAsync(cancellationToken);
        events.AddRange(complaints.Where(c => c.AppliesTo(a)).Select(c => c.AsLimitationEvent()));
        if (a.LinkedFrom?.ReliefFirstSoughtOn is { } relief)
        {
            // The linkage referral: the worker asked a competent department for relief that day (第二十七条第二款).
            events.Add(new LimitationEvent(Guid.Empty, LimitationEventKind.Interruption, relief, null, $"向{a.LinkedFrom.AgencyName}请求权利救济"));
        }

        var appliedOn = clock.LocalDate(a.ReceivedAt);
        var perClaim = claims.Select(c =>
        {
            var assessment = LimitationCalculator.Assess(c.Type, a.KnewOfInfringementOn, a.EmploymentEndedOn, events, appliedOn, calendar);
            return new ClaimLimitation(c.Ordinal, ClaimTypes.ChineseName(c.Type), assessment.Verdict, assessment.LastDay, assessment.Steps);
        }).ToList();
        var worst = perClaim.Select(c => c.Verdict).OrderBy(v => v switch
        {
            LimitationVerdict.Expired => 0,
            LimitationVerdict.Unknown => 1,
            LimitationVerdict.Suspended => 2,
            LimitationVerdict.Within => 3,
            _ => 4,
        }).FirstOrDefault(LimitationVerdict.Unknown);
        return new LimitationView(
            worst,
            perClaim,
            [.. complaints.Select(c => new ComplaintView(c.LinkageNumber, c.InterruptedOn, c.EmployerName, c.WorkersCovered, c.AppliesTo(a), c.Basis))]);
    }

    private static AwardPeriodView? AwardPeriod(ArbitrationApplication a, WorkingDayCalendar calendar)
    {
        if (a.AwardClockStart is not { } start)
        {
            return null;
        }

        var state = AwardClock.Compute(start, a.AwardClockStartReason ?? "受理之日", a.ClockPauses, a.Extension is not null, calendar);
        return new AwardPeriodView(start, a.AwardClockStartReason ?? "受理之日", state.DueDate, state.Paused, state.ExcludedDays, state.Steps, a.Extension,
            [.. a.ClockPauses.OrderBy(p => p.From).Select(p => new PauseView(p.Kind, p.From, p.To, p.Reason))],
            [.. a.LapsedExtensions.OrderBy(e => e.LapsedOn).Select(e => new LapsedExtensionView(
                e.ApprovedBy, e.ApprovalNumber, e.ApprovedOn, e.Reason, e.RecordedBy, e.PeriodStart, e.LapsedOn, e.RestartReason))]);
    }

    private AwardView Award(Award w, List<Claim> claims, WorkingDayCalendar calendar)
    {
        var windows = new List<PartyWindow>();
        if (w.IsFinalAward)
        {
            Add(windows, "劳动者", ArbitrationDeadlineRules.SueAgainstFinalAward, w.WorkerReceivedOn, calendar);
            Add(windows, "用人单位", ArbitrationDeadlineRules.SetAsideFinalAward, w.EmployerReceivedOn, calendar);
        }
        else
        {
            Add(windows, "劳动者", ArbitrationDeadlineRules.SueAgainstNonFinalAward, w.WorkerReceivedOn, calendar);
            Add(windows, "用人单位", ArbitrationDeadlineRules.SueAgainstNonFinalAward, w.EmployerReceivedOn, calendar);
        }

        return new AwardView(w.Id, w.Ordinal, w.Number, w.IsPartial, w.DecidedOn, w.Reasoning, w.IsFinalAward, w.Threshold, w.ClassificationSummary,
            w.WorkerReceivedOn, w.EmployerReceivedOn, [.. claims.Where(c => c.DecidedByAwardId == w.Id).Select(c => c.Ordinal)], windows);
    }

    private void Add(List<PartyWindow> windows, string party, string ruleId, DateOnly? receivedOn, WorkingDayCalendar calendar)
    {
        if (receivedOn is not { } received)
        {
            return;
        }

        var rule = catalogue.Entry(ruleId).Statutory;
        var computation = DeadlineCalculator.Compute(rule, received, calendar);
        windows.Add(new PartyWindow(party, rule.Title, received, computation.DueDate, computation.Explanation, rule.LegalBasis));
    }
}

internal sealed class GetCaseEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications/{id:guid}/case", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetCaseQuery(id), ct));
}
