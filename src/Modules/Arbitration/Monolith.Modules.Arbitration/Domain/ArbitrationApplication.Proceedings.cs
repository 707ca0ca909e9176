using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Arbitration.Contracts;

namespace Monolith.Modules.Arbitration.Domain;

/// <summary>The case from acceptance to award: service, defence, hearings, the award period, awards and letters.</summary>
internal sealed partial class ArbitrationApplication
{
    public const int CollectiveThreshold = 10;

    private readonly List<LimitationEvent> limitationEvents = [];
    private readonly List<Hearing> hearings = [];
    private readonly List<ClockPause> clockPauses = [];
    private readonly List<EvidenceCollection> evidenceCollections = [];
    private readonly List<ArbitrationLetter> letters = [];
    private readonly List<Award> awards = [];
    private readonly List<LapsedExtension> lapsedExtensions = [];

    /// <summary>Workers on the applicant side; ten or more make a collective dispute (调解仲裁法 第七条), handled with priority.</summary>
    public int WorkerCount { get; private set; } = 1;

    public bool IsCollective => WorkerCount >= CollectiveThreshold;

    /// <summary>
    /// An open collective dispute, listed before everything else (南昌方案 三(五) 全程优先). Stored, so that the list's
    /// order is an index (ADR 0086): the value always follows the status and the worker count, and EF Core writes it
    /// whenever it has changed. The setter exists for EF Core and ignores what it is given.
    /// </summary>
    public bool ListedFirst
    {
        get => IsCollective && Status is ApplicationStatus.Registered or ApplicationStatus.Filed;
        private set { }
    }

    /// <summary>受理之日 (local date).</summary>
    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>立案号, given on acceptance.</summary>
    public string? CaseNumber { get; private set; }

    public DateOnly? KnewOfInfringementOn { get; private set; }

    /// <summary>When the employment ended; null while it lasts.</summary>
    public DateOnly? EmploymentEndedOn { get; private set; }

    public IReadOnlyList<LimitationEvent> LimitationEvents => limitationEvents;

    /// <summary>补正: the materials the clerk asked for, pending until supplemented.</summary>
    public string? MaterialsMissing { get; private set; }

    public DateTimeOffset? SupplementRequestedAt { get; private set; }

    /// <summary>When the materials were supplemented: the acceptance period counts from then (办案规则 第四十六条第（二）项).</summary>
    public DateTimeOffset? SupplementedAt { get; private set; }

    public bool SupplementPending => MaterialsMissing is not null && SupplementedAt is null;

    /// <summary>The day the respondent received the copy of the application (送达回证).</summary>
    public DateOnly? ApplicationCopyReceivedOn { get; private set; }

    public DateOnly? DefenceReceivedOn { get; private set; }

    public DateOnly? DefenceCopyServedOn { get; private set; }

    /// <summary>简易处理 (办案规则 第五十六条).</summary>
    public SimplifiedBasis? SimplifiedBasis { get; private set; }

    public IReadOnlyList<Hearing> Hearings => hearings;

    /// <summary>The day the award period counts from: acceptance, or the latest restart.</summary>
    public DateOnly? AwardClockStart { get; private set; }

    public string? AwardClockStartReason { get; private set; }

    public IReadOnlyList<ClockPause> ClockPauses => clockPauses;

    /// <summary>The chair's approval that applies to the running award period; null when none (or when it lapsed on a restart).</summary>
    public AwardExtensionApproval? Extension { get; private set; }

    /// <summary>Approvals that applied to an earlier award period and lapsed when it restarted (ADR 0074): kept, never applied again.</summary>
    public IReadOnlyList<LapsedExtension> LapsedExtensions => lapsedExtensions;

    public IReadOnlyList<EvidenceCollection> EvidenceCollections => evidenceCollections;

    public IReadOnlyList<ArbitrationLetter> Letters => letters;

    public IReadOnlyList<Award> Awards => awards;

    public MediationStatement? Mediation { get; private set; }

    public bool IsPaused => clockPauses.Any(p => p.To is null);

