using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.CloseCase;
using Monolith.Modules.Inspection.Features.DecideAcceptance;
using Monolith.Modules.Inspection.Features.GetCase;
using Monolith.Modules.Inspection.Features.Investigation;
using Monolith.Modules.Inspection.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Inspection.Tests.Integration;

/// <summary>A case from acceptance to closure on a real database, with the clock moved across its periods.</summary>
public sealed class CaseWorkflowTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Acceptance_discharges_the_acceptance_period_numbers_the_notices_and_starts_60_working_days_of_investigation()
    {
        var registered = await platform.RegisterAsync();
        platform.Clock.Advance(TimeSpan.FromDays(1));

        await platform.SendAsync(new AcceptCaseCommand(registered.Id, true, true));

        var matter = await platform.CaseAsync(registered.Id);
        Assert.Equal(CaseStatus.Investigating, matter.Status);
        Assert.Equal("劳监受〔2026〕1号", matter.AcceptanceNumber);
        Assert.Equal("劳监立〔2026〕1号", matter.FilingNumber);
        var deadlines = (await platform.DeadlinesOfAsync(registered.Id)).ToDictionary(d => d.RuleId);
        Assert.Equal(DeadlineState.Completed, deadlines[InspectionDeadlineRules.AcceptComplaint].State);
        var investigation = deadlines[InspectionDeadlineRules.CompleteInvestigation];
        Assert.Equal(new DateOnly(2026, 3, 3), investigation.TriggerDate);
        Assert.Equal(new DateOnly(2026, 5, 29), investigation.DueDate); // 60 working days across the Qingming and Labour Day holidays
        Assert.Equal("可延长30个工作日，须经劳动保障行政部门负责人批准", investigation.CanExtend!.Description);
    }

    [Fact]
    public async Task A_refused_acceptance_writes_nothing_and_spends_no_document_number()
    {
        var old = await platform.RegisterAsync(TestKit.Complaint(1) with { ViolationStartedOn = new DateOnly(2023, 1, 1), ViolationEndedOn = new DateOnly(2024, 2, 29) });

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new AcceptCaseCommand(old.Id, true, true)));

        Assert.Equal("inspection.look-back-expired", refused.Code);
        Assert.Equal(CaseStatus.Received, (await platform.CaseAsync(old.Id)).Status);
        Assert.Equal(DeadlineState.Open, Assert.Single(await platform.DeadlinesOfAsync(old.Id)).State);

        var fresh = await platform.FiledAsync(TestKit.Complaint(2));
        Assert.Equal("劳监受〔2026〕1号", (await platform.CaseAsync(fresh.Id)).AcceptanceNumber);
    }

    [Fact]
    public async Task An_acceptance_not_decided_in_5_working_days_is_reported_missed()
    {
        await platform.RegisterAsync();

        platform.Clock.SetUtcNow(TestKit.Local(3, 10, 0));
        var processed = await platform.ProcessDeadlinesAsync();

        Assert.Equal(1, processed.Missed);
        var missed = Assert.Single(await platform.OutboxEventsAsync<InspectionDbContext>(), e => e is DeadlineMissedIntegrationEvent);
        Assert.Equal(InspectionDeadlineRules.AcceptComplaint, ((DeadlineMissedIntegrationEvent)missed).RuleId);
    }

    [Fact]
    public async Task The_investigation_is_extended_once_by_30_working_days_with_the_approver_and_reason_stored()
    {
        var filed = await platform.FiledAsync();
        var investigation = (await platform.DeadlinesOfAsync(filed.Id)).Single(d => d.RuleId == InspectionDeadlineRules.CompleteInvestigation);

        await platform.SendAsync(new ExtendDeadlineCommand<InspectionDbContext>(investigation.Id, "赵局长", new DateOnly(2026, 3, 2), "涉及劳动者众多，案情复杂", null));

        var extended = (await platform.DeadlinesOfAsync(filed.Id)).Single(d => d.RuleId == InspectionDeadlineRules.CompleteInvestigation);
        Assert.True(extended.Extended);
        Assert.Equal(new DateOnly(2026, 7, 10), extended.DueDate);
        Assert.Equal("赵局长", extended.Extension!.ApprovedBy);
        Assert.Equal("涉及劳动者众多，案情复杂", extended.Extension.Reason);
        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(
            new ExtendDeadlineCommand<InspectionDbContext>(investigation.Id, "赵局长", new DateOnly(2026, 3, 2), "再次延长", null)));
    }

    [Fact]
    public async Task An_order_not_complied_with_by_the_end_of_its_period_becomes_overdue_by_scheduled_work()
    {
        var filed = await platform.FiledAsync();
        var orderId = await platform.SendAsync(new IssueOrderCommand(filed.Id, OrderKind.Payment, "补发2025年11月至2026年1月工资", 36_000m, 5));

        var order = Assert.Single((await platform.CaseAsync(filed.Id)).Orders);
        Assert.Equal(orderId, order.Id);
        Assert.Equal("劳监改〔2026〕1号", order.Number);
        Assert.Equal(new DateOnly(2026, 3, 9), order.DueDate); // 7 March is a Saturday: rolled to Monday
        Assert.Equal(TestKit.Local(3, 10, 0), order.DueAt);

        platform.Clock.SetUtcNow(TestKit.Local(3, 9, 23));
        await platform.RunDueScheduledWorkAsync();
        Assert.Equal(OrderStatus.Pending, Assert.Single((await platform.CaseAsync(filed.Id)).Orders).Status);

        platform.Clock.SetUtcNow(TestKit.Local(3, 10, 0));
        Assert.Equal(1, await platform.RunDueScheduledWorkAsync());
        var matter = await platform.CaseAsync(filed.Id);
        Assert.Equal(OrderStatus.Overdue, Assert.Single(matter.Orders).Status);
        Assert.Equal("order-overdue", matter.Events.OrderBy(e => e.Sequence).Last().Kind);

        await platform.SendAsync(new RecordComplianceCommand(filed.Id, orderId, 36_000m, "已补发"));
        Assert.True(Assert.Single((await platform.CaseAsync(filed.Id)).Orders).CompliedLate);
    }

    [Fact]
    public async Task Compliance_within_the_period_cancels_the_overdue_check()
    {
        var filed = await platform.FiledAsync();
        var orderId = await platform.SendAsync(new IssueOrderCommand(filed.Id, OrderKind.Rectification, "与劳动者订立书面劳动合同", null, 10));

        await platform.SendAsync(new RecordComplianceCommand(filed.Id, orderId, null, "已订立书面劳动合同"));
        platform.Clock.Advance(TimeSpan.FromDays(30));

        await platform.RunDueScheduledWorkAsync();
        var order = Assert.Single((await platform.CaseAsync(filed.Id)).Orders);
        Assert.Equal(OrderStatus.Complied, order.Status);
        Assert.False(order.CompliedLate);
    }

    [Fact]
    public async Task The_hearing_window_is_5_working_days_and_the_penalty_waits_for_it()
    {
        var filed = await platform.FiledAsync();
        await platform.SendAsync(new ProposePenaltyCommand(filed.Id, "拟罚款2万元", 20_000m));
        var penalty = (await platform.CaseAsync(filed.Id)).Penalty!;
        Assert.Equal(new DateOnly(2026, 3, 9), penalty.HearingRequestDueDate);

        var early = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new DecidePenaltyCommand(filed.Id, "罚款2万元", 20_000m, null)));
        Assert.Equal("inspection.hearing-window-open", early.Code);

        platform.Clock.SetUtcNow(TestKit.Local(3, 10));
        var late = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new RecordHearingRequestCommand(filed.Id)));
        Assert.Equal("inspection.hearing-request-late", late.Code);
        await platform.SendAsync(new DecidePenaltyCommand(filed.Id, "罚款2万元", 20_000m, null));

        Assert.True((await platform.CaseAsync(filed.Id)).Penalty!.IsDecided);
        Assert.DoesNotContain(await platform.DeadlinesOfAsync(filed.Id), d => d.RuleId == InspectionDeadlineRules.HearingRequest);
    }

    [Fact]
    public async Task Closure_discharges_the_investigation_and_the_timeline_holds_every_step_in_order()
    {
        var filed = await platform.FiledAsync();
        await platform.SendAsync(new IssueInquiryCommand(filed.Id, new DateOnly(2026, 3, 4), new TimeOnly(9, 30), "市劳动保障监察支队三楼询问室", "营业执照副本\n工资发放记录"));
        await platform.SendAsync(new RecordStatementCommand(filed.Id, StatementKind.Statement, "单位承认拖欠，称资金周转困难", new DateOnly(2026, 3, 2)));
        var orderId = await platform.SendAsync(new IssueOrderCommand(filed.Id, OrderKind.Payment, "补发工资", 36_000m, 15));
        platform.Clock.Advance(TimeSpan.FromDays(3));
        await platform.SendAsync(new RecordComplianceCommand(filed.Id, orderId, 36_000m, "已通过银行转账补发"));

        await platform.SendAsync(new CloseCaseCommand(filed.Id, ClosureOutcome.WagesRecovered, 36_000m, 1, "用人单位已全额补发工资"));

        var details = await platform.SendAsync(new GetCaseQuery(filed.Id));
        Assert.Equal(CaseStatus.Closed, details.Status);
        Assert.Equal(36_000m, details.Closure!.WagesRecovered);
        Assert.Equal(DeadlineState.Completed, details.Deadlines.Single(d => d.RuleId == InspectionDeadlineRules.CompleteInvestigation).State);
        var done = details.Timeline.Where(t => t.Kind == TimelineKind.Done).Select(t => t.Text).ToList();
        Assert.Collection(
            done,
            t => Assert.StartsWith("登记投诉", t, StringComparison.Ordinal),
            t => Assert.StartsWith("受理并立案", t, StringComparison.Ordinal),
            t => Assert.StartsWith("发出调查询问通知书", t, StringComparison.Ordinal),
            t => Assert.StartsWith("记录用人单位陈述、申辩", t, StringComparison.Ordinal),
            t => Assert.StartsWith("发出责令限期支付通知书", t, StringComparison.Ordinal),
            t => Assert.StartsWith("责令限期支付通知书", t, StringComparison.Ordinal),
            t => Assert.StartsWith("结案：追回拖欠工资", t, StringComparison.Ordinal));
        Assert.Contains(details.Timeline, t => t.Kind == TimelineKind.DueMet && t.Text.Contains("决定是否受理投诉", StringComparison.Ordinal));
        Assert.Contains(details.Timeline, t => t.Kind == TimelineKind.DueMet && t.Text.Contains("履行责令限期支付通知书", StringComparison.Ordinal));
        Assert.Equal(details.Timeline.OrderBy(t => t.At).Select(t => t.At), details.Timeline.Select(t => t.At));

        var again = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new CloseCaseCommand(filed.Id, ClosureOutcome.NoViolationFound, null, null, "再次")));
        Assert.Equal("inspection.not-investigating", again.Code);
    }

    [Fact]
    public async Task Every_step_is_audited_under_the_cases_linkage_number()
    {
        var filed = await platform.FiledAsync();
        await platform.SendAsync(new CloseCaseCommand(filed.Id, ClosureOutcome.NoViolationFound, null, null, "经查，工资已按时发放"));

        var actions = (await platform.AuditAsync(filed.LinkageNumber)).Select(e => e.Action).ToList();
        Assert.Contains("Inspection.RegisterMatter", actions);
        Assert.Contains("Inspection.AcceptCase", actions);
        Assert.Contains("Inspection.CloseCase", actions);
    }

    [Fact]
    public async Task An_unknown_case_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new AcceptCaseCommand(Guid.NewGuid(), true, true)));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new GetCaseQuery(Guid.NewGuid())));
    }
}
