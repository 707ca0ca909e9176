using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Inspection.Domain;

namespace Monolith.Modules.Inspection.Tests.Unit;

/// <summary>The rules of a case from registration to closure, on the aggregate alone.</summary>
public sealed class InspectionCaseTests
{
    private static readonly DateTimeOffset Received = TestKit.Monday;
    private static readonly DateOnly ReceivedOn = new(2026, 3, 2);
    private static readonly AcceptanceCheck InRemit = new(true, true);

    [Fact]
    public void A_complaint_needs_identified_workers_and_a_report_may_be_anonymous()
    {
        var error = Assert.Throws<BusinessRuleViolationException>(() => Register(MatterKind.Complaint, workers: []));
        Assert.Equal("inspection.complaint-needs-identified-worker", error.Code);

        var unidentified = new CaseWorker(Guid.NewGuid(), 1, "某人", null, null, false);
        Assert.Equal("inspection.complaint-needs-identified-worker", Assert.Throws<BusinessRuleViolationException>(() => Register(MatterKind.Complaint, workers: [unidentified])).Code);

        var report = Register(MatterKind.Report, workers: []);
        Assert.Equal(CaseStatus.Received, report.Status);
        Assert.Empty(report.Workers);
        Assert.Equal("received", Assert.Single(report.Events).Kind);
    }