    public void StateFacts(int workerCount, DateOnly? knewOfInfringementOn, DateOnly? employmentEndedOn, IEnumerable<LimitationEvent> events)
    {
        if (workerCount < 1)
        {
            throw new BusinessRuleViolationException("arbitration.worker-count", "申请人人数至少为1。");
        }

        WorkerCount = workerCount;
        KnewOfInfringementOn = knewOfInfringementOn;
        EmploymentEndedOn = employmentEndedOn;
        limitationEvents.AddRange(events);
    }

    /// <summary>The interruption a linkage referral carries: the worker asked a competent department for relief that day.</summary>
    public void AddLimitationEvent(LimitationEvent limitationEvent)
    {
        limitationEvents.Add(limitationEvent);
        Version++;
    }

    /// <summary>材料需要补正: the acceptance decision waits for the supplement; only one request is open at a time.</summary>
    public void RequestSupplement(string missing, DateTimeOffset at)
    {
        EnsureAwaitingAcceptance();
        if (SupplementPending)
        {
            throw new BusinessRuleViolationException("arbitration.supplement-pending", "已通知补正材料，尚未补正。");
        }

        MaterialsMissing = missing;
        SupplementRequestedAt = at;
        SupplementedAt = null;
        Version++;
    }

    public void RecordSupplement(DateTimeOffset at)
    {
        if (!SupplementPending)
        {
            throw new BusinessRuleViolationException("arbitration.no-supplement-pending", "没有待补正的材料。");
        }

        SupplementedAt = at;
        Version++;
    }

    /// <summary>The respondent received the copy of the application on <paramref name="receivedOn"/>: the defence period runs from then.</summary>
    public void RecordApplicationCopyServed(DateOnly receivedOn)
    {
        EnsureOpenCase();
        if (ApplicationCopyReceivedOn is not null)
        {
            throw new BusinessRuleViolationException("arbitration.copy-served", "仲裁申请书副本已送达。");
        }

        if (receivedOn < AcceptedOn)
        {
            throw new BusinessRuleViolationException("arbitration.served-before-acceptance", "送达日期不能早于受理日期。");
        }

        ApplicationCopyReceivedOn = receivedOn;
        Version++;
    }

    public void RecordDefence(DateOnly receivedOn)
    {
        EnsureOpenCase();
        if (ApplicationCopyReceivedOn is not { } served)
        {
            throw new BusinessRuleViolationException("arbitration.copy-not-served", "仲裁申请书副本尚未送达被申请人。");
        }

        if (DefenceReceivedOn is not null)
        {
            throw new BusinessRuleViolationException("arbitration.defence-received", "答辩书已收到。");
        }

        if (receivedOn < served)
        {
            throw new BusinessRuleViolationException("arbitration.defence-before-service", "收到答辩书的日期不能早于申请书副本送达之日。");
        }

        DefenceReceivedOn = receivedOn;
        Version++;
    }

    public void RecordDefenceCopyServed(DateOnly servedOn)
    {
        EnsureOpenCase();
        if (DefenceReceivedOn is not { } received)
        {
            throw new BusinessRuleViolationException("arbitration.no-defence", "尚未收到答辩书。");
        }

        if (DefenceCopyServedOn is not null)
        {
            throw new BusinessRuleViolationException("arbitration.defence-copy-served", "答辩书副本已送达申请人。");
        }

        if (servedOn < received)
        {
            throw new BusinessRuleViolationException("arbitration.defence-copy-before-defence", "送达日期不能早于收到答辩书之日。");
        }

        DefenceCopyServedOn = servedOn;
        Version++;
    }

