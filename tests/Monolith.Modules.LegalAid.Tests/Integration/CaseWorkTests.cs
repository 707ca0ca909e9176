using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Documents;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.AdvanceAid;
using Monolith.Modules.LegalAid.Features.Assign;
using Monolith.Modules.LegalAid.Features.CaseWork;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Features.Documents;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Features.Intake;
using Monolith.Modules.LegalAid.Features.Lawyers;
using Monolith.Modules.LegalAid.Features.Materials;
using Monolith.Modules.LegalAid.Features.Objection;
using Monolith.Modules.LegalAid.Features.Statistics;
using Monolith.Modules.LegalAid.Persistence;
using Monolith.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Monolith.Modules.LegalAid.Tests.Integration;

/// <summary>After the decision: assignment with the conflict check and workload, objections, advance aid, representation, closure, statistics and documents.</summary>
public sealed class CaseWorkTests : IAsyncLifetime
{
    private const string Assign = "legalaid.assign-provider";
    private PlatformFixture platform = null!;
    private SubmitApplicationCommand command = null!;
    private SubmittedApplication submitted = null!;
    private Guid lawyerId;

    public async Task InitializeAsync()
    {
        platform = await TestKit.PlatformAsync();
        command = TestKit.Direct();
        submitted = await platform.SubmitAsync(command);
        lawyerId = await platform.AddLawyerAsync(1);
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_lawyer_acting_for_the_employer_in_any_matter_is_not_assigned_and_the_period_stays_open()
    {
        await platform.SendAsync(new DeclareEngagementCommand(lawyerId, command.EmployerName + " ", command.EmployerCreditCode!.ToLowerInvariant(), "常年法律顾问"));
        await platform.SendAsync(new GrantLegalAidCommand(submitted.Id, null, "符合条件"));

        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new AssignProviderCommand(submitted.Id, lawyerId)));