    [Fact]
    public void A_collective_complaint_keeps_every_worker()
    {
        var matter = Register(workers: [Worker(1), Worker(2), Worker(3)]);

        Assert.Equal(3, matter.Workers.Count);
        Assert.Contains("3名劳动者", matter.Events[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Acceptance_files_the_case_the_same_day_with_its_numbers()
    {
        var matter = Register();
        var version = matter.Version;

        matter.Accept(InRemit, ReceivedOn, new DateOnly(2028, 1, 31), "劳监受〔2026〕1号", "劳监立〔2026〕1号", Received.AddHours(2), "officer");

        Assert.Equal(CaseStatus.Investigating, matter.Status);
        Assert.Equal("劳监受〔2026〕1号", matter.AcceptanceNumber);
        Assert.Equal("劳监立〔2026〕1号", matter.FilingNumber);
        Assert.Equal(Received.AddHours(2), matter.AcceptanceDecidedAt);
        Assert.True(matter.Version > version);
        Assert.Equal("accepted", matter.Events[^1].Kind);
        Assert.Equal("inspection.acceptance-decided", Assert.Throws<BusinessRuleViolationException>(() => matter.Accept(InRemit, ReceivedOn, null, "a", "b", Received, "o")).Code);
    }

    [Theory]
    [InlineData(false, true, "inspection.outside-remit")]
    [InlineData(true, false, "inspection.outside-jurisdiction")]
    public void A_matter_outside_remit_or_jurisdiction_is_not_accepted(bool remit, bool jurisdiction, string code)
    {
        var matter = Register();

        var error = Assert.Throws<BusinessRuleViolationException>(() => matter.Accept(new(remit, jurisdiction), ReceivedOn, null, "a", "b", Received, "o"));

        Assert.Equal(code, error.Code);
        Assert.Equal(CaseStatus.Received, matter.Status);
    }

    [Fact]
    public void An_employer_without_a_credit_code_cannot_be_identified_so_the_complaint_is_not_accepted()
    {
        var matter = Register(employer: new CaseEmployer("某公司", null, null));

        Assert.Equal("inspection.employer-unidentified", Assert.Throws<BusinessRuleViolationException>(() => matter.Accept(InRemit, ReceivedOn, null, "a", "b", Received, "o")).Code);
    }

    [Fact]
    public void A_violation_that_ended_more_than_two_years_before_the_complaint_is_not_accepted_but_one_still_going_on_is()
    {
        var old = Register(ended: new DateOnly(2024, 2, 28));
        var error = Assert.Throws<BusinessRuleViolationException>(() => old.Accept(InRemit, ReceivedOn, new DateOnly(2026, 2, 28), "a", "b", Received, "o"));
        Assert.Equal("inspection.look-back-expired", error.Code);
        Assert.Contains("第二十条", error.Message, StringComparison.Ordinal);

        var lastDay = Register(ended: new DateOnly(2024, 3, 2));
        lastDay.Accept(InRemit, ReceivedOn, ReceivedOn, "a", "b", Received, "o");
        Assert.Equal(CaseStatus.Investigating, lastDay.Status);

        var continuing = Register(ended: null);
        continuing.Accept(InRemit, ReceivedOn, null, "a", "b", Received, "o");
        Assert.Equal(CaseStatus.Investigating, continuing.Status);
    }

    [Fact]
    public void Non_acceptance_gives_a_written_reason_and_for_a_dispute_says_where_to_go()
    {
        var matter = Register();
        Assert.Equal("inspection.non-acceptance-needs-reason", Assert.Throws<BusinessRuleViolationException>(
            () => matter.NotAccept(NonAcceptanceGround.OutsideRemit, " ", Guidance.None, null, "n", Received, "o")).Code);
        Assert.Equal("inspection.guidance-required", Assert.Throws<BusinessRuleViolationException>(
            () => matter.NotAccept(NonAcceptanceGround.DisputeProcedure, "属于劳动争议", Guidance.OtherDepartment, null, "n", Received, "o")).Code);

        matter.NotAccept(NonAcceptanceGround.DisputeProcedure, "双方对是否存在劳动关系有争议", Guidance.Arbitration, "可向市仲裁院申请", "劳监不受〔2026〕1号", Received, "o");

        Assert.Equal(CaseStatus.NotAccepted, matter.Status);
        Assert.Equal(Guidance.Arbitration, matter.Guidance);
        Assert.Contains("告知向劳动人事争议仲裁委员会申请仲裁", matter.Events[^1].Text, StringComparison.Ordinal);
        Assert.Equal("inspection.acceptance-decided", Assert.Throws<BusinessRuleViolationException>(() => matter.Accept(InRemit, ReceivedOn, null, "a", "b", Received, "o")).Code);
    }

    [Fact]
    public void Investigation_steps_need_a_filed_case()
    {
        var matter = Register();

        Assert.Equal("inspection.not-investigating", Assert.Throws<BusinessRuleViolationException>(() => matter.IssueOrder(Order(OrderKind.Rectification, null, 10))).Code);
        Assert.Equal("inspection.not-investigating", Assert.Throws<BusinessRuleViolationException>(
            () => matter.RecordStatement(Guid.NewGuid(), StatementKind.Statement, "陈述", ReceivedOn, ReceivedOn, Received, "o")).Code);
        Assert.Equal("inspection.not-investigating", Assert.Throws<BusinessRuleViolationException>(() => matter.Close(ClosureOutcome.NoViolationFound, null, null, "无", Received, "o")).Code);
    }

    [Fact]
    public void An_inquiry_is_set_after_it_is_issued_and_a_statement_not_received_in_the_future()
    {
        var matter = Filed();

        Assert.Equal("inspection.inquiry-in-past", Assert.Throws<BusinessRuleViolationException>(
            () => matter.IssueInquiry(Guid.NewGuid(), "询1", Received.AddHours(-1), "本机关", "工资表", Received, "o")).Code);
        Assert.Equal("inspection.statement-in-future", Assert.Throws<BusinessRuleViolationException>(
            () => matter.RecordStatement(Guid.NewGuid(), StatementKind.Documents, "工资表", ReceivedOn.AddDays(1), ReceivedOn, Received, "o")).Code);

        matter.IssueInquiry(Guid.NewGuid(), "询1", Received.AddDays(3), "本机关", "工资表", Received, "o");
        matter.RecordStatement(Guid.NewGuid(), StatementKind.Statement, "单位称资金周转困难", ReceivedOn, ReceivedOn, Received, "o");
        Assert.Single(matter.Inquiries);
        Assert.Single(matter.Statements);
    }

    [Fact]
    public void An_order_has_a_period_and_a_payment_order_an_amount()
    {
        var matter = Filed();

        Assert.Equal("inspection.order-period", Assert.Throws<BusinessRuleViolationException>(() => matter.IssueOrder(Order(OrderKind.Rectification, null, 0))).Code);
        Assert.Equal("inspection.order-amount", Assert.Throws<BusinessRuleViolationException>(() => matter.IssueOrder(Order(OrderKind.Payment, null, 10))).Code);

        var order = matter.IssueOrder(Order(OrderKind.Payment, 36_000m, 15));
        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Contains("限15日内履行", matter.Events[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_order_is_overdue_only_once_its_period_has_ended_without_compliance()
    {
        var matter = Filed();
        var order = matter.IssueOrder(Order(OrderKind.Payment, 36_000m, 15));

        Assert.False(matter.MarkOrderOverdue(order.Id, order.DueAt.AddSeconds(-1)));
        Assert.Equal(OrderStatus.Pending, order.Status);

        Assert.True(matter.MarkOrderOverdue(order.Id, order.DueAt));
        Assert.Equal(OrderStatus.Overdue, order.Status);
        Assert.Contains("加付赔偿金", matter.Events[^1].Text, StringComparison.Ordinal);
        Assert.False(matter.MarkOrderOverdue(order.Id, order.DueAt.AddDays(1)));

        matter.RecordOrderCompliance(order.Id, 36_000m, "已补发", order.DueAt.AddDays(1), "o");
        Assert.Equal(OrderStatus.Complied, order.Status);
        Assert.True(order.CompliedLate);
        Assert.Equal("inspection.order-complied", Assert.Throws<BusinessRuleViolationException>(() => matter.RecordOrderCompliance(order.Id, null, "再次", order.DueAt, "o")).Code);
    }

    [Fact]
    public void Compliance_within_the_period_is_not_late_and_the_order_is_never_overdue()
    {
        var matter = Filed();
        var order = matter.IssueOrder(Order(OrderKind.Rectification, null, 10));

        matter.RecordOrderCompliance(order.Id, null, "已签订书面劳动合同", Received.AddDays(1), "o");

        Assert.False(order.CompliedLate);
        Assert.False(matter.MarkOrderOverdue(order.Id, order.DueAt.AddDays(1)));
        Assert.Equal(OrderStatus.Complied, order.Status);
    }

    [Fact]
    public void The_employer_may_ask_for_a_hearing_only_within_its_window_and_the_penalty_waits_for_it()
    {
        var matter = Filed();
        var windowEnds = TestKit.Local(3, 10, 0); // 24:00 on Mon 9 March
        matter.ProposePenalty("罚款", 20_000m, new DateOnly(2026, 3, 9), windowEnds, Received, "o");
        Assert.Equal("inspection.penalty-proposed", Assert.Throws<BusinessRuleViolationException>(
            () => matter.ProposePenalty("再次", null, new DateOnly(2026, 3, 9), windowEnds, Received, "o")).Code);

        Assert.Equal("inspection.hearing-window-open", Assert.Throws<BusinessRuleViolationException>(
            () => matter.DecidePenalty("罚款2万元", 20_000m, null, windowEnds.AddSeconds(-1), "o")).Code);
        Assert.Equal("inspection.hearing-request-late", Assert.Throws<BusinessRuleViolationException>(
            () => matter.RecordHearingRequest(windowEnds, "o")).Code);

        matter.DecidePenalty("罚款2万元", 20_000m, null, windowEnds, "o");
        Assert.True(matter.Penalty!.IsDecided);
        Assert.Equal("inspection.penalty-decided", Assert.Throws<BusinessRuleViolationException>(() => matter.DecidePenalty("x", null, null, windowEnds, "o")).Code);
    }

    [Fact]
    public void After_a_hearing_request_the_penalty_is_decided_only_with_the_hearing_held()
    {
        var matter = Filed();
        matter.ProposePenalty("罚款", 20_000m, new DateOnly(2026, 3, 9), TestKit.Local(3, 10, 0), Received, "o");
        matter.RecordHearingRequest(Received.AddDays(1), "o");
        Assert.Equal("inspection.hearing-requested", Assert.Throws<BusinessRuleViolationException>(() => matter.RecordHearingRequest(Received.AddDays(1), "o")).Code);

        Assert.Equal("inspection.hearing-not-held", Assert.Throws<BusinessRuleViolationException>(
            () => matter.DecidePenalty("罚款", 20_000m, null, Received.AddDays(20), "o")).Code);

        matter.DecidePenalty("罚款1.5万元", 15_000m, new DateOnly(2026, 3, 16), Received.AddDays(20), "o");
        Assert.Equal(new DateOnly(2026, 3, 16), matter.Penalty!.HearingHeldOn);
    }

    [Fact]
    public void Closure_waits_for_running_orders_and_an_undecided_penalty_and_states_what_was_recovered()
    {
        var matter = Filed();
        var order = matter.IssueOrder(Order(OrderKind.Payment, 36_000m, 10));
        Assert.Equal("inspection.order-pending", Assert.Throws<BusinessRuleViolationException>(() => Close(matter, ClosureOutcome.NoViolationFound)).Code);

        matter.RecordOrderCompliance(order.Id, 36_000m, "已支付", Received.AddDays(2), "o");
        matter.ProposePenalty("罚款", null, new DateOnly(2026, 3, 9), TestKit.Local(3, 10, 0), Received, "o");
        Assert.Equal("inspection.penalty-undecided", Assert.Throws<BusinessRuleViolationException>(() => Close(matter, ClosureOutcome.Rectified)).Code);
        matter.DecidePenalty("警告", null, null, TestKit.Local(3, 10, 0), "o");

        Assert.Equal("inspection.recovery-needs-amount", Assert.Throws<BusinessRuleViolationException>(
            () => matter.Close(ClosureOutcome.WagesRecovered, null, 3, "追回", Received.AddDays(10), "o")).Code);
        matter.Close(ClosureOutcome.WagesRecovered, 36_000m, 3, "已全额支付", Received.AddDays(10), "o");

        Assert.Equal(CaseStatus.Closed, matter.Status);
        Assert.Contains("追回工资36,000.00元，涉及3人", matter.Events[^1].Text, StringComparison.Ordinal);
        Assert.False(matter.IsOpen);
    }

    [Fact]
    public void A_case_without_a_penalty_is_not_closed_as_penalised()
    {
        var matter = Filed();

        Assert.Equal("inspection.no-penalty", Assert.Throws<BusinessRuleViolationException>(() => Close(matter, ClosureOutcome.Penalised)).Code);
    }

    [Fact]
    public void A_dispute_goes_to_arbitration_once_after_the_acceptance_decision_for_an_identified_worker()
    {
        var matter = Register(workers: [Worker(1), new CaseWorker(Guid.NewGuid(), 2, "无电话", new FakeIdentity(9).ResidentIdNumber(), null, false)]);
        var worker = matter.Workers[0].Id;
        Assert.Equal("inspection.referral-state", Assert.Throws<BusinessRuleViolationException>(
            () => matter.ReferToArbitration(Guid.NewGuid(), worker, ArbitrationReferralReason.NegotiationFailed, null, Received, "o")).Code);

        Accept(matter);
        Assert.Equal("inspection.worker-not-identified", Assert.Throws<BusinessRuleViolationException>(
            () => matter.ReferToArbitration(Guid.NewGuid(), matter.Workers[1].Id, ArbitrationReferralReason.NegotiationFailed, null, Received, "o")).Code);
        Assert.Equal("inspection.unknown-worker", Assert.Throws<BusinessRuleViolationException>(
            () => matter.ReferToArbitration(Guid.NewGuid(), Guid.NewGuid(), ArbitrationReferralReason.NegotiationFailed, null, Received, "o")).Code);

        matter.ReferToArbitration(Guid.NewGuid(), worker, ArbitrationReferralReason.EmployerRefusedNegotiation, "拒不到场", Received, "o");
        Assert.Equal("inspection.already-referred-to-arbitration", Assert.Throws<BusinessRuleViolationException>(
            () => matter.ReferToArbitration(Guid.NewGuid(), worker, ArbitrationReferralReason.NegotiationFailed, null, Received, "o")).Code);
        Assert.Equal(CaseStatus.Investigating, matter.Status);
    }

    [Fact]
    public void A_worker_is_referred_to_legal_aid_only_without_an_agent_and_not_twice_while_pending_or_granted()
    {
        var matter = Register();
        var worker = matter.Workers[0].Id;
        Assert.Equal("inspection.worker-has-agent", Assert.Throws<BusinessRuleViolationException>(
            () => matter.ReferToLegalAid(Guid.NewGuid(), worker, workerHasNoAgent: false, true, Received, "o")).Code);

        var first = matter.ReferToLegalAid(Guid.NewGuid(), worker, true, true, Received, "o");
        Assert.Equal("inspection.legal-aid-pending", Assert.Throws<BusinessRuleViolationException>(() => matter.ReferToLegalAid(Guid.NewGuid(), worker, true, true, Received, "o")).Code);

        Assert.True(matter.RecordLegalAidDecision(first.Id, false, "收入超过标准", null, null, null, Received.AddHours(3), true));
        Assert.False(matter.RecordLegalAidDecision(first.Id, true, null, "李律师", "某所", "17000000000", Received.AddHours(4), true));
        Assert.Equal(ReferralStatus.Refused, first.Status);

        var second = matter.ReferToLegalAid(Guid.NewGuid(), worker, true, true, Received.AddHours(5), "o");
        Assert.True(matter.RecordLegalAidDecision(second.Id, true, null, "李律师", "某所", "17000000000", Received.AddHours(6), true));
        Assert.Equal("inspection.legal-aid-granted", Assert.Throws<BusinessRuleViolationException>(() => matter.ReferToLegalAid(Guid.NewGuid(), worker, true, true, Received, "o")).Code);
        Assert.Contains("指派李律师", matter.Events[^1].Text, StringComparison.Ordinal);
        Assert.False(matter.RecordLegalAidDecision(Guid.NewGuid(), true, null, null, null, null, Received, true));
    }

    private static InspectionCase Register(
        MatterKind kind = MatterKind.Complaint, IReadOnlyList<CaseWorker>? workers = null, CaseEmployer? employer = null, DateOnly? ended = default)
    {
        var end = ended == default ? new DateOnly(2026, 1, 31) : ended;
        return InspectionCase.Register(
            Guid.NewGuid(), "360100-JC-2026-000001", kind, IntakeChannel.JointWindow, null, workers ?? [Worker(1)],
            employer ?? new CaseEmployer("南昌某公司", new FakeIdentity(1).CreditCode(), null), "360102", ViolationCategory.UnpaidWages, "欠薪", 1000m,
            null, end, Received, "officer");
    }

    private static InspectionCase Filed()
    {
        var matter = Register();
        Accept(matter);
        return matter;
    }

    private static void Accept(InspectionCase matter) => matter.Accept(InRemit, ReceivedOn, null, "受1", "立1", Received, "o");

    private static void Close(InspectionCase matter, ClosureOutcome outcome) => matter.Close(outcome, null, null, "结案", Received.AddDays(30), "o");

    private static CaseWorker Worker(int seed)
    {
        var fake = new FakeIdentity(seed);
        return new CaseWorker(Guid.NewGuid(), seed, fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber(), true);
    }

    private static RectificationOrder Order(OrderKind kind, decimal? amount, int days) =>
        new(Guid.NewGuid(), "劳监改〔2026〕1号", kind, "补发工资", amount, days, ReceivedOn.AddDays(days), TestKit.Local(3, 2 + days + 1, 0), Received, "officer");
}