    /// <summary>
    /// 简易处理 (办案规则 第五十六、五十七条): a collective dispute is not handled in the simplified procedure (it has a tribunal of
    /// three, 调解仲裁法 第三十一条); a small amount must not exceed the province's average annual wage; null returns to ordinary.
    /// </summary>
    public void DecideProcedure(SimplifiedBasis? basis, decimal provincialAverageAnnualWage)
    {
        EnsureOpenCase();
        if (basis is not null && IsCollective)
        {
            throw new BusinessRuleViolationException("arbitration.collective-not-simplified", "集体劳动争议案件不适用简易处理。");
        }

        if (basis == Domain.SimplifiedBasis.SmallAmount && ClaimedTotal > provincialAverageAnnualWage)
        {
            throw new BusinessRuleViolationException(
                "arbitration.amount-too-large",
                $"请求金额合计{ClaimedTotal:0.00}元，超过本省上年度职工年平均工资{provincialAverageAnnualWage:0.00}元，不能以标的额小为由简易处理。");
        }

        SimplifiedBasis = basis;
        Version++;
    }

    public decimal ClaimedTotal => claims.Sum(c => c.Amount ?? 0m);

    /// <summary>A hearing, notified today; there is at most one upcoming hearing at a time.</summary>
    public Hearing ScheduleHearing(Guid id, DateTimeOffset startsAt, string room, DateTimeOffset now)
    {
        EnsureOpenCase();
        if (hearings.Any(h => h.Status == HearingStatus.Scheduled && h.StartsAt > now))
        {
            throw new BusinessRuleViolationException("arbitration.hearing-pending", "已有待开庭的排期；如需改期，请先办理延期开庭。");
        }

        var hearing = new Hearing(id, hearings.Count + 1, startsAt, room, now);
        hearings.Add(hearing);
        Version++;
        return hearing;
    }

    /// <summary>
    /// 开庭通知送达: the hearing notice reached the parties on <paramref name="servedOn"/> (送达回证), no earlier than it was
    /// issued (<paramref name="issuedOn"/>) and no later than the hearing (<paramref name="hearingOn"/>); once per hearing.
    /// Whether it was in time is the tracked deadline's business (ADR 0073).
    /// </summary>
    public Hearing RecordHearingNoticeServed(Guid hearingId, DateOnly servedOn, DateOnly issuedOn, DateOnly hearingOn)
    {
        EnsureOpenCase();
        var hearing = hearings.SingleOrDefault(h => h.Id == hearingId)
            ?? throw new BusinessRuleViolationException("arbitration.no-such-hearing", "没有该次开庭。");
        if (hearing.Status != HearingStatus.Scheduled)
        {
            throw new BusinessRuleViolationException("arbitration.hearing-postponed", "该次开庭已延期，无须再送达开庭通知。");
        }

        if (hearing.NoticeServedOn is not null)
        {
            throw new BusinessRuleViolationException("arbitration.hearing-notice-served", "该次开庭通知已送达。");
        }

        if (servedOn < issuedOn || servedOn > hearingOn)
        {
            throw new BusinessRuleViolationException(
                "arbitration.hearing-notice-date", $"送达日期应在开庭通知发出之日（{issuedOn:yyyy-MM-dd}）与开庭之日（{hearingOn:yyyy-MM-dd}）之间。");
        }

        hearing.RecordNoticeServed(servedOn);
        Version++;
        return hearing;
    }

    /// <summary>
    /// 延期开庭: a party's request with good cause, made no later than <paramref name="latestRequestDay"/> (开庭三日前,
    /// 调解仲裁法 第三十五条); the commission postponed it. A later request is refused.
    /// </summary>
    public void PostponeHearing(Guid hearingId, PartySide requestedBy, string reason, DateOnly requestedOn, DateOnly latestRequestDay)
    {
        EnsureOpenCase();
        var hearing = hearings.SingleOrDefault(h => h.Id == hearingId)
            ?? throw new BusinessRuleViolationException("arbitration.no-such-hearing", "没有该次开庭。");
        if (hearing.Status != HearingStatus.Scheduled)
        {
            throw new BusinessRuleViolationException("arbitration.hearing-postponed", "该次开庭已延期。");
        }

        if (requestedOn > latestRequestDay)
        {
            throw new BusinessRuleViolationException(
                "arbitration.postponement-late",
                $"延期开庭申请应当在开庭三日前提出（最迟{latestRequestDay:yyyy-MM-dd}），{requestedOn:yyyy-MM-dd}提出的申请已逾期。");
        }

        hearing.Postpone(requestedBy, reason, requestedOn);
        Version++;
    }

