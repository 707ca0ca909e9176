using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;

namespace Monolith.Modules.Inspection.Tests.Unit;

/// <summary>Evidence-collection requests and violation leads, on the aggregates alone.</summary>
public sealed class RequestsAndLeadsTests
{
    private static readonly DateTimeOffset At = TestKit.Monday;

    [Fact]
    public void Evidence_is_collected_only_after_the_employer_or_manager_was_notified_and_is_listed()
    {
        var request = EvidenceAssistanceRequest.Receive(Guid.NewGuid(), TestKit.EvidenceRequest(), At);
        Assert.Equal(EvidenceRequestStatus.Received, request.Status);

        Assert.Equal("inspection.evidence-not-notified", Assert.Throws<BusinessRuleViolationException>(
            () => request.Answer(EvidenceAssistanceOutcome.Collected, ["考勤表"], null, true, At, "o")).Code);

        request.RecordNotification("项目经理，书面通知", At, "o");
        Assert.Equal("inspection.evidence-notified", Assert.Throws<BusinessRuleViolationException>(() => request.RecordNotification("再次", At, "o")).Code);
        Assert.Equal("inspection.evidence-items", Assert.Throws<BusinessRuleViolationException>(
            () => request.Answer(EvidenceAssistanceOutcome.Collected, [], null, true, At, "o")).Code);
        Assert.Equal("inspection.evidence-explanation", Assert.Throws<BusinessRuleViolationException>(
            () => request.Answer(EvidenceAssistanceOutcome.PartlyCollected, ["考勤表"], " ", true, At, "o")).Code);

        request.Answer(EvidenceAssistanceOutcome.PartlyCollected, ["考勤表（复印件）", "工资表（复印件）"], "2025年10月工资表已灭失", true, At.AddDays(2), "o");

        Assert.Equal(EvidenceRequestStatus.Answered, request.Status);
        Assert.Equal(["考勤表（复印件）", "工资表（复印件）"], request.CollectedItemList);
        Assert.Equal("inspection.evidence-answered", Assert.Throws<BusinessRuleViolationException>(
            () => request.Answer(EvidenceAssistanceOutcome.NotCollected, [], "x", true, At, "o")).Code);
    }

    [Fact]
    public void When_nothing_could_be_collected_the_answer_says_why_even_without_a_notification()
    {
        var request = EvidenceAssistanceRequest.Receive(Guid.NewGuid(), TestKit.EvidenceRequest(), At);

        request.Answer(EvidenceAssistanceOutcome.NotCollected, [], "用人单位已注销，无法联系", false, At.AddDays(20), "o");

        Assert.Empty(request.CollectedItemList);
        Assert.False(request.AnsweredInTime);
    }

    [Fact]
    public void A_lead_is_declined_only_with_a_reason_and_decided_once()
    {
        var lead = ViolationLead.Receive(Guid.NewGuid(), TestKit.Lead(), At);

        Assert.Equal("inspection.lead-decline-reason", Assert.Throws<BusinessRuleViolationException>(() => lead.Decline("", true, At, "o")).Code);
        lead.Decline("该单位已在2025年被查处并整改到位", true, At, "o");

        Assert.Equal(LeadStatus.Declined, lead.Status);
        Assert.Equal("inspection.lead-decided", Assert.Throws<BusinessRuleViolationException>(() => lead.TakeUp(Guid.NewGuid(), "x", "y", true, At, "o")).Code);
        Assert.False(lead.RecordOutcomeReported("结案", At));
    }

    [Fact]
    public void A_lead_taken_up_reports_its_case_outcome_once()
    {
        var lead = ViolationLead.Receive(Guid.NewGuid(), TestKit.Lead(), At);
        var caseId = Guid.NewGuid();

        lead.TakeUp(caseId, "360100-GH-2026-000004", "已登记", true, At, "o");

        Assert.Equal(caseId, lead.CaseId);
        Assert.True(lead.RecordOutcomeReported("追回工资", At.AddDays(30)));
        Assert.False(lead.RecordOutcomeReported("再次", At.AddDays(31)));
        Assert.Equal("追回工资", lead.OutcomeFeedback);
    }
}
