using System.Globalization;
using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Inspection.Domain;

/// <summary>What the officer confirmed when accepting: within the agency's remit and its jurisdiction (若干规定 第十八条第一款(三)).</summary>
internal sealed record AcceptanceCheck(bool WithinRemit, bool WithinJurisdiction);

/// <summary>
/// A complaint (投诉) or report (举报) from receipt to closure: the acceptance decision, filing (立案) on the day of
/// acceptance, the investigation with its inquiries, the employer's statements and documents, orders to rectify or pay,
/// a proposed penalty with the employer's hearing window, referrals to arbitration and legal aid, and the closure with
/// its outcome. Every change is also an entry of the timeline.
/// </summary>
internal sealed class InspectionCase : ILinkedMatter
{
    public const int MaxWorkers = 200;

    private readonly List<CaseWorker> workers = [];
    private readonly List<CaseEvent> events = [];
    private readonly List<RectificationOrder> orders = [];
    private readonly List<InquiryNotice> inquiries = [];
    private readonly List<EmployerStatement> statements = [];
    private readonly List<LegalAidReferral> legalAidReferrals = [];
    private readonly List<ArbitrationReferral> arbitrationReferrals = [];

    private InspectionCase()
    {
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public MatterKind Kind { get; private set; }

    public IntakeChannel Channel { get; private set; }

    /// <summary>The referring agency's reference, for matters that came through another agency.</summary>
    public string? ChannelReference { get; private set; }

    public CaseEmployer Employer { get; private set; } = null!;

    /// <summary>GB/T 2260 code of the district where the employer is (the officer's queue filters by it).</summary>
    public string DivisionCode { get; private set; } = string.Empty;

    public ViolationCategory Category { get; private set; }

    public string Facts { get; private set; } = string.Empty;

    /// <summary>The amount at stake (e.g. wages owed), if stated.</summary>
    public decimal? AmountInvolved { get; private set; }

    public DateOnly? ViolationStartedOn { get; private set; }

    /// <summary>When the violation ended; null while it continues (监察条例 第二十条: the two years run from its end).</summary>
    public DateOnly? ViolationEndedOn { get; private set; }

    public IReadOnlyList<CaseWorker> Workers => workers;

    public DateTimeOffset ReceivedAt { get; private set; }

    public string ReceivedBy { get; private set; } = string.Empty;

    public CaseStatus Status { get; private set; }

    public DateTimeOffset? AcceptanceDecidedAt { get; private set; }

    public string? AcceptanceDecidedBy { get; private set; }

    /// <summary>受理告知书 number.</summary>
    public string? AcceptanceNumber { get; private set; }

    /// <summary>立案 number (立案审批表).</summary>
    public string? FilingNumber { get; private set; }

    public NonAcceptanceGround? NonAcceptanceGround { get; private set; }

    public string? NonAcceptanceReason { get; private set; }

    public Guidance Guidance { get; private set; }

    public string? GuidanceNote { get; private set; }

    /// <summary>不予受理告知书 number.</summary>
    public string? NonAcceptanceNumber { get; private set; }

    public PenaltyProposal? Penalty { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public ClosureOutcome? Outcome { get; private set; }

    public decimal? WagesRecovered { get; private set; }

    public int? WorkersCovered { get; private set; }

    public string? ClosureSummary { get; private set; }

    public IReadOnlyList<CaseEvent> Events => events;

    public IReadOnlyList<RectificationOrder> Orders => orders;

    public IReadOnlyList<InquiryNotice> Inquiries => inquiries;

    public IReadOnlyList<EmployerStatement> Statements => statements;

    public IReadOnlyList<LegalAidReferral> LegalAidReferrals => legalAidReferrals;

    public IReadOnlyList<ArbitrationReferral> ArbitrationReferrals => arbitrationReferrals;

    /// <summary>Optimistic-concurrency token: every change bumps it.</summary>
    public int Version { get; private set; }

    public bool IsOpen => Status is CaseStatus.Received or CaseStatus.Investigating;

    /// <summary>
    /// 登记: a complaint needs at least one identified worker (name and identity number); a report may be anonymous.
    /// </summary>
    public static InspectionCase Register(
        Guid id,
        string linkageNumber,
        MatterKind kind,
        IntakeChannel channel,
        string? channelReference,
        IEnumerable<CaseWorker> workers,
        CaseEmployer employer,
        string divisionCode,
        ViolationCategory category,
        string facts,
        decimal? amountInvolved,
        DateOnly? violationStartedOn,
        DateOnly? violationEndedOn,
        DateTimeOffset receivedAt,
        string receivedBy)
    {
        var matter = new InspectionCase
        {
            Id = id,
            LinkageNumber = linkageNumber,
            Kind = kind,
            Channel = channel,
            ChannelReference = channelReference,
            Employer = employer,
            DivisionCode = divisionCode,
            Category = category,
            Facts = facts,
            AmountInvolved = amountInvolved,
            ViolationStartedOn = violationStartedOn,
            ViolationEndedOn = violationEndedOn,
            ReceivedAt = receivedAt,
            ReceivedBy = receivedBy,
            Status = CaseStatus.Received,
        };
        matter.workers.AddRange(workers);
        if (kind == MatterKind.Complaint && (matter.workers.Count == 0 || matter.workers.Any(w => !w.IsIdentified)))
        {
            throw new BusinessRuleViolationException("inspection.complaint-needs-identified-worker", "投诉须有身份明确的劳动者（姓名和居民身份证号）；匿名反映的，请按举报登记。");
        }

        if (matter.workers.Count > MaxWorkers)
        {
            throw new BusinessRuleViolationException("inspection.too-many-workers", $"一件投诉最多登记{MaxWorkers}名劳动者。");
        }

        if (violationStartedOn is { } started && violationEndedOn is { } ended && ended < started)
        {
            throw new BusinessRuleViolationException("inspection.violation-dates", "违法行为终了日期不能早于开始日期。");
        }

        var what = kind == MatterKind.Complaint ? $"投诉（{matter.workers.Count}名劳动者）" : "举报";
        matter.Record(receivedAt, "received", $"登记{what}：{employer.Name}，{InspectionText.Category(category)}", receivedBy);
        return matter;
    }

    /// <summary>
    /// 受理并立案 (若干规定 第十八条第一款: accepted complaints are filed the same day). Needs an identifiable employer,
    /// the officer's confirmation that the matter is within the agency's remit and jurisdiction, and a violation not
    /// older than two years (<paramref name="lookBackLastDay"/>: the last day of 监察条例 第二十条's period, counted from
    /// the end of the violation; null while the violation continues).
    /// </summary>
    public void Accept(AcceptanceCheck check, DateOnly receivedOn, DateOnly? lookBackLastDay, string acceptanceNumber, string filingNumber, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(check);
        EnsureAwaitingAcceptance();
        if (Employer.CreditCode is null)
        {
            throw new BusinessRuleViolationException("inspection.employer-unidentified", "用人单位的统一社会信用代码未登记，无法确定用人单位，不能受理。");
        }

        if (!check.WithinRemit)
        {
            throw new BusinessRuleViolationException("inspection.outside-remit", "不属于劳动保障监察职责范围的，不能受理；请作出不予受理决定并告知投诉人。");
        }

        if (!check.WithinJurisdiction)
        {
            throw new BusinessRuleViolationException("inspection.outside-jurisdiction", "不属于本机关管辖的，不能受理；请作出不予受理决定并告知向有管辖权的机关投诉。");
        }

        if (ViolationEndedOn is not null && lookBackLastDay is { } last && receivedOn > last)
        {
            throw new BusinessRuleViolationException(
                "inspection.look-back-expired",
                $"违法行为终了于{Date(ViolationEndedOn.Value)}，至{Date(last)}已满二年，劳动保障监察不再查处（《劳动保障监察条例》第二十条）。");
        }

        Status = CaseStatus.Investigating;
        AcceptanceDecidedAt = at;
        AcceptanceDecidedBy = by;
        AcceptanceNumber = acceptanceNumber;
        FilingNumber = filingNumber;
        Record(at, "accepted", $"受理并立案（受理告知书 {acceptanceNumber}，立案 {filingNumber}）", by);
    }

    /// <summary>
    /// 不予受理, with its written reason. A matter for the dispute procedure (监察条例 第二十一条) must say where to go:
    /// arbitration or the court.
    /// </summary>
    public void NotAccept(NonAcceptanceGround ground, string reason, Guidance guidance, string? guidanceNote, string number, DateTimeOffset at, string by)
    {
        EnsureAwaitingAcceptance();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleViolationException("inspection.non-acceptance-needs-reason", "不予受理应当书面告知理由。");
        }

        if (ground == Domain.NonAcceptanceGround.DisputeProcedure && guidance is not (Guidance.Arbitration or Guidance.Court))
        {
            throw new BusinessRuleViolationException(
                "inspection.guidance-required", "属于劳动争议处理范围的，应当告知投诉人向劳动人事争议仲裁委员会申请仲裁或向人民法院起诉（《劳动保障监察条例》第二十一条）。");
        }

        Status = CaseStatus.NotAccepted;
        NonAcceptanceGround = ground;
        NonAcceptanceReason = reason;
        Guidance = guidance;
        GuidanceNote = guidanceNote;
        NonAcceptanceNumber = number;
        AcceptanceDecidedAt = at;
        AcceptanceDecidedBy = by;
        Record(at, "not-accepted", $"不予受理（{number}）：{reason}{(guidance == Guidance.None ? string.Empty : "；告知" + InspectionText.Guidance(guidance))}", by);
    }

    public InquiryNotice IssueInquiry(Guid id, string number, DateTimeOffset appearAt, string place, string materials, DateTimeOffset at, string by)
    {
        EnsureInvestigating();
        if (appearAt <= at)
        {
            throw new BusinessRuleViolationException("inspection.inquiry-in-past", "接受询问的时间应晚于发出通知的时间。");
        }

        var inquiry = new InquiryNotice(id, number, appearAt, place, materials, at, by);
        inquiries.Add(inquiry);
        Record(at, "inquiry", $"发出调查询问通知书（{number}）", by);
        return inquiry;
    }

    public void RecordStatement(Guid id, StatementKind kind, string summary, DateOnly receivedOn, DateOnly today, DateTimeOffset at, string by)
    {
        EnsureInvestigating();
        if (receivedOn > today)
        {
            throw new BusinessRuleViolationException("inspection.statement-in-future", "收到日期不能晚于今天。");
        }

        statements.Add(new EmployerStatement(id, kind, summary, receivedOn, at, by));
        Record(at, "statement", $"记录用人单位{InspectionText.Statement(kind)}", by);
    }

    /// <summary>责令改正 / 责令限期支付, with the period the officer set; a payment order names the amount.</summary>
    public RectificationOrder IssueOrder(RectificationOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        EnsureInvestigating();
        if (order.PeriodDays < 1)
        {
            throw new BusinessRuleViolationException("inspection.order-period", "责令改正应当限定期限（至少1日）。");
        }

        if (order.Kind == OrderKind.Payment && order.Amount is not > 0)
        {
            throw new BusinessRuleViolationException("inspection.order-amount", "责令限期支付应当写明应支付的金额。");
        }

        orders.Add(order);
        Record(order.IssuedAt, "order", $"发出{InspectionText.Order(order.Kind)}（{order.Number}），限{order.PeriodDays}日内履行，至{Date(order.DueDate)}", order.IssuedBy);
        return order;
    }

    public void RecordOrderCompliance(Guid orderId, decimal? amountPaid, string note, DateTimeOffset at, string by)
    {
        if (Status != CaseStatus.Investigating)
        {
            throw new BusinessRuleViolationException("inspection.not-investigating", "案件不在调查中。");
        }

        var order = Order(orderId);
        order.RecordCompliance(amountPaid, note, at, by);
        Record(at, "order-complied", $"{InspectionText.Order(order.Kind)}（{order.Number}）已履行{(order.CompliedLate ? "（逾期后履行）" : string.Empty)}{(amountPaid is { } paid ? $"，支付{paid.ToString("N2", CultureInfo.InvariantCulture)}元" : string.Empty)}", by);
    }

    /// <summary>Scheduled at the order's due time: overdue if nothing was recorded; false otherwise.</summary>
    public bool MarkOrderOverdue(Guid orderId, DateTimeOffset now)
    {
        var order = orders.SingleOrDefault(o => o.Id == orderId);
        if (order is null || !order.TryMarkOverdue(now))
        {
            return false;
        }

        Record(
            now,
            "order-overdue",
            $"{InspectionText.Order(order.Kind)}（{order.Number}）逾期未履行"
                + (order.Kind == OrderKind.Payment ? "：可责令按应付金额50%以上1倍以下的标准加付赔偿金（《劳动保障监察条例》第二十六条）" : string.Empty),
            "系统");
        return true;
    }

    /// <summary>Proposes a penalty and tells the employer of its right to a hearing; the window is computed by the caller from the rule.</summary>
    public void ProposePenalty(string description, decimal? amount, DateOnly hearingRequestDueDate, DateTimeOffset hearingRequestDueAt, DateTimeOffset at, string by)
    {
        EnsureInvestigating();
        if (Penalty is not null)
        {
            throw new BusinessRuleViolationException("inspection.penalty-proposed", "已经告知拟作出的行政处罚。");
        }

        Penalty = new PenaltyProposal(description, amount, at, by, hearingRequestDueDate, hearingRequestDueAt);
        Record(at, "penalty-proposed", $"告知拟作出的行政处罚及要求听证的权利，用人单位可于{Date(hearingRequestDueDate)}前要求听证", by);
    }

    public void RecordHearingRequest(DateTimeOffset at, string by)
    {
        EnsureInvestigating();
        (Penalty ?? throw NoPenalty()).RecordHearingRequest(at);
        Record(at, "hearing-requested", "用人单位要求听证", by);
    }

    public void DecidePenalty(string decision, decimal? amount, DateOnly? hearingHeldOn, DateTimeOffset at, string by)
    {
        EnsureInvestigating();
        (Penalty ?? throw NoPenalty()).Decide(decision, amount, hearingHeldOn, at, by);
        Record(at, "penalty-decided", $"作出行政处罚决定：{decision}", by);
    }

    /// <summary>
    /// Refers the dispute of one identified worker to arbitration, with that worker's consent, once per case: the case's
    /// linkage number is the application's in arbitration, and it holds one application.
    /// </summary>
    public ArbitrationReferral ReferToArbitration(Guid referralId, Guid workerId, ArbitrationReferralReason reason, string? note, DateTimeOffset at, string by)
    {
        if (Status is not (CaseStatus.Investigating or CaseStatus.NotAccepted))
        {
            throw new BusinessRuleViolationException("inspection.referral-state", "受理决定作出后（立案调查中或不予受理的）方可转仲裁。");
        }

        var worker = IdentifiedWorker(workerId);
        if (Employer.CreditCode is null)
        {
            throw new BusinessRuleViolationException("inspection.employer-unidentified", "转仲裁须写明被申请人（用人单位）的统一社会信用代码。");
        }

        if (arbitrationReferrals.Count > 0)
        {
            throw new BusinessRuleViolationException("inspection.already-referred-to-arbitration", "本案已转劳动人事争议仲裁委员会。");
        }

        var referral = new ArbitrationReferral(referralId, workerId, reason, note, at, by);
        arbitrationReferrals.Add(referral);
        Record(at, "referred-to-arbitration", $"经{worker.Name}同意，转劳动人事争议仲裁委员会（{InspectionText.ArbitrationReason(reason)}）", by);
        return referral;
    }

    /// <summary>Refers one identified worker without an agent to legal aid, with consent; once while a referral is pending or granted.</summary>
    public LegalAidReferral ReferToLegalAid(Guid referralId, Guid workerId, bool workerHasNoAgent, bool economicHardshipStated, DateTimeOffset at, string by)
    {
        if (Status == CaseStatus.Closed)
        {
            throw new BusinessRuleViolationException("inspection.closed", "案件已结案。");
        }

        var worker = IdentifiedWorker(workerId);
        if (!workerHasNoAgent)
        {
            throw new BusinessRuleViolationException("inspection.worker-has-agent", "劳动者已委托代理人，不符合引导申请法律援助的条件。");
        }

        if (legalAidReferrals.Any(r => r.WorkerId == workerId && r.Status == ReferralStatus.AwaitingDecision))
        {
            throw new BusinessRuleViolationException("inspection.legal-aid-pending", "已转介法律援助机构，正在等待审查结果。");
        }

        if (legalAidReferrals.Any(r => r.WorkerId == workerId && r.Status == ReferralStatus.Granted))
        {
            throw new BusinessRuleViolationException("inspection.legal-aid-granted", "法律援助机构已决定给予法律援助，无需再次转介。");
        }

        var referral = new LegalAidReferral(referralId, workerId, at, by, economicHardshipStated);
        legalAidReferrals.Add(referral);
        Record(at, "referred-to-legal-aid", $"经{worker.Name}同意，转介法律援助机构", by);
        return referral;
    }

    /// <summary>Legal aid's decision on one of this case's referrals; false if the referral is not ours or was already decided.</summary>
    public bool RecordLegalAidDecision(
        Guid referralId, bool granted, string? refusalReason, string? lawyerName, string? lawFirm, string? lawyerPhone, DateTimeOffset decidedAt, bool decidedInTime)
    {
        var referral = legalAidReferrals.SingleOrDefault(r => r.Id == referralId);
        if (referral is null || !referral.RecordDecision(granted, refusalReason, lawyerName, lawFirm, lawyerPhone, decidedAt, decidedInTime))
        {
            return false;
        }

        var worker = workers.Single(w => w.Id == referral.WorkerId);
        Record(
            decidedAt,
            "legal-aid-decided",
            granted ? $"法律援助机构决定给予{worker.Name}法律援助，指派{lawyerName}（{lawFirm}）" : $"法律援助机构决定不予{worker.Name}法律援助：{refusalReason}",
            "法律援助机构");
        return true;
    }

    /// <summary>Legal aid assigned or replaced the lawyer on one of this case's referrals after the grant; false if not ours or not newer.</summary>
    public bool RecordLegalAidLawyer(Guid referralId, string lawyerName, string lawFirm, string lawyerPhone, DateTimeOffset assignedAt, bool replaced)
    {
        var referral = legalAidReferrals.SingleOrDefault(r => r.Id == referralId);
        if (referral is null || !referral.RecordLawyer(lawyerName, lawFirm, lawyerPhone, assignedAt))
        {
            return false;
        }

        var worker = workers.Single(w => w.Id == referral.WorkerId);
        Record(
            assignedAt,
            "legal-aid-lawyer-assigned",
            replaced ? $"法律援助机构为{worker.Name}更换法律援助人员为{lawyerName}（{lawFirm}）" : $"法律援助机构为{worker.Name}指派{lawyerName}（{lawFirm}）",
            "法律援助机构");
        return true;
    }

    /// <summary>
    /// 结案 with its outcome. Not while an order's period is still running or a proposed penalty is undecided; recovered
    /// wages need the amount and the workers covered.
    /// </summary>
    public void Close(ClosureOutcome outcome, decimal? wagesRecovered, int? workersCovered, string summary, DateTimeOffset at, string by)
    {
        EnsureInvestigating();
        if (orders.Any(o => o.Status == OrderStatus.Pending))
        {
            throw new BusinessRuleViolationException("inspection.order-pending", "尚有责令改正事项在履行期限内，期满或履行后方可结案。");
        }

        if (Penalty is { IsDecided: false })
        {
            throw new BusinessRuleViolationException("inspection.penalty-undecided", "已告知拟作出的行政处罚，作出决定后方可结案。");
        }

        if (outcome == ClosureOutcome.Penalised && Penalty is null)
        {
            throw new BusinessRuleViolationException("inspection.no-penalty", "未作出行政处罚决定，不能以“作出行政处罚”结案。");
        }

        if (outcome == ClosureOutcome.WagesRecovered && (wagesRecovered is not > 0 || workersCovered is not > 0))
        {
            throw new BusinessRuleViolationException("inspection.recovery-needs-amount", "追回拖欠工资结案的，应写明追回金额和涉及劳动者人数。");
        }

        Status = CaseStatus.Closed;
        Outcome = outcome;
        WagesRecovered = wagesRecovered;
        WorkersCovered = workersCovered;
        ClosureSummary = summary;
        ClosedAt = at;
        ClosedBy = by;
        Record(at, "closed", $"结案：{InspectionText.Outcome(outcome)}{(wagesRecovered is { } amount ? $"，追回工资{amount.ToString("N2", CultureInfo.InvariantCulture)}元，涉及{workersCovered}人" : string.Empty)}", by);
    }

    /// <summary>A lead on the same employer joined this open case.</summary>
    public void JoinLead(string reportingAgency, string reference, DateTimeOffset at, string by)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleViolationException("inspection.case-not-open", "只能并入待受理或调查中的案件。");
        }

