using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Documents;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.Awards;
using Monolith.Modules.Arbitration.Features.DecideAcceptance;
using Monolith.Modules.Arbitration.Features.Documents;
using Monolith.Modules.Arbitration.Features.Evidence;
using Monolith.Modules.Arbitration.Features.GetCase;
using Monolith.Modules.Arbitration.Features.Hearings;
using Monolith.Modules.Arbitration.Features.IssueOneTimeNotice;
using Monolith.Modules.Arbitration.Features.Letters;
using Monolith.Modules.Arbitration.Features.ListApplications;
using Monolith.Modules.Arbitration.Features.Proceedings;
using Monolith.Modules.Arbitration.Features.RegisterApplication;
using Monolith.Modules.Arbitration.Features.Supplement;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

/// <summary>The handlers from application to award on a real database, with the deadlines they start and end.</summary>
public sealed class CaseToAwardTests : IAsyncLifetime
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task The_limitation_check_is_a_warning_with_its_computation_and_the_application_is_still_registered()
    {
        var registered = await platform.SendAsync(TestKit.Application(1, true, new ClaimInput(ClaimType.EconomicCompensation, 9_000m, null), TestKit.Wages()) with
        {
            KnewOfInfringementOn = new DateOnly(2025, 1, 20),
            EmploymentEndedOn = new DateOnly(2025, 1, 20),
            LimitationEvents = [new LimitationEventInput(LimitationEventKind.Interruption, new DateOnly(2025, 2, 27), null, "向劳动保障监察机构投诉")],
        });

        var view = await platform.SendAsync(new GetCaseQuery(registered.Id));

        Assert.Equal(LimitationVerdict.Expired, view.Limitation.Verdict);
        Assert.True(view.Limitation.IsWarning);
        var compensation = view.Limitation.Claims.Single(c => c.Ordinal == 1);
        Assert.Equal(new DateOnly(2026, 2, 27), compensation.LastDay);
        Assert.Contains(compensation.Steps, s => s.Contains("2025-02-27时效中断", StringComparison.Ordinal));
        var wages = view.Limitation.Claims.Single(c => c.Ordinal == 2);
        Assert.Equal(LimitationVerdict.Expired, wages.Verdict); // a year from the end of employment, 2026-01-20
        Assert.Equal(ApplicationStatus.Registered, view.Status);
    }

    [Fact]
    public async Task Invalid_limitation_facts_are_refused_by_field()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(TestKit.Application() with
        {
            WorkerCount = 0,
            LimitationEvents = [new LimitationEventInput(LimitationEventKind.Interruption, Monday, Monday, "x")],
        }));

        Assert.Contains("workerCount", error.Errors.Keys);
        Assert.Contains("limitationEvents[0].to", error.Errors.Keys);
    }

    [Fact]
    public async Task Supplementing_the_materials_restarts_the_acceptance_period_from_that_day()
    {
        var registered = await platform.RegisterAsync();
        await platform.SendAsync(new SupplementMaterialsCommand(registered.Id, false, "劳动合同或工资条复印件"));
        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new DecideAcceptanceCommand(registered.Id, true, null)));

        platform.Clock.Advance(TimeSpan.FromDays(3)); // Thu 03-05
        await platform.SendAsync(new SupplementMaterialsCommand(registered.Id, true, null));

        var deadlines = await AllDeadlinesAsync(ArbitrationDeadlineRules.DecideAcceptance);
        Assert.Equal(2, deadlines.Count);
        Assert.Equal(DeadlineState.Cancelled, deadlines[0].State);
        Assert.Equal(DeadlineState.Open, deadlines[1].State);
        Assert.Equal(new DateOnly(2026, 3, 5), deadlines[1].TriggerDate);
        Assert.Equal(new DateOnly(2026, 3, 12), deadlines[1].DueDate); // 5 working days from Thu 03-05
    }

    [Fact]
    public async Task Service_defence_and_its_copy_start_and_end_their_periods()
    {
        var id = await FiledAsync();

        platform.Clock.Advance(TimeSpan.FromDays(2));
        await platform.SendAsync(new RecordServiceStepCommand(id, ServiceStep.ApplicationCopyReceived, new DateOnly(2026, 3, 3)));
        var defence = (await AllDeadlinesAsync(ArbitrationDeadlineRules.Defence)).Single();
        Assert.Equal(new DateOnly(2026, 3, 17), defence.DueDate); // 10 working days from Tue 03-03
        Assert.Equal(DeadlineState.Completed, (await AllDeadlinesAsync(ArbitrationDeadlineRules.ServeRespondent)).Single().State);

        await platform.SendAsync(new RecordServiceStepCommand(id, ServiceStep.DefenceReceived, new DateOnly(2026, 3, 4)));
        Assert.Equal(DeadlineState.Completed, (await AllDeadlinesAsync(ArbitrationDeadlineRules.Defence)).Single().State);
        Assert.Equal(DeadlineState.Open, (await AllDeadlinesAsync(ArbitrationDeadlineRules.ServeDefenceCopy)).Single().State);

        await platform.SendAsync(new RecordServiceStepCommand(id, ServiceStep.DefenceCopyServed, new DateOnly(2026, 3, 4)));
        Assert.Equal(DeadlineState.Completed, (await AllDeadlinesAsync(ArbitrationDeadlineRules.ServeDefenceCopy)).Single().State);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new RecordServiceStepCommand(id, ServiceStep.DefenceCopyServed, new DateOnly(2026, 3, 9))));
        Assert.Equal(["on"], error.Errors.Keys); // in the future
    }

    [Fact]
    public async Task A_room_holds_one_hearing_at_a_time_and_the_calendar_lists_each_rooms_hearings()
    {
        var first = await FiledAsync(1);
        var second = await FiledAsync(2);
        await platform.SendAsync(Notice(first, "第一仲裁庭", new TimeOnly(9, 0)));

        var clash = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(Notice(second, "第一仲裁庭", new TimeOnly(10, 30))));
        Assert.Equal("arbitration.room-booked", clash.Code);
        Assert.Null((await platform.ApplicationAsync(second)).Notice);

        await platform.SendAsync(Notice(second, "第一仲裁庭", new TimeOnly(14, 30)));

        var calendar = await platform.SendAsync(new HearingCalendarQuery(Monday, 31));
        Assert.Equal([first, second], calendar.Select(h => h.ApplicationId));
        Assert.All(calendar, h => Assert.Equal("第一仲裁庭", h.Room));
    }

    [Fact]
    public async Task A_postponement_in_time_postpones_the_next_hearing_needs_five_days_notice_and_a_late_request_is_refused()
    {
        var id = await FiledAsync();
        await platform.SendAsync(Notice(id, "第二仲裁庭", new TimeOnly(9, 0))); // hearing Mon 03-16
        var hearingId = (await platform.SendAsync(new GetCaseQuery(id))).Hearings.Single().Id;

        await platform.SendAsync(new PostponeHearingCommand(id, hearingId, PartySide.Respondent, "代理律师另有庭审", new DateOnly(2026, 3, 2)));
        var view = await platform.SendAsync(new GetCaseQuery(id));
        Assert.Equal(HearingStatus.Postponed, view.Hearings.Single().Status);
        Assert.Equal(new DateOnly(2026, 3, 13), view.Hearings.Single().PostponementCutoff);

        platform.Clock.Advance(TimeSpan.FromDays(12)); // Sat 03-14
        var tooSoon = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new ScheduleHearingCommand(id, new DateOnly(2026, 3, 6), new TimeOnly(9, 0), "第二仲裁庭")));
        Assert.Equal(["date"], tooSoon.Errors.Keys);
        var secondId = await platform.SendAsync(new ScheduleHearingCommand(id, new DateOnly(2026, 3, 23), new TimeOnly(9, 0), "第二仲裁庭"));
        Assert.Equal(2, (await platform.SendAsync(new GetCaseQuery(id))).Hearings.Count);

        // Three days before Mon 03-23 is Fri 03-20: a request on Sat 03-21 is late and refused.
        platform.Clock.Advance(TimeSpan.FromDays(7)); // Sat 03-21
        var late = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new PostponeHearingCommand(id, secondId, PartySide.Applicant, "身体不适", new DateOnly(2026, 3, 21))));
        Assert.Equal("arbitration.postponement-late", late.Code);
        Assert.Contains("2026-03-20", late.Message, StringComparison.Ordinal);
        Assert.Equal(HearingStatus.Scheduled, (await platform.SendAsync(new GetCaseQuery(id))).Hearings[1].Status);
    }

    [Fact]
    public async Task Suspension_moves_the_award_deadline_and_the_chairs_extension_restarts_it_under_its_own_rule()
    {
        var id = await FiledAsync();
        platform.Clock.Advance(TimeSpan.FromDays(8)); // Tue 03-10
        await platform.SendAsync(new ChangeAwardPeriodCommand(id, AwardPeriodAction.Pause, new DateOnly(2026, 3, 10), "等待工伤认定结论", ClockPauseKind.Suspension));
        Assert.DoesNotContain(await AllDeadlinesAsync(ArbitrationDeadlineRules.Award), d => d.State == DeadlineState.Open);
        Assert.True((await platform.SendAsync(new GetCaseQuery(id))).AwardPeriod!.Paused);

        platform.Clock.Advance(TimeSpan.FromDays(10)); // Fri 03-20
        await platform.SendAsync(new ChangeAwardPeriodCommand(id, AwardPeriodAction.Resume, new DateOnly(2026, 3, 20), null));
        var resumed = (await AllDeadlinesAsync(ArbitrationDeadlineRules.Award)).Single(d => d.State == DeadlineState.Open);
        Assert.Equal(new DateOnly(2026, 4, 27), resumed.DueDate); // 10 days excluded: 04-26 (Sun) → Mon 04-27
        Assert.Equal(new DateOnly(2026, 4, 27), (await platform.SendAsync(new GetCaseQuery(id))).AwardPeriod!.DueDate);

        var noNumber = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new ChangeAwardPeriodCommand(id, AwardPeriodAction.Extend, new DateOnly(2026, 3, 20), "案情复杂", ApprovedBy: "仲裁委员会主任")));
        Assert.Equal(["approvalNumber"], noNumber.Errors.Keys);

        await platform.SendAsync(new ChangeAwardPeriodCommand(id, AwardPeriodAction.Extend, new DateOnly(2026, 3, 20), "案情复杂，需调取工资流水", ApprovedBy: "仲裁委员会主任", ApprovalNumber: "洪劳人仲延〔2026〕3号"));
        var extended = (await AllDeadlinesAsync(ArbitrationDeadlineRules.AwardExtended)).Single();
        Assert.Equal(new DateOnly(2026, 5, 12), extended.DueDate); // 04-27 + 15
        var stored = (await platform.ApplicationAsync(id)).Extension!;
        Assert.Equal(("仲裁委员会主任", "洪劳人仲延〔2026〕3号", new DateOnly(2026, 3, 20)), (stored.ApprovedBy, stored.ApprovalNumber, stored.ApprovedOn));
        Assert.Equal("arbitration.extended", (await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(
            new ChangeAwardPeriodCommand(id, AwardPeriodAction.Extend, new DateOnly(2026, 3, 20), "再次", ApprovedBy: "主任", ApprovalNumber: "x")))).Code);
    }

    [Fact]
    public async Task A_restart_counts_the_45_days_again_from_its_day()
    {
        var id = await FiledAsync();
        platform.Clock.Advance(TimeSpan.FromDays(30)); // Wed 04-01
        await platform.SendAsync(new ChangeAwardPeriodCommand(id, AwardPeriodAction.Restart, new DateOnly(2026, 4, 1), "申请人增加仲裁请求"));

        var open = (await AllDeadlinesAsync(ArbitrationDeadlineRules.Award)).Single(d => d.State == DeadlineState.Open);
        Assert.Equal(new DateOnly(2026, 5, 18), open.DueDate);
    }

    [Fact]
    public async Task A_restart_keeps_the_chairs_approval_on_record_but_the_new_period_needs_a_new_approval()
    {
        var id = await FiledAsync();
        platform.Clock.Advance(TimeSpan.FromDays(30)); // Wed 04-01
        await platform.SendAsync(new ChangeAwardPeriodCommand(id, AwardPeriodAction.Extend, new DateOnly(2026, 4, 1), "案情复杂", ApprovedBy: "仲裁委员会主任", ApprovalNumber: "洪劳人仲延〔2026〕5号"));
        Assert.Equal(new DateOnly(2026, 5, 6), (await AllDeadlinesAsync(ArbitrationDeadlineRules.AwardExtended)).Single().DueDate); // 04-16 + 15 = 05-01, Labour Day holidays → 05-06

        platform.Clock.Advance(TimeSpan.FromDays(1)); // Thu 04-02
        await platform.SendAsync(new ChangeAwardPeriodCommand(id, AwardPeriodAction.Restart, new DateOnly(2026, 4, 2), "追加第三人"));

        var period = (await platform.SendAsync(new GetCaseQuery(id))).AwardPeriod!;
        Assert.Null(period.Extension);
        var lapsed = Assert.Single(period.LapsedExtensions);
        Assert.Equal(("仲裁委员会主任", "洪劳人仲延〔2026〕5号", new DateOnly(2026, 4, 1), "案情复杂"), (lapsed.ApprovedBy, lapsed.ApprovalNumber, lapsed.ApprovedOn, lapsed.Reason));
        Assert.Equal((new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 2), "追加第三人"), (lapsed.PeriodStart, lapsed.LapsedOn, lapsed.RestartReason));
        Assert.Equal(new DateOnly(2026, 5, 18), period.DueDate); // 45 days from 04-02 (05-17, a Sunday), no extension
        Assert.DoesNotContain(await AllDeadlinesAsync(ArbitrationDeadlineRules.AwardExtended), d => d.State == DeadlineState.Open);
        Assert.Equal(new DateOnly(2026, 5, 18), (await AllDeadlinesAsync(ArbitrationDeadlineRules.Award)).Single(d => d.State == DeadlineState.Open).DueDate);

        await platform.SendAsync(new ChangeAwardPeriodCommand(id, AwardPeriodAction.Extend, new DateOnly(2026, 4, 2), "追加第三人后需重新举证", ApprovedBy: "仲裁委员会主任", ApprovalNumber: "洪劳人仲延〔2026〕6号"));
        Assert.Equal(new DateOnly(2026, 6, 2), (await AllDeadlinesAsync(ArbitrationDeadlineRules.AwardExtended)).Single(d => d.State == DeadlineState.Open).DueDate);
        var after = (await platform.SendAsync(new GetCaseQuery(id))).AwardPeriod!;
        Assert.Equal("洪劳人仲延〔2026〕6号", after.Extension!.ApprovalNumber);
        Assert.Single(after.LapsedExtensions);
    }

    [Fact]
    public async Task A_partial_then_final_award_completes_the_award_deadline_and_the_windows_follow_the_receipts()
    {
        var id = await FiledAsync(1, TestKit.Wages(18_600m), new ClaimInput(ClaimType.SocialInsurance, null, "补缴社会保险"));
        platform.Clock.Advance(TimeSpan.FromDays(20));

        var partialId = await platform.SendAsync(new IssueAwardCommand(id, true, new DateOnly(2026, 3, 22), "工资部分事实清楚",
            [new AwardItemInput(1, ClaimOutcome.Granted, null, true)]));
        Assert.Equal(DeadlineState.Open, (await AllDeadlinesAsync(ArbitrationDeadlineRules.Award)).Single().State);

        var finalId = await platform.SendAsync(new IssueAwardCommand(id, false, new DateOnly(2026, 3, 22), "社会保险争议",
            [new AwardItemInput(2, ClaimOutcome.Granted, null, false)]));
        Assert.Equal(DeadlineState.Completed, (await AllDeadlinesAsync(ArbitrationDeadlineRules.Award)).Single().State);

        await platform.SendAsync(new RecordAwardServiceCommand(id, finalId, new DateOnly(2026, 3, 22), new DateOnly(2026, 3, 22)));
        var view = await platform.SendAsync(new GetCaseQuery(id));
        Assert.Equal(ApplicationStatus.Awarded, view.Status);
        var partial = view.Awards.Single(a => a.Id == partialId);
        Assert.True(partial.IsPartial);
        Assert.True(partial.IsFinalAward); // 18,600 ≤ 12 × 2,000
        Assert.Equal(18_600m, view.Claims[0].AwardedAmount);
        Assert.True(view.Claims[0].AdvanceExecution);
        var final = view.Awards.Single(a => a.Id == finalId);
        Assert.True(final.IsFinalAward);
        Assert.Equal(
            [("劳动者", new DateOnly(2026, 4, 7)), ("用人单位", new DateOnly(2026, 4, 21))], // 03-22 + 15 = 04-06 (Qingming) → 04-07; 03-22 + 30 = 04-21
            final.Windows.Select(w => (w.Party, w.LastDay)));

        var missing = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new IssueAwardCommand(id, false, new DateOnly(2026, 3, 22), "x",
            [new AwardItemInput(1, ClaimOutcome.Granted, null, false)])));
        Assert.Equal("arbitration.closed", missing.Code);
    }

    [Fact]
    public async Task A_mediation_statement_closes_the_case_and_the_award_deadline()
    {
        var id = await FiledAsync();

        await platform.SendAsync(new RecordMediationStatementCommand(id, "被申请人一次性支付工资", 12_000m));

        Assert.Equal(ApplicationStatus.Mediated, (await platform.ApplicationAsync(id)).Status);
        Assert.Equal(DeadlineState.Completed, (await AllDeadlinesAsync(ArbitrationDeadlineRules.Award)).Single().State);
    }

    [Fact]
    public async Task A_letter_to_the_employer_is_numbered_and_published_for_supervision()
    {
        var id = await FiledAsync();

        await platform.SendAsync(new IssueLetterCommand(id, ArbitrationLetterKind.ArbitrationSuggestion, "未按月足额支付工资", "《保障农民工工资支付条例》第十一条", "建立工资支付台账，按月足额支付"));
        await platform.SendAsync(new IssueLetterCommand(id, ArbitrationLetterKind.ComplianceSuggestion, "未订立书面劳动合同", "《劳动合同法》第十条", "一个月内补订"));

        var letters = (await platform.OutboxAsync()).OfType<ArbitrationLetterIssuedIntegrationEvent>().ToList();
        Assert.Equal(["洪劳人仲建〔2026〕1号", "洪劳人仲建〔2026〕2号"], letters.Select(l => l.Number));
        var application = await platform.ApplicationAsync(id);
        Assert.All(letters, l => Assert.Equal((application.LinkageNumber, application.Respondent.Name, application.Respondent.CreditCode), (l.LinkageNumber, l.Recipient, l.RecipientCreditCode)));
        Assert.Equal(ArbitrationLetterKind.ArbitrationSuggestion, letters[0].Kind);
    }

    [Fact]
    public async Task Evidence_the_worker_cannot_collect_is_requested_and_its_result_recorded_once()
    {
        var id = await FiledAsync();

        var requestId = await platform.SendAsync(new RequestEvidenceCollectionCommand(id, "2025年10月至12月考勤记录", "考勤记录由用人单位保管"));
        await platform.SendAsync(new RecordEvidenceCollectionCommand(id, requestId, true, "已向用人单位调取考勤记录三页"));

        var evidence = (await platform.SendAsync(new GetCaseQuery(id))).EvidenceCollections.Single();
        Assert.Equal((EvidenceCollectionStatus.Collected, "已向用人单位调取考勤记录三页"), (evidence.Status, evidence.Result));
        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new RecordEvidenceCollectionCommand(id, requestId, false, "x")));
    }

    [Fact]
    public async Task Collective_disputes_come_first_in_the_list()
    {
        await platform.RegisterAsync(1);
        var collective = await platform.SendAsync(TestKit.Application(2) with { WorkerCount = 12 });
        platform.Clock.Advance(TimeSpan.FromHours(1));
        await platform.RegisterAsync(3);

        var list = (await platform.SendAsync(new ListApplicationsQuery())).Items;

        Assert.Equal(collective.Id, list[0].Id);
        Assert.True(list[0].IsCollective);
    }

    [Fact]
    public async Task Documents_exist_once_their_step_has_happened()
    {
        var id = await FiledAsync();
        await platform.SendAsync(Notice(id, "第一仲裁庭", new TimeOnly(9, 0)));
        await using var scope = platform.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<CaseDocuments>();

        var acceptance = await documents.BuildAsync(id, "acceptance-notice", default);
        Assert.Equal(("受理通知书", "洪劳人仲案字〔2026〕1号"), (acceptance.Title, acceptance.DocumentNumber));
        Assert.Contains("南昌市劳动人事争议仲裁委员会", acceptance.IssuingBody, StringComparison.Ordinal);
        var notice = await documents.BuildAsync(id, "one-time-notice", default);
        Assert.Contains(notice.Paragraphs, p => p.Contains("第一仲裁庭", StringComparison.Ordinal));
        var hearing = await documents.BuildAsync(id, "hearing-notice-1", default);
        Assert.Contains(hearing.Paragraphs, p => p.Contains("2026年3月13日前", StringComparison.Ordinal));
        Assert.NotEmpty(OfficialDocumentDocx.Write(hearing));

        await Assert.ThrowsAsync<NotFoundException>(() => documents.BuildAsync(id, "award-1", default));
        await Assert.ThrowsAsync<NotFoundException>(() => documents.BuildAsync(id, "rejection-notice", default));
        await Assert.ThrowsAsync<NotFoundException>(() => documents.BuildAsync(id, "nonsense", default));

        await platform.SendAsync(new IssueAwardCommand(id, false, Monday, "事实清楚", [new AwardItemInput(1, ClaimOutcome.PartlyGranted, 10_000m, true)]));
        var award = await documents.BuildAsync(id, "award-1", default);
        Assert.Equal("仲裁裁决书", award.Title);
        Assert.Contains(award.Paragraphs, p => p.Contains("人民币10,000.00元", StringComparison.Ordinal));
        Assert.Contains(award.Paragraphs, p => p.Contains("先予执行", StringComparison.Ordinal));
        Assert.Contains(award.Paragraphs, p => p.StartsWith("终局裁决", StringComparison.Ordinal));
    }

    private static IssueOneTimeNoticeCommand Notice(Guid id, string room, TimeOnly time) =>
        new(id, "首席仲裁员 张敏；仲裁员 李强、王芳", new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 16), time, room);

    private async Task<Guid> FiledAsync(int seed = 1, params ClaimInput[] claims)
    {
        var registered = await platform.RegisterAsync(seed, claims);
        await platform.SendAsync(new DecideAcceptanceCommand(registered.Id, true, null));
        return registered.Id;
    }

    private Task<List<Deadline>> AllDeadlinesAsync(string ruleId) =>
        platform.QueryAsync<ArbitrationDbContext, List<Deadline>>(db => db.Deadlines.AsNoTracking().Where(d => d.RuleId == ruleId).OrderBy(d => d.Id).ToListAsync());
}
