using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.DecideAcceptance;
using Monolith.Modules.Arbitration.Features.GetCase;
using Monolith.Modules.Arbitration.Features.Hearings;
using Monolith.Modules.Arbitration.Features.IssueOneTimeNotice;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

/// <summary>
/// The hearing notice (开庭五日前) and the postponement window (开庭三日前) as deadlines tracked per hearing, counted back
/// from its date (ADR 0073). The first hearing is Mon 2026-03-16, scheduled by the one-time notice on Mon 03-02.
/// </summary>
public sealed class HearingDeadlineTests : IAsyncLifetime
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private PlatformFixture platform = null!;
    private Guid applicationId;
    private Guid hearingId;

    public async Task InitializeAsync()
    {
        platform = await TestKit.PlatformAsync();
        var registered = await platform.RegisterAsync();
        applicationId = registered.Id;
        await platform.SendAsync(new DecideAcceptanceCommand(applicationId, true, null));
        await platform.SendAsync(new IssueOneTimeNoticeCommand(
            applicationId, "首席仲裁员 张敏", new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 16), new TimeOnly(9, 0), "第一仲裁庭"));
        hearingId = (await platform.SendAsync(new GetCaseQuery(applicationId))).Hearings.Single().Id;
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Scheduling_a_hearing_starts_both_periods_counted_back_from_its_date()
    {
        var notice = await DeadlineAsync(ArbitrationDeadlineRules.HearingNotice);
        Assert.Equal((hearingId, new DateOnly(2026, 3, 16)), (notice.SubjectId, notice.TriggerDate));
        Assert.Equal(new DateOnly(2026, 3, 11), notice.DueDate); // calendar reading; the working-day reading is 03-09
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 9, 0, 0, China), notice.RemindAt); // reminded by the stricter reading
        Assert.Equal(DeadlineState.Open, notice.State);
        var window = await DeadlineAsync(ArbitrationDeadlineRules.PostponementRequest);
        Assert.Equal((hearingId, new DateOnly(2026, 3, 13)), (window.SubjectId, window.DueDate));

        var view = (await platform.SendAsync(new GetCaseQuery(applicationId))).Hearings.Single();
        Assert.Equal((new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 9), (DateOnly?)null), (view.NoticeDueDate, view.NoticeLatestSafeDate, view.NoticeServedOn));
    }

    [Fact]
    public async Task Serving_the_notice_in_time_completes_its_deadline_once_and_bad_dates_are_refused()
    {
        var future = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new RecordHearingNoticeServedCommand(applicationId, hearingId, new DateOnly(2026, 3, 3))));
        Assert.Equal(["servedOn"], future.Errors.Keys);
        var beforeIssued = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new RecordHearingNoticeServedCommand(applicationId, hearingId, new DateOnly(2026, 3, 1))));
        Assert.Equal("arbitration.hearing-notice-date", beforeIssued.Code);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new RecordHearingNoticeServedCommand(applicationId, Guid.NewGuid(), new DateOnly(2026, 3, 2))));

        platform.Clock.Advance(TimeSpan.FromDays(3)); // Thu 03-05
        await platform.SendAsync(new RecordHearingNoticeServedCommand(applicationId, hearingId, new DateOnly(2026, 3, 4)));

        var notice = await DeadlineAsync(ArbitrationDeadlineRules.HearingNotice);
        Assert.Equal(DeadlineState.Completed, notice.State);
        Assert.True(notice.CompletedInTime);
        var view = (await platform.SendAsync(new GetCaseQuery(applicationId))).Hearings.Single();
        Assert.Equal(new DateOnly(2026, 3, 4), view.NoticeServedOn);
        Assert.False(view.NoticeServedLate);
        var twice = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new RecordHearingNoticeServedCommand(applicationId, hearingId, new DateOnly(2026, 3, 5))));
        Assert.Equal("arbitration.hearing-notice-served", twice.Code);
    }

    [Fact]
    public async Task A_notice_not_served_in_time_is_missed_and_reported_while_an_unused_postponement_window_lapses_without_fault()
    {
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 12, 0, 0, 0, China));
        await platform.ProcessDeadlinesAsync();

        Assert.Equal(DeadlineState.Missed, (await DeadlineAsync(ArbitrationDeadlineRules.HearingNotice)).State);
        var missed = Assert.Single(await HearingMissesAsync());
        Assert.Equal((ArbitrationDeadlineRules.HearingNotice, new DateOnly(2026, 3, 11)), (missed.RuleId, missed.DueDate));
        Assert.Contains("第1次开庭", missed.SubjectReference, StringComparison.Ordinal);

        await platform.SendAsync(new RecordHearingNoticeServedCommand(applicationId, hearingId, new DateOnly(2026, 3, 12)));
        Assert.True((await platform.SendAsync(new GetCaseQuery(applicationId))).Hearings.Single().NoticeServedLate);

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 14, 0, 0, 0, China));
        await platform.ProcessDeadlinesAsync();

        Assert.Equal(DeadlineState.Cancelled, (await DeadlineAsync(ArbitrationDeadlineRules.PostponementRequest)).State);
        Assert.Single(await HearingMissesAsync());
    }

    [Fact]
    public async Task A_postponement_uses_the_window_cancels_the_unserved_notice_and_the_next_hearing_starts_its_own_periods()
    {
        await platform.SendAsync(new PostponeHearingCommand(applicationId, hearingId, PartySide.Applicant, "身体不适", new DateOnly(2026, 3, 2)));

        Assert.Equal(DeadlineState.Completed, (await DeadlineAsync(ArbitrationDeadlineRules.PostponementRequest)).State);
        Assert.Equal(DeadlineState.Cancelled, (await DeadlineAsync(ArbitrationDeadlineRules.HearingNotice)).State);

        var next = await platform.SendAsync(new ScheduleHearingCommand(applicationId, new DateOnly(2026, 3, 23), new TimeOnly(14, 30), "第一仲裁庭"));

        var notice = await DeadlineAsync(ArbitrationDeadlineRules.HearingNotice, next);
        Assert.Equal((new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 18), DeadlineState.Open), (notice.TriggerDate, notice.DueDate, notice.State));
        Assert.Equal(new DateOnly(2026, 3, 20), (await DeadlineAsync(ArbitrationDeadlineRules.PostponementRequest, next)).DueDate);

        // The scheduled work runs at its times: the window closes unused at 23:59 on its last day (03-20).
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 20, 12, 0, 0, China));
        await platform.ProcessDeadlinesAsync();
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 20, 23, 59, 30, China));
        await platform.ProcessDeadlinesAsync();
        Assert.Equal(DeadlineState.Cancelled, (await DeadlineAsync(ArbitrationDeadlineRules.PostponementRequest, next)).State);
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 24, 0, 0, 0, China));
        await platform.ProcessDeadlinesAsync();
        var missed = Assert.Single(await HearingMissesAsync());
        Assert.Equal(ArbitrationDeadlineRules.HearingNotice, missed.RuleId); // the new hearing's notice; the first one's was cancelled
        Assert.Equal(DeadlineState.Cancelled, (await DeadlineAsync(ArbitrationDeadlineRules.PostponementRequest, next)).State);
    }

    [Fact]
    public async Task A_case_closed_before_its_hearing_lets_the_hearings_open_periods_lapse_and_the_case_page_lists_them()
    {
        platform.Clock.Advance(TimeSpan.FromDays(1));
        await platform.SendAsync(new Monolith.Modules.Arbitration.Features.Awards.RecordMediationStatementCommand(applicationId, "用人单位支付工资12,800元", 12_800m));

        Assert.Equal(DeadlineState.Cancelled, (await DeadlineAsync(ArbitrationDeadlineRules.HearingNotice)).State);
        Assert.Equal(DeadlineState.Cancelled, (await DeadlineAsync(ArbitrationDeadlineRules.PostponementRequest)).State);
        var listed = (await platform.SendAsync(new Monolith.Modules.Arbitration.Features.GetApplication.GetApplicationQuery(applicationId))).Deadlines;
        Assert.Contains(listed, d => d.RuleId == ArbitrationDeadlineRules.HearingNotice && d.SubjectId == hearingId);

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 17, 0, 0, 0, China));
        await platform.ProcessDeadlinesAsync();
        Assert.Empty(await HearingMissesAsync());
    }

    /// <summary>The missed-deadline reports of the hearing periods (the case's other periods run on meanwhile).</summary>
    private async Task<List<DeadlineMissedIntegrationEvent>> HearingMissesAsync() =>
        [.. (await platform.OutboxAsync()).OfType<DeadlineMissedIntegrationEvent>()
            .Where(e => e.RuleId is ArbitrationDeadlineRules.HearingNotice or ArbitrationDeadlineRules.PostponementRequest)];

    private Task<Deadline> DeadlineAsync(string ruleId, Guid? subjectId = null)
    {
        var subject = subjectId ?? hearingId;
        return platform.QueryAsync<ArbitrationDbContext, Deadline>(db => db.Deadlines.AsNoTracking().SingleAsync(d => d.SubjectId == subject && d.RuleId == ruleId));
    }
}