    /// <summary>中止审理 or 公告送达: the award period stops counting from <paramref name="from"/>.</summary>
    public void PauseClock(Guid id, ClockPauseKind kind, DateOnly from, string reason)
    {
        EnsureOpenCase();
        if (IsPaused)
        {
            throw new BusinessRuleViolationException("arbitration.paused", "审理期限已在中止中。");
        }

        if (from < AwardClockStart || clockPauses.Any(p => p.To > from))
        {
            throw new BusinessRuleViolationException("arbitration.pause-date", "中止日期不能早于审理期限起算日或上一次恢复日期。");
        }

        clockPauses.Add(new ClockPause(id, kind, from, reason));
        Version++;
    }

    public void ResumeClock(DateOnly on)
    {
        EnsureOpenCase();
        var pause = clockPauses.SingleOrDefault(p => p.To is null)
            ?? throw new BusinessRuleViolationException("arbitration.not-paused", "审理期限未中止。");
        pause.End(on);
        Version++;
    }

    /// <summary>
    /// 审理期限重新计算 (办案规则 第四十六条第（一）（三）（四）（五）项): a party added, the claims increased or changed, a
    /// counter-claim joined, or the case transferred in; the 45 days count again from that day. The chair's approval was
    /// for the period that ended with the restart: it is kept in <see cref="LapsedExtensions"/> and does not extend the new
    /// period, which may be extended once by a new written approval (ADR 0074).
    /// </summary>
    public void RestartClock(Guid historyId, DateOnly on, string reason)
    {
        EnsureOpenCase();
        if (IsPaused)
        {
            throw new BusinessRuleViolationException("arbitration.paused", "审理期限中止期间不能重新计算，请先恢复。");
        }

        if (on < AwardClockStart)
        {
            throw new BusinessRuleViolationException("arbitration.restart-date", "重新计算的起算日不能早于原起算日。");
        }

        if (Extension is { } lapsed)
        {
            lapsedExtensions.Add(new LapsedExtension(historyId, lapsed, AwardClockStart!.Value, on, reason));
        }

        AwardClockStart = on;
        AwardClockStartReason = reason;
        Extension = null;
        Version++;
    }

    /// <summary>The chair's written approval of 15 more days (办案规则 第四十五条); once.</summary>
    public void ApproveExtension(AwardExtensionApproval approval)
    {
        EnsureOpenCase();
        if (Extension is not null)
        {
            throw new BusinessRuleViolationException("arbitration.extended", "审理期限已经延长过一次。");
        }

        Extension = approval;
        Version++;
    }

    public EvidenceCollection RequestEvidenceCollection(Guid id, string evidence, string whyWorkerCannotCollect, DateTimeOffset at, string by)
    {
        EnsureOpenCase();
        var request = new EvidenceCollection(id, evidenceCollections.Count + 1, evidence, whyWorkerCannotCollect, at, by);
        evidenceCollections.Add(request);
        Version++;
        return request;
    }

    public void RecordEvidenceCollection(Guid requestId, bool collected, string result, DateTimeOffset at)
    {
        var request = evidenceCollections.SingleOrDefault(e => e.Id == requestId)
            ?? throw new BusinessRuleViolationException("arbitration.no-such-evidence-request", "没有该证据调取申请。");
        request.Record(collected, result, at);
        Version++;
    }

    public ArbitrationLetter IssueLetter(Guid id, ArbitrationLetterKind kind, string number, string findings, string legalBasis, string requests, DateTimeOffset at, string by)
    {
        if (Status is not (ApplicationStatus.Filed or ApplicationStatus.Awarded or ApplicationStatus.Mediated))
        {
            throw new BusinessRuleViolationException("arbitration.not-filed", "案件尚未立案，不能发出建议书。");
        }

        var letter = new ArbitrationLetter(id, letters.Count + 1, kind, number, findings, legalBasis, requests, at, by);
        letters.Add(letter);
        Version++;
        return letter;
    }