        Assert.Equal("legalaid.conflict-of-interest", error.Code);
        Assert.Null((await platform.ApplicationAsync(submitted.Id)).LawyerId);
        Assert.Equal(DeadlineState.Open, Assert.Single(await platform.DeadlinesOfAsync(submitted.Id, Assign)).State);
    }

    [Fact]
    public async Task Assigning_within_3_days_completes_the_period_and_shows_in_the_workload()
    {
        var other = await platform.AddLawyerAsync(2);
        await platform.SendAsync(new GrantLegalAidCommand(submitted.Id, null, "符合条件"));
        platform.Clock.Advance(TimeSpan.FromDays(2));

        await platform.SendAsync(new AssignProviderCommand(submitted.Id, lawyerId));

        var assign = Assert.Single(await platform.DeadlinesOfAsync(submitted.Id, Assign));
        Assert.Equal(DeadlineState.Completed, assign.State);
        Assert.Null(assign.MissedAt);
        var workload = (await platform.SendAsync(new LawyerWorkloadQuery())).Items;
        Assert.Equal(other, workload[0].Id);
        Assert.Equal((1, 1), (workload.Single(w => w.Id == lawyerId).OpenCases, workload.Single(w => w.Id == lawyerId).TotalCases));
    }

    [Fact]
    public async Task An_assignment_not_made_in_3_days_is_missed()
    {
        await platform.SendAsync(new GrantLegalAidCommand(submitted.Id, null, "符合条件"));
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 6, 0, 1, 0, TimeSpan.FromHours(8)));

        Assert.Equal(1, (await platform.ProcessDeadlinesAsync()).Missed);
        Assert.NotNull(Assert.Single(await platform.DeadlinesOfAsync(submitted.Id, Assign)).MissedAt);
    }

    [Fact]
    public async Task An_objection_is_decided_only_by_the_justice_bureau_within_5_days_and_upheld_it_starts_the_assignment()
    {
        await platform.SendAsync(new RefuseLegalAidCommand(submitted.Id, "家庭人均收入高于标准"));
        await platform.SendAsync(new LodgeObjectionCommand(submitted.Id, "家庭人口计算有误"));
        var objection = Assert.Single(await platform.DeadlinesOfAsync(submitted.Id, "legalaid.decide-objection"));
        Assert.Equal(new DateOnly(2026, 3, 9), objection.DueDate);

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new DecideObjectionCommand(submitted.Id, true, "成立")));
        Assert.Equal("legalaid.objection-by-justice-bureau", refused.Code);

        platform.User.ActAs("justice", "JusticeBureau");
        await platform.SendAsync(new DecideObjectionCommand(submitted.Id, true, "家庭人口应为4人，人均收入低于标准"));

        var application = await platform.ApplicationAsync(submitted.Id);
        Assert.Equal(LegalAidApplicationStatus.Granted, application.Status);
        Assert.Equal("justice", application.ObjectionDecidedBy);
        Assert.Equal(DeadlineState.Completed, Assert.Single(await platform.DeadlinesOfAsync(submitted.Id, "legalaid.decide-objection")).State);
        Assert.Equal(DeadlineState.Open, Assert.Single(await platform.DeadlinesOfAsync(submitted.Id, Assign)).State);
    }

    [Fact]
    public async Task An_objection_decision_needs_a_conclusion_and_reasons()
    {
        await platform.SendAsync(new RefuseLegalAidCommand(submitted.Id, "家庭人均收入高于标准"));
        await platform.SendAsync(new LodgeObjectionCommand(submitted.Id, "不服"));
        platform.User.ActAs("justice", "JusticeBureau");

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new DecideObjectionCommand(submitted.Id, null, "")));

        Assert.Equal(["reasons", "upheld"], error.Errors.Keys.Order());
    }

    [Fact]
    public async Task Advance_aid_opens_from_the_limitation_inspection_reported_when_fewer_than_7_days_remain()
    {
        var complaintId = Guid.NewGuid();
        var interrupted = new ArbitrationLimitationInterruptedIntegrationEvent(
            Guid.NewGuid(), TestKit.Monday, submitted.LinkageNumber, complaintId, new DateOnly(2025, 3, 7), command.EmployerName!, command.EmployerCreditCode, 1, "调解仲裁法 第二十七条第二款");
        await platform.DeliverAsync(interrupted);
        await platform.DeliverAsync(interrupted with { EventId = Guid.NewGuid() });

        var details = await platform.SendAsync(new GetApplicationQuery(submitted.Id));
        var limit = Assert.Single(details.TimeLimits);
        Assert.Equal(new DateOnly(2026, 3, 9), limit.ExpiresOn); // 2026-03-07 is a Saturday: rolled to Monday
        Assert.False(limit.AdvanceAidOffered);
        Assert.Equal("legalaid.advance-aid-not-urgent",
            (await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new ProvideAdvanceAidCommand(submitted.Id)))).Code);

        platform.Clock.Advance(TimeSpan.FromDays(1)); // Tue 03-03: 6 days remain
        Assert.True((await platform.SendAsync(new GetApplicationQuery(submitted.Id))).AdvanceAidOffered);
        await platform.SendAsync(new ProvideAdvanceAidCommand(submitted.Id));
        await platform.SendAsync(new AssignProviderCommand(submitted.Id, lawyerId));

        var application = await platform.ApplicationAsync(submitted.Id);
        Assert.NotNull(application.AdvanceAidAt);
        Assert.Contains("2026-03-09", application.AdvanceAidBasis, StringComparison.Ordinal);
        Assert.Equal(LegalAidApplicationStatus.PendingReview, application.Status);
        Assert.Equal(lawyerId, application.LawyerId);
        Assert.Equal(DeadlineState.Completed, Assert.Single(await platform.DeadlinesOfAsync(submitted.Id, Assign)).State);
    }

    [Fact]
    public async Task A_time_limit_the_reviewer_records_opens_advance_aid_too()
    {
        await platform.SendAsync(new RecordTimeLimitCommand(submitted.Id, "不服仲裁裁决的起诉期限", new DateOnly(2026, 3, 6), "调解仲裁法 第五十条"));

        await platform.SendAsync(new ProvideAdvanceAidCommand(submitted.Id));

        Assert.NotNull((await platform.ApplicationAsync(submitted.Id)).AdvanceAidAt);
    }

    [Fact]
    public async Task A_granted_case_is_represented_closed_archived_and_followed_up_and_counted()
    {
        await platform.SendAsync(new GrantLegalAidCommand(submitted.Id, lawyerId, "符合条件"));
        await platform.SendAsync(new RecordRepresentationCommand(submitted.Id, RepresentationStage.Arbitration, "南昌市劳动人事争议仲裁院", "洪劳人仲案字〔2026〕8号", new DateOnly(2026, 3, 20), "代理出庭"));
        await platform.SendAsync(new CloseCaseCommand(submitted.Id, "仲裁调解结案，用人单位已支付"));
        await platform.SendAsync(new ArchiveCaseCommand(submitted.Id, "FY-2026-0001"));
        await platform.SendAsync(new RecordSatisfactionCommand(submitted.Id, 5, "很满意"));

        var details = await platform.SendAsync(new GetApplicationQuery(submitted.Id));
        Assert.Equal(LegalAidApplicationStatus.Closed, details.Status);
        Assert.Equal("仲裁", Assert.Single(details.Representations).StageName);
        Assert.Equal("FY-2026-0001", details.ArchiveNumber);
        Assert.Equal(5, details.SatisfactionScore);

        var statistics = await platform.SendAsync(new LegalAidStatisticsQuery());
        Assert.Equal(1, statistics.Total.Received);
        Assert.Equal(1, statistics.Total.DecidedSameDay);
        Assert.Equal(1.0, statistics.Total.SameDayRate);
        Assert.Equal(1, statistics.Total.Closed);
        Assert.Equal(5.0, statistics.AverageSatisfaction);
    }

    [Fact]
    public async Task The_same_day_rate_counts_decisions_on_the_day_of_receipt()
    {
        var second = await platform.SubmitAsync(TestKit.Direct(seed: 2));
        await platform.SendAsync(new GrantLegalAidCommand(submitted.Id, lawyerId, "符合条件"));
        platform.Clock.Advance(TimeSpan.FromDays(1));
        await platform.SendAsync(new RefuseLegalAidCommand(second.Id, "不符合条件"));
        await platform.SubmitAsync(TestKit.Direct(seed: 3));

        var statistics = await platform.SendAsync(new LegalAidStatisticsQuery(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));

        Assert.Equal(3, statistics.Total.Received);
        Assert.Equal(2, statistics.Total.Decided);
        Assert.Equal(1, statistics.Total.DecidedSameDay);
        Assert.Equal(0.5, statistics.Total.SameDayRate);
        Assert.Equal("2026-03", Assert.Single(statistics.Months).Month);
        Assert.Equal(0, (await platform.SendAsync(new LegalAidStatisticsQuery(new DateOnly(2026, 4, 1), null))).Total.Received);
    }

    [Fact]
    public async Task Each_document_exists_once_its_step_happened_printable_and_as_word()
    {
        using var scope = platform.Services.CreateScope();
        var documents = scope.ServiceProvider.GetRequiredService<ApplicationDocuments>();
        await Assert.ThrowsAsync<NotFoundException>(() => documents.BuildAsync(submitted.Id, ApplicationDocumentKind.GrantDecision, default));

        await platform.SendAsync(new RequestMaterialsCommand(submitted.Id, "劳动合同\n工资流水", new DateOnly(2026, 3, 13)));
        await platform.SendAsync(new SupplementMaterialsCommand(submitted.Id));
        await platform.SendAsync(new GrantLegalAidCommand(submitted.Id, lawyerId, "符合条件"));

        var materials = await documents.BuildAsync(submitted.Id, ApplicationDocumentKind.MaterialsNotice, default);
        Assert.Equal("补充材料一次性告知书", materials.Title);
        Assert.Contains(materials.Paragraphs, p => p.Contains("工资流水", StringComparison.Ordinal));
        Assert.Contains(materials.Paragraphs, p => p.Contains("2026年3月13日", StringComparison.Ordinal) && p.Contains("一次性告知", StringComparison.Ordinal));
        var grant = await documents.BuildAsync(submitted.Id, ApplicationDocumentKind.GrantDecision, default);
        Assert.Equal("给予法律援助决定书", grant.Title);
        Assert.Contains(grant.Paragraphs, p => p.Contains("符合条件", StringComparison.Ordinal));
        var assignment = await documents.BuildAsync(submitted.Id, ApplicationDocumentKind.AssignmentNotice, default);
        Assert.Equal("指派通知书", assignment.Title);
        Assert.Equal("南昌市法律援助中心", assignment.IssuingBody);
        await Assert.ThrowsAsync<NotFoundException>(() => documents.BuildAsync(submitted.Id, ApplicationDocumentKind.RefusalDecision, default));
        Assert.Contains("指派通知书", OfficialDocumentHtml.Render(assignment), StringComparison.Ordinal);
        Assert.True(OfficialDocumentDocx.Write(grant).Length > 1000);
    }

    [Fact]
    public async Task The_refusal_decision_names_the_reasons_and_the_objection_route()
    {
        await platform.SendAsync(new RefuseLegalAidCommand(submitted.Id, "请求事项不属于法律援助范围"));
        using var scope = platform.Services.CreateScope();

        var refusal = await scope.ServiceProvider.GetRequiredService<ApplicationDocuments>().BuildAsync(submitted.Id, ApplicationDocumentKind.RefusalDecision, default);

        Assert.Equal("不予法律援助决定书", refusal.Title);
        Assert.Contains(refusal.Paragraphs, p => p.Contains("请求事项不属于法律援助范围", StringComparison.Ordinal));
        Assert.Contains(refusal.Paragraphs, p => p.Contains("第四十九条", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Closing_before_a_provider_is_assigned_is_refused()
    {
        await platform.SendAsync(new GrantLegalAidCommand(submitted.Id, null, "符合条件"));

        Assert.Equal("legalaid.not-assigned",
            (await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new CloseCaseCommand(submitted.Id, "结案")))).Code);
        Assert.Equal(0, await platform.QueryAsync<LegalAidDbContext, int>(db => db.Applications.CountAsync(a => a.ClosedAt != null)));
    }
}