        Record(at, "lead-joined", $"并入{reportingAgency}移交的案件线索（{reference}）", by);
    }

    public CaseWorker Worker(Guid workerId) =>
        workers.SingleOrDefault(w => w.Id == workerId)
        ?? throw new BusinessRuleViolationException("inspection.unknown-worker", "该劳动者不在本案中。");

    private CaseWorker IdentifiedWorker(Guid workerId)
    {
        var worker = Worker(workerId);
        if (!worker.IsIdentified || worker.Phone is null)
        {
            throw new BusinessRuleViolationException("inspection.worker-not-identified", "转介须有劳动者的居民身份证号和联系电话。");
        }

        return worker;
    }

    private RectificationOrder Order(Guid orderId) =>
        orders.SingleOrDefault(o => o.Id == orderId)
        ?? throw new BusinessRuleViolationException("inspection.unknown-order", "本案没有该责令改正事项。");

    private void EnsureAwaitingAcceptance()
    {
        if (Status != CaseStatus.Received)
        {
            throw new BusinessRuleViolationException("inspection.acceptance-decided", "已经作出受理决定。");
        }
    }

    private void EnsureInvestigating()
    {
        if (Status != CaseStatus.Investigating)
        {
            throw new BusinessRuleViolationException("inspection.not-investigating", Status == CaseStatus.Received ? "案件尚未受理立案。" : "案件不在调查中。");
        }
    }

    private static BusinessRuleViolationException NoPenalty() =>
        new("inspection.no-penalty-proposed", "尚未告知拟作出的行政处罚。");

    private void Record(DateTimeOffset at, string kind, string text, string by)
    {
        events.Add(new CaseEvent(Guid.CreateVersion7(at), events.Count + 1, at, kind, text, by));
        Version++;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
