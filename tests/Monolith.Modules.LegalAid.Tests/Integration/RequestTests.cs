using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Features.Intake;
using Monolith.Modules.LegalAid.Features.Requests;
using Monolith.Modules.Supervision.Contracts;
using Monolith.Testing;

namespace Monolith.Modules.LegalAid.Tests.Integration;

/// <summary>Requests to the procuratorate and labour inspection go out as their Contracts' events; their addressed answers show on the application.</summary>
public sealed class RequestTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;
    private SubmittedApplication submitted = null!;
    private Guid lawyerId;

    public async Task InitializeAsync()
    {
        platform = await TestKit.PlatformAsync();
        submitted = await platform.SubmitAsync(TestKit.Direct());
        lawyerId = await platform.AddLawyerAsync(1);
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Support_of_prosecution_is_asked_after_assignment_and_the_procuratorate_answer_is_shown()
    {
        Assert.Equal("legalaid.support-needs-assignment", (await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new RequestSupportOfProsecutionCommand(submitted.Id, "支付工资9600元", "用人单位拒不履行")))).Code);
        await platform.SendAsync(new GrantLegalAidCommand(submitted.Id, lawyerId, "符合条件"));

        var requestId = await platform.SendAsync(new RequestSupportOfProsecutionCommand(submitted.Id, "支付工资9600元", "劳动者诉讼能力弱"));

        var sent = Assert.Single(await platform.PublishedAsync<SupportOfProsecutionRequestedIntegrationEvent>());
        Assert.Equal(requestId, sent.RequestId);
        Assert.Equal("LegalAid", sent.RequestingModule);
        Assert.Equal(submitted.LinkageNumber, sent.LinkageNumber);
        var answer = new SupportOfProsecutionDecidedIntegrationEvent(
            Guid.NewGuid(), TestKit.Monday.AddDays(3), submitted.LinkageNumber, requestId, "LegalAid", true, "符合支持起诉条件", "procurator", TestKit.Monday.AddDays(3));
        await platform.DeliverAsync(answer);

        var request = Assert.Single((await platform.SendAsync(new GetApplicationQuery(submitted.Id))).Requests);
        var shown = Assert.Single(request.Answers);
        Assert.Equal("支持起诉", shown.Outcome);
        Assert.Equal("符合支持起诉条件", shown.Text);
    }

    [Fact]
    public async Task Evidence_assistance_goes_to_inspection_and_its_answer_is_shown()
    {
        var requestId = await platform.SendAsync(new RequestEvidenceAssistanceCommand(submitted.Id, "2025年10月至12月考勤记录", "用人单位拒绝提供", "项目经理某某"));

        var sent = Assert.Single(await platform.PublishedAsync<EvidenceAssistanceRequestedIntegrationEvent>());
        Assert.Equal(requestId, sent.RequestId);
        Assert.Equal("LegalAid", sent.RequestingModule);
        await platform.DeliverAsync(new EvidenceAssistanceAnsweredIntegrationEvent(
            Guid.NewGuid(), TestKit.Monday.AddDays(2), submitted.LinkageNumber, requestId, "LegalAid", EvidenceAssistanceOutcome.PartlyCollected,
            "用人单位人事负责人", ["考勤记录（10月）"], "11、12月记录已灭失", "inspector", TestKit.Monday.AddDays(2), true));

        var shown = Assert.Single(Assert.Single((await platform.SendAsync(new GetApplicationQuery(submitted.Id))).Requests).Answers);
        Assert.Equal("部分调取", shown.Outcome);
        Assert.Contains("考勤记录（10月）", shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_violation_lead_collects_every_feedback_in_order()
    {
        var leadId = await platform.SendAsync(new ReportViolationLeadCommand(submitted.Id, "拖欠多名农民工工资", 12));
        Assert.Equal(12, Assert.Single(await platform.PublishedAsync<ViolationLeadReportedIntegrationEvent>()).WorkersAffected);

        await platform.DeliverAsync(new ViolationLeadFeedbackIntegrationEvent(
            Guid.NewGuid(), TestKit.Monday.AddDays(1), submitted.LinkageNumber, leadId, "LegalAid", ViolationLeadFeedbackKind.TakenUp, "360100-JC-2026-000009", "已立案", "inspector", TestKit.Monday.AddDays(1), true));
        await platform.DeliverAsync(new ViolationLeadFeedbackIntegrationEvent(
            Guid.NewGuid(), TestKit.Monday.AddDays(40), submitted.LinkageNumber, leadId, "LegalAid", ViolationLeadFeedbackKind.CaseClosed, "360100-JC-2026-000009", "责令支付，已履行", "inspector", TestKit.Monday.AddDays(40), true));

        var answers = Assert.Single((await platform.SendAsync(new GetApplicationQuery(submitted.Id))).Requests).Answers;
        Assert.Equal(["已受理", "办理结果"], answers.Select(a => a.Outcome));
        Assert.Contains("360100-JC-2026-000009", answers[0].Text, StringComparison.Ordinal);
    }
}