    /// <summary>
    /// 裁决: decides the given claims. A partial award (先行裁决) leaves at least one claim for later; the final award decides
    /// every claim still open and closes the case. Each award is classified final or not on its own items.
    /// </summary>
    public Award IssueAward(
        Guid id, string number, bool isPartial, DateOnly decidedOn, string reasoning, IReadOnlyList<ClaimDecision> decisions, decimal monthlyMinimumWage, DateTimeOffset at, string by)
    {
        EnsureOpenCase();
        if (IsPaused)
        {
            throw new BusinessRuleViolationException("arbitration.paused", "案件中止审理期间不能作出裁决，请先恢复审理。");
        }

        var open = claims.Where(c => c.DecidedByAwardId is null).ToDictionary(c => c.Ordinal);
        var unknown = decisions.Select(d => d.Ordinal).Where(o => !open.ContainsKey(o)).ToList();
        if (unknown.Count > 0 || decisions.Select(d => d.Ordinal).Distinct().Count() != decisions.Count || decisions.Count == 0)
        {
            throw new BusinessRuleViolationException("arbitration.award-items", $"裁决事项有误：第{string.Join("、", unknown)}项请求不存在、已裁决或重复。");
        }

        var remaining = open.Count - decisions.Count;
        if (!isPartial && remaining > 0)
        {
            throw new BusinessRuleViolationException("arbitration.award-incomplete", "终结裁决应当对尚未裁决的全部请求作出裁决；只裁决部分请求的，请作为先行裁决。");
        }

        if (isPartial && remaining == 0)
        {
            throw new BusinessRuleViolationException("arbitration.partial-decides-all", "先行裁决应当只就部分事实清楚的请求作出；已裁决全部请求的，请作为终结裁决。");
        }

        var classification = FinalAwardClassifier.Classify(
            decisions.Select(d => new AwardedItem(d.Ordinal, open[d.Ordinal].Type, d.Outcome == ClaimOutcome.Dismissed ? 0m : d.AwardedAmount)), monthlyMinimumWage);
        var award = new Award(id, awards.Count + 1, number, isPartial, decidedOn, reasoning, classification, at, by);
        foreach (var decision in decisions)
        {
            var claim = open[decision.Ordinal];
            claim.Decide(id, decision.Outcome, decision.AwardedAmount, decision.AdvanceExecution);
            claim.Classify(classification.Items.Single(i => i.Ordinal == decision.Ordinal).Reason);
        }

        awards.Add(award);
        if (!isPartial)
        {
            Status = ApplicationStatus.Awarded;
        }

        Version++;
        return award;
    }

    public Award RecordAwardService(Guid awardId, DateOnly? workerReceivedOn, DateOnly? employerReceivedOn)
    {
        var award = awards.SingleOrDefault(a => a.Id == awardId)
            ?? throw new BusinessRuleViolationException("arbitration.no-such-award", "没有该裁决书。");
        award.RecordService(workerReceivedOn, employerReceivedOn);
        Version++;
        return award;
    }

    /// <summary>仲裁调解书: the parties settled before the tribunal; the case is closed (调解仲裁法 第四十二条).</summary>
    public void RecordMediationStatement(MediationStatement statement)
    {
        EnsureOpenCase();
        Mediation = statement;
        Status = ApplicationStatus.Mediated;
        Version++;
    }

    private void EnsureOpenCase()
    {
        if (Status != ApplicationStatus.Filed)
        {
            throw new BusinessRuleViolationException(
                Status is ApplicationStatus.Awarded or ApplicationStatus.Mediated ? "arbitration.closed" : "arbitration.not-filed",
                Status is ApplicationStatus.Awarded or ApplicationStatus.Mediated ? "案件已结案。" : "案件尚未立案。");
        }
    }

    private void EnsureNoSupplementPending()
    {
        if (SupplementPending)
        {
            throw new BusinessRuleViolationException("arbitration.supplement-pending", "申请材料尚待补正，补正后再作受理决定。");
        }
    }
}

/// <summary>The tribunal's decision on one claim, by its ordinal.</summary>
internal sealed record ClaimDecision(int Ordinal, ClaimOutcome Outcome, decimal? AwardedAmount, bool AdvanceExecution);
