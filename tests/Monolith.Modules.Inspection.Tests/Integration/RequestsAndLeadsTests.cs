using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.CloseCase;
using Monolith.Modules.Inspection.Features.DecideAcceptance;
using Monolith.Modules.Inspection.Features.Evidence;
using Monolith.Modules.Inspection.Features.Leads;
using Monolith.Modules.Inspection.Features.Requests;
using Monolith.Modules.Inspection.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Inspection.Tests.Integration;

/// <summary>
/// Evidence-collection requests and violation leads, published into the platform as the requester (LegalAid, Union)
/// would; Inspection queues them with their periods and answers with events addressed to the requester.
/// </summary>
public sealed class RequestsAndLeadsTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task An_evidence_request_is_queued_once_with_its_answer_period_and_answered_to_the_requester_in_time()
    {
        var requestId = Guid.NewGuid();
        await platform.DeliverAsync(TestKit.EvidenceRequest("LegalAid", requestId: requestId));
        await platform.DeliverAsync(TestKit.EvidenceRequest("LegalAid", requestId: requestId));

        var queued = Assert.Single((await platform.SendAsync(new ListEvidenceRequestsQuery(OpenOnly: true))).Items);
        Assert.Equal(requestId, queued.RequestId);
        Assert.Equal("法律援助机构", queued.RequestingAgencyName);
        Assert.Equal("待通知用人单位", queued.StatusName);
        Assert.Equal(TestKit.Local(3, 17, 0), queued.AnswerDueAt); // 10 working days: due Mon 16 March, 24:00
        var deadline = Assert.Single(await platform.DeadlinesOfAsync(queued.Id));
        Assert.Equal(InspectionServiceRules.AnswerEvidenceRequest, deadline.RuleId);
        Assert.Equal("360100-FY-2026-000003", deadline.LinkageNumber);

        await platform.SendAsync(new RecordEvidenceNotificationCommand(queued.Id, "书面通知用人单位人事负责人和项目经理于3月4日到场说明情况"));
        platform.Clock.Advance(TimeSpan.FromDays(3));
        await platform.SendAsync(new AnswerEvidenceRequestCommand(queued.Id, EvidenceAssistanceOutcome.Collected, ["2025年10月至12月考勤记录（复印件）", "工资发放记录（复印件）"], null));

        var answer = Assert.Single(await platform.PublishedAsync<EvidenceAssistanceAnsweredIntegrationEvent>());
        Assert.Equal("LegalAid", answer.Recipient);
        Assert.Equal(requestId, answer.RequestId);
        Assert.Equal("360100-FY-2026-000003", answer.LinkageNumber);
        Assert.Equal(EvidenceAssistanceOutcome.Collected, answer.Outcome);
        Assert.Equal(2, answer.CollectedItems.Count);
        Assert.StartsWith("书面通知", answer.Notified, StringComparison.Ordinal);
        Assert.True(answer.AnsweredInTime);
        Assert.Equal(DeadlineState.Completed, Assert.Single(await platform.DeadlinesOfAsync(queued.Id)).State);
        Assert.Empty((await platform.SendAsync(new ListEvidenceRequestsQuery(OpenOnly: true))).Items);
        Assert.Empty(await platform.SendAsync(new ListMessageProblemsQuery()));
    }

    [Fact]
    public async Task An_unanswered_evidence_request_is_reported_missed_and_a_late_answer_says_so()
    {
        await platform.DeliverAsync(TestKit.EvidenceRequest("Union"));
        var queued = Assert.Single((await platform.SendAsync(new ListEvidenceRequestsQuery())).Items);

        platform.Clock.SetUtcNow(TestKit.Local(3, 17, 8));
        await platform.ProcessDeadlinesAsync();
        var missed = Assert.Single(await platform.PublishedAsync<DeadlineMissedIntegrationEvent>());
        Assert.Equal(InspectionServiceRules.AnswerEvidenceRequest, missed.RuleId);

        await platform.SendAsync(new AnswerEvidenceRequestCommand(queued.Id, EvidenceAssistanceOutcome.NotCollected, [], "用人单位已停业，负责人无法联系"));
        var answer = Assert.Single(await platform.PublishedAsync<EvidenceAssistanceAnsweredIntegrationEvent>());
        Assert.Equal("Union", answer.Recipient);
        Assert.False(answer.AnsweredInTime);
        Assert.Empty(answer.CollectedItems);
    }

    [Fact]
    public async Task The_answer_period_is_the_deployments_setting()
    {
        await using var configured = await TestKit.PlatformAsync(settings: new Dictionary<string, string?> { ["Inspection:EvidenceAnswerWorkingDays"] = "3" });

        await configured.DeliverAsync(TestKit.EvidenceRequest());

        var deadline = Assert.Single(await configured.DeadlinesAsync<InspectionDbContext>());
        Assert.Equal(new DateOnly(2026, 3, 5), deadline.DueDate);
        Assert.Equal("3个工作日", deadline.Period);
    }

    [Fact]
    public async Task An_answer_before_the_notification_is_refused_and_nothing_is_published()
    {
        await platform.DeliverAsync(TestKit.EvidenceRequest());
        var queued = Assert.Single((await platform.SendAsync(new ListEvidenceRequestsQuery())).Items);

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(
            new AnswerEvidenceRequestCommand(queued.Id, EvidenceAssistanceOutcome.Collected, ["考勤表"], null)));

        Assert.Equal("inspection.evidence-not-notified", refused.Code);
        Assert.Empty(await platform.PublishedAsync<EvidenceAssistanceAnsweredIntegrationEvent>());
        Assert.Equal(DeadlineState.Open, Assert.Single(await platform.DeadlinesOfAsync(queued.Id)).State);
    }

    [Fact]
    public async Task A_lead_taken_up_becomes_a_report_under_its_linkage_number_and_the_reporter_hears_when_and_how_it_ended()
    {
        var leadId = Guid.NewGuid();
        await platform.DeliverAsync(TestKit.Lead("Union", leadId: leadId));
        var queued = Assert.Single((await platform.SendAsync(new ListLeadsQuery(OpenOnly: true))).Items);
        Assert.Equal(TestKit.Local(3, 10, 0), queued.FeedbackDueAt); // 5 working days: Mon 9 March, 24:00

        var caseId = await platform.SendAsync(new TakeUpLeadCommand(queued.Id, null, null, ViolationCategory.UnpaidWages, null));

        var matter = await platform.CaseAsync(caseId);
        Assert.Equal("360100-GH-2026-000004", matter.LinkageNumber);
        Assert.Equal(MatterKind.Report, matter.Kind);
        Assert.Equal(IntakeChannel.ViolationLead, matter.Channel);
        Assert.Equal(TestKit.District, matter.DivisionCode);
        var takenUp = Assert.Single(await platform.PublishedAsync<ViolationLeadFeedbackIntegrationEvent>());
        Assert.Equal(("Union", leadId, ViolationLeadFeedbackKind.TakenUp, "360100-GH-2026-000004", true), (takenUp.Recipient, takenUp.LeadId, takenUp.Kind, takenUp.CaseLinkageNumber, takenUp.InTime));
        Assert.Equal(DeadlineState.Completed, Assert.Single(await platform.DeadlinesOfAsync(queued.Id)).State);

        await platform.SendAsync(new AcceptCaseCommand(caseId, true, true));
        await platform.SendAsync(new CloseCaseCommand(caseId, ClosureOutcome.WagesRecovered, 480_000m, 40, "用人单位已补发40名职工工资"));

        var feedback = await platform.PublishedAsync<ViolationLeadFeedbackIntegrationEvent>();
        var closed = Assert.Single(feedback, f => f.Kind == ViolationLeadFeedbackKind.CaseClosed);
        Assert.Contains("追回工资480,000.00元，涉及40名劳动者", closed.Text, StringComparison.Ordinal);
        Assert.Equal("Union", closed.Recipient);
        var view = Assert.Single((await platform.SendAsync(new ListLeadsQuery(ReportingModule: "Union"))).Items);
        Assert.NotNull(view.OutcomeReportedAt);
    }

    [Fact]
    public async Task A_lead_joins_an_open_case_on_the_same_employer_but_not_one_on_another()
    {
        var open = await platform.RegisterAsync(TestKit.Complaint(9));
        var other = await platform.RegisterAsync(TestKit.Complaint(10));
        await platform.DeliverAsync(TestKit.Lead("LegalAid", employer: 9));
        var lead = Assert.Single((await platform.SendAsync(new ListLeadsQuery())).Items);

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new TakeUpLeadCommand(lead.Id, other.Id, null, ViolationCategory.UnpaidWages, null)));
        Assert.Equal("inspection.lead-other-employer", refused.Code);

        var joined = await platform.SendAsync(new TakeUpLeadCommand(lead.Id, open.Id, null, ViolationCategory.UnpaidWages, "将一并调查"));

        Assert.Equal(open.Id, joined);
        Assert.Contains((await platform.CaseAsync(open.Id)).Events, e => e.Kind == "lead-joined");
        var feedback = Assert.Single(await platform.PublishedAsync<ViolationLeadFeedbackIntegrationEvent>());
        Assert.Equal(open.LinkageNumber, feedback.CaseLinkageNumber);
        Assert.Equal("LegalAid", feedback.Recipient);
        Assert.EndsWith("将一并调查", feedback.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declined_lead_tells_the_reporter_why_and_a_late_decision_is_marked_late()
    {
        await platform.DeliverAsync(TestKit.Lead());
        var lead = Assert.Single((await platform.SendAsync(new ListLeadsQuery())).Items);
        platform.Clock.SetUtcNow(TestKit.Local(3, 11));
        await platform.ProcessDeadlinesAsync();

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new DeclineLeadCommand(lead.Id, " ")));
        Assert.Equal(["reason"], invalid.Errors.Keys);
        await platform.SendAsync(new DeclineLeadCommand(lead.Id, "该单位已于2026年2月被立案查处，正在整改"));

        var feedback = Assert.Single(await platform.PublishedAsync<ViolationLeadFeedbackIntegrationEvent>());
        Assert.Equal(ViolationLeadFeedbackKind.Declined, feedback.Kind);
        Assert.Equal("该单位已于2026年2月被立案查处，正在整改", feedback.Text);
        Assert.False(feedback.InTime);
        Assert.Null(feedback.CaseLinkageNumber);
        Assert.Equal(InspectionServiceRules.LeadFeedback, Assert.Single(await platform.PublishedAsync<DeadlineMissedIntegrationEvent>()).RuleId);
        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new DeclineLeadCommand(lead.Id, "再次")));
    }

    [Fact]
    public async Task A_redelivered_lead_is_queued_once()
    {
        var leadId = Guid.NewGuid();
        await platform.DeliverAsync(TestKit.Lead(leadId: leadId));
        await platform.DeliverAsync(TestKit.Lead(leadId: leadId));

        Assert.Equal(1, (await platform.SendAsync(new ListLeadsQuery())).Total);
        Assert.Single(await platform.DeadlinesAsync<InspectionDbContext>());
    }
}
