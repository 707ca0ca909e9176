using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Tests.TestModules.Duties;
using Monolith.BuildingBlocks.Tests.TestModules.Subscriber;
using Monolith.Testing;

namespace Monolith.BuildingBlocks.Tests.Integration;

/// <summary>
/// Deadlines of a test module (its own rules, statute only) on a real SQLite file and the fake clock, which starts on
/// Monday 2026-03-02 09:00 +08:00. The deadlines' scheduled work is run by hand when it falls due, as Hangfire would.
/// </summary>
public sealed class DeadlineTrackingTests : IAsyncLifetime
{
    private const string Module = "Duties";

    private PlatformFixture platform = null!;

    public async Task InitializeAsync() =>
        platform = await PlatformFixture.CreateAsync([new DutiesModule(), new SubscriberModule()], policyProfile: null);

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Starting_a_deadline_stores_it_due_at_the_end_of_its_last_local_day_with_its_reminder_and_due_check_as_scheduled_work()
    {
        var started = await Start(DutyRules.SameDay);

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(DutyRules.SameDay, deadline.RuleId);
        Assert.Equal(started.MatterId, deadline.SubjectId);
        Assert.Equal(started.LinkageNumber, deadline.LinkageNumber);
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, deadline.PolicyProfile);
        Assert.Equal("当日（工作日）", deadline.Period);
        Assert.Equal(Local(2026, 3, 2, 9), deadline.TriggeredAt);
        Assert.Equal(new DateOnly(2026, 3, 2), deadline.TriggerDate);
        Assert.Equal(new DateOnly(2026, 3, 2), deadline.DueDate);
        Assert.Equal(Local(2026, 3, 3), deadline.DueAt); // 24:00 of 2026-03-02, China Standard Time
        Assert.Equal(Local(2026, 3, 2, 15), deadline.RemindAt);
        Assert.False(deadline.Provisional);
        Assert.Equal(DeadlineState.Open, deadline.State);

        // Both checks are rows in the module's own table; 6 and 15 hours away, beyond the horizon, so no Hangfire job
        // holds memory for them yet: the dispatcher hands them over when they come near.
        var work = await PendingWork(started.DeadlineId);
        Assert.Equal([Local(2026, 3, 2, 15), Local(2026, 3, 3)], work.Select(w => w.DueAt));
        Assert.All(work, w =>
        {
            Assert.Equal("platform.process-deadline.v1", w.Name);
            Assert.Contains(started.DeadlineId.ToString(), w.Payload, StringComparison.Ordinal);
            Assert.Equal(started.LinkageNumber, w.LinkageNumber);
            Assert.Null(w.LockedBy);
        });
        Assert.Equal(0, platform.JobStorage.GetMonitoringApi().ScheduledCount());
    }

    [Fact]
    public async Task A_deadline_counted_back_from_a_later_event_is_due_before_it_reminded_the_working_day_before_and_missed_after_its_due_day()
    {
        // Started Monday 2026-03-02 09:00 for an event on Monday 2026-03-16: five working days back is Monday 03-09.
        var started = await platform.SendAsync(new StartDutyBeforeEventCommand(DutyRules.BeforeEvent, Local(2026, 3, 16, 9)));

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(new DateOnly(2026, 3, 16), deadline.TriggerDate);
        Assert.Equal(new DateOnly(2026, 3, 9), deadline.DueDate);
        Assert.Equal(Local(2026, 3, 10), deadline.DueAt);
        Assert.Equal(Local(2026, 3, 6, 9), deadline.RemindAt); // not clamped to the event, which is after the due time
        Assert.Contains("倒算", deadline.Explanation, StringComparison.Ordinal);
        Assert.Equal([Local(2026, 3, 6, 9), Local(2026, 3, 10)], (await PendingWork(started.DeadlineId)).Select(w => w.DueAt));

        platform.Clock.SetUtcNow(Local(2026, 3, 6, 9));
        Assert.Equal(new ProcessedDeadlines(1, 0, 0), await platform.ProcessDeadlinesAsync());
        platform.Clock.SetUtcNow(Local(2026, 3, 10));
        Assert.Equal(new ProcessedDeadlines(0, 1, 0), await platform.ProcessDeadlinesAsync());
        Assert.Equal(DeadlineState.Missed, (await Deadline(started.DeadlineId)).State);
    }

    [Fact]
    public async Task A_deadline_counted_back_and_started_after_its_reminder_time_is_reminded_at_once()
    {
        // Started Monday 03-02 09:00 for an event on Monday 03-09: due Monday 03-02 itself, reminder not in the past.
        var started = await platform.SendAsync(new StartDutyBeforeEventCommand(DutyRules.BeforeEvent, Local(2026, 3, 9, 9)));

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(new DateOnly(2026, 3, 2), deadline.DueDate);
        Assert.Equal(Local(2026, 3, 2, 9), deadline.RemindAt);
    }

    [Fact]
    public async Task The_sweep_reminds_after_the_reminder_time_marks_missed_after_the_due_time_and_reports_it_exactly_once()
    {
        var started = await Start(DutyRules.SameDay);

        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());
        platform.Clock.SetUtcNow(Local(2026, 3, 2, 14, 59));
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());
        var untouched = await Deadline(started.DeadlineId);
        Assert.Null(untouched.RemindedAt);
        Assert.Null(untouched.MissedAt);

        platform.Clock.SetUtcNow(Local(2026, 3, 2, 15));
        Assert.Equal(new ProcessedDeadlines(1, 0, 0), await platform.ProcessDeadlinesAsync());
        var reminded = await Deadline(started.DeadlineId);
        Assert.Equal(Local(2026, 3, 2, 15), reminded.RemindedAt);
        Assert.Equal(DeadlineState.Open, reminded.State);
        Assert.Empty(await Outbox());
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());

        platform.Clock.SetUtcNow(Local(2026, 3, 2, 23, 59));
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());

        platform.Clock.SetUtcNow(Local(2026, 3, 3));
        Assert.Equal(new ProcessedDeadlines(0, 1, 0), await platform.ProcessDeadlinesAsync());
        var missed = await Deadline(started.DeadlineId);
        Assert.Equal(Local(2026, 3, 3), missed.MissedAt);
        Assert.Equal(DeadlineState.Missed, missed.State);
        var published = Assert.Single(await Outbox());
        Assert.Equal(IntegrationEventSerializer.NameOf(typeof(DeadlineMissedIntegrationEvent)), published.Type);
        var missedEvent = (DeadlineMissedIntegrationEvent)IntegrationEventSerializer.Deserialize(published.Payload, typeof(DeadlineMissedIntegrationEvent));
        Assert.Equal(started.DeadlineId, missedEvent.DeadlineId);
        Assert.Equal(started.LinkageNumber, missedEvent.LinkageNumber);
        Assert.Equal("Duties", missedEvent.Module);
        Assert.Equal("测试期限模块机构", missedEvent.AgencyName);
        Assert.Equal(DutyRules.SameDay, missedEvent.RuleId);
        Assert.Equal(new DateOnly(2026, 3, 2), missedEvent.DueDate);
        Assert.Equal(Local(2026, 3, 3), missedEvent.DueAt);

        await platform.DeliverMessagesAsync();
        var recorded = Assert.Single(await RecordedMissed());
        Assert.Equal(started.DeadlineId, recorded.DeadlineId);
        Assert.Equal(DutyRules.SameDay, recorded.RuleId);
        Assert.Equal("Duties", recorded.Module);

        // The scheduled due job fires after the sweep already did its work: nothing changes, nothing more is published.
        platform.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(DeadlineProgress.Unchanged, await RunJob(started.DeadlineId));
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());
        await platform.DeliverMessagesAsync();
        Assert.Single(await Outbox());
        Assert.Single(await RecordedMissed());
        Assert.Equal(Local(2026, 3, 3), (await Deadline(started.DeadlineId)).MissedAt);
    }

    [Fact]
    public async Task The_hangfire_jobs_alone_remind_and_then_mark_missed_and_running_one_again_does_nothing()
    {
        var started = await Start(DutyRules.SameDay);

        Assert.Equal(DeadlineProgress.Unchanged, await RunJob(started.DeadlineId)); // fired early: re-checks the time

        platform.Clock.SetUtcNow(Local(2026, 3, 2, 15));
        Assert.Equal(DeadlineProgress.Reminded, await RunJob(started.DeadlineId));
        Assert.Equal(DeadlineProgress.Unchanged, await RunJob(started.DeadlineId));

        platform.Clock.SetUtcNow(Local(2026, 3, 3));
        Assert.Equal(DeadlineProgress.Missed, await RunJob(started.DeadlineId));
        Assert.Equal(DeadlineProgress.Unchanged, await RunJob(started.DeadlineId));
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());

        Assert.Single(await Outbox());
        await platform.DeliverMessagesAsync();
        Assert.Single(await RecordedMissed());
    }

    [Fact]
    public async Task A_job_for_a_deadline_that_does_not_exist_does_nothing()
    {
        Assert.Equal(DeadlineProgress.Unchanged, await RunJob(Guid.NewGuid()));
        Assert.Empty(await Outbox());
    }

    [Fact]
    public async Task A_deadline_completed_before_its_due_time_is_never_marked_missed()
    {
        var started = await Start(DutyRules.SameDay);
        platform.Clock.SetUtcNow(Local(2026, 3, 2, 11));

        Assert.True(await platform.SendAsync(new CompleteDutyCommand(started.MatterId, DutyRules.SameDay)));

        platform.Clock.SetUtcNow(Local(2026, 3, 5));
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());
        Assert.Equal(DeadlineProgress.Unchanged, await RunJob(started.DeadlineId));
        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(Local(2026, 3, 2, 11), deadline.CompletedAt);
        Assert.Null(deadline.MissedAt);
        Assert.Null(deadline.RemindedAt);
        Assert.Equal(DeadlineState.Completed, deadline.State);
        Assert.Empty(await Outbox());
    }

    [Fact]
    public async Task Completing_a_missed_deadline_keeps_the_missed_mark_and_records_when_it_was_done()
    {
        var started = await Start(DutyRules.SameDay);
        platform.Clock.SetUtcNow(Local(2026, 3, 3, 0, 30));
        Assert.Equal(1, (await platform.ProcessDeadlinesAsync()).Missed);

        platform.Clock.SetUtcNow(Local(2026, 3, 3, 10));
        Assert.False(await platform.SendAsync(new CompleteDutyCommand(started.MatterId, DutyRules.SameDay)));

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(Local(2026, 3, 3, 0, 30), deadline.MissedAt);
        Assert.Equal(Local(2026, 3, 3, 10), deadline.CompletedAt);
        Assert.Equal(DeadlineState.Completed, deadline.State);
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());
        Assert.Single(await Outbox());
    }

    [Fact]
    public async Task A_same_working_day_duty_that_arrives_on_a_saturday_is_due_at_the_end_of_the_next_working_day()
    {
        platform.Clock.SetUtcNow(Local(2026, 3, 7, 10)); // Saturday
        var started = await Start(DutyRules.SameDay);

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(new DateOnly(2026, 3, 7), deadline.TriggerDate);
        Assert.Equal(new DateOnly(2026, 3, 9), deadline.DueDate);
        Assert.Equal(Local(2026, 3, 10), deadline.DueAt);
        Assert.Equal(Local(2026, 3, 9, 15), deadline.RemindAt);

        platform.Clock.SetUtcNow(Local(2026, 3, 9, 23, 59));
        Assert.Equal(new ProcessedDeadlines(1, 0, 0), await platform.ProcessDeadlinesAsync());
        platform.Clock.SetUtcNow(Local(2026, 3, 10));
        Assert.Equal(new ProcessedDeadlines(0, 1, 0), await platform.ProcessDeadlinesAsync());
    }

    [Fact]
    public async Task A_longer_period_reminds_at_nine_on_the_working_day_before_it_ends()
    {
        var started = await Start(DutyRules.FiveWorkingDays);

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(new DateOnly(2026, 3, 9), deadline.DueDate); // Monday
        Assert.Equal(Local(2026, 3, 10), deadline.DueAt);
        Assert.Equal(Local(2026, 3, 6, 9), deadline.RemindAt); // Friday, across the weekend
    }

    [Fact]
    public async Task The_working_day_before_the_end_can_be_a_make_up_saturday()
    {
        // 2026: 劳动节 rest 05-01..05-05, make-up working day Saturday 05-09.
        platform.Clock.SetUtcNow(Local(2026, 4, 30, 10));
        var started = await Start(DutyRules.FiveWorkingDays);

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(new DateOnly(2026, 5, 11), deadline.DueDate); // 05-06, 07, 08, 09 (Sat), 11
        Assert.Equal(Local(2026, 5, 9, 9), deadline.RemindAt);
    }

    [Fact]
    public async Task A_same_day_duty_started_after_three_in_the_afternoon_is_reminded_at_once()
    {
        platform.Clock.SetUtcNow(Local(2026, 3, 2, 16, 30));
        var started = await Start(DutyRules.SameDay);

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(Local(2026, 3, 2, 16, 30), deadline.RemindAt);
        Assert.Equal(new ProcessedDeadlines(1, 0, 0), await platform.ProcessDeadlinesAsync());
    }

    [Fact]
    public async Task A_rule_with_its_own_reminder_lead_reminds_that_long_before_the_due_time()
    {
        var started = await Start(DutyRules.ThreeDaysWithLead);

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(new DateOnly(2026, 3, 5), deadline.DueDate);
        Assert.Equal(Local(2026, 3, 5, 22), deadline.RemindAt);
    }

    [Fact]
    public async Task A_period_whose_unit_is_unsettled_is_due_by_the_later_reading_and_reminds_by_the_earlier_one()
    {
        var started = await Start(DutyRules.TenUnsettledDays);

        // 10 working days from Monday 03-02 end on 03-16; 10 calendar days end on Thursday 03-12.
        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(new DateOnly(2026, 3, 16), deadline.DueDate);
        Assert.Equal(Local(2026, 3, 17), deadline.DueAt);
        Assert.Equal(Local(2026, 3, 12, 9), deadline.RemindAt); // not 03-13, the working day before 03-16

        platform.Clock.SetUtcNow(Local(2026, 3, 12, 9));
        Assert.Equal(new ProcessedDeadlines(1, 0, 0), await platform.ProcessDeadlinesAsync());
        platform.Clock.SetUtcNow(Local(2026, 3, 13, 0, 1)); // past the calendar reading: not yet late
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());
        platform.Clock.SetUtcNow(Local(2026, 3, 17));
        Assert.Equal(new ProcessedDeadlines(0, 1, 0), await platform.ProcessDeadlinesAsync());
    }

    [Fact]
    public async Task An_approved_extension_adds_the_rules_extension_once_records_who_approved_it_why_and_when_and_reschedules_its_work()
    {
        var started = await Start(DutyRules.FiveWorkingDays);
        platform.Clock.SetUtcNow(Local(2026, 3, 6, 16));
        platform.User.ActAs("clerk-li", "DutiesStaff");

        await platform.SendAsync(Extend(started.DeadlineId, "王科长", new DateOnly(2026, 3, 6), "  案情复杂，需调取更多证据 "));

        var extended = await Deadline(started.DeadlineId);
        Assert.True(extended.Extended);
        Assert.Equal(new DateOnly(2026, 3, 12), extended.DueDate); // 3 working days after 03-09
        Assert.Equal(Local(2026, 3, 13), extended.DueAt);
        Assert.Equal(Local(2026, 3, 11, 9), extended.RemindAt);
        Assert.Contains("经部门负责人批准延长3个工作日", extended.Explanation, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 9), extended.ExtendedFrom);
        Assert.Equal("王科长", extended.ExtensionApprovedBy);
        Assert.Equal(new DateOnly(2026, 3, 6), extended.ExtensionApprovedOn);
        Assert.Equal("案情复杂，需调取更多证据", extended.ExtensionReason);
        Assert.Equal("clerk-li", extended.ExtensionRecordedBy);
        Assert.Equal(Local(2026, 3, 6, 16), extended.ExtensionRecordedAt);
        Assert.Equal([Local(2026, 3, 11, 9), Local(2026, 3, 13)], (await PendingWork(started.DeadlineId)).Select(w => w.DueAt));

        var view = Assert.Single(await List(DeadlineFilter.Pending));
        Assert.Null(view.CanExtend);
        Assert.Equal(new DeadlineExtensionView(new DateOnly(2026, 3, 9), "王科长", new DateOnly(2026, 3, 6), "案情复杂，需调取更多证据", "clerk-li", Local(2026, 3, 6, 16), false), view.Extension);

        var second = await Assert.ThrowsAsync<BusinessRuleViolationException>(
            () => platform.SendAsync(Extend(started.DeadlineId, "王科长", new DateOnly(2026, 3, 6), "再次延长")));
        Assert.Equal("deadline.extended", second.Code);
        Assert.Equal(new DateOnly(2026, 3, 12), (await Deadline(started.DeadlineId)).DueDate);

        platform.Clock.SetUtcNow(Local(2026, 3, 10, 0, 1)); // past the original due time
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());
    }

    [Fact]
    public async Task A_deadline_that_may_be_extended_says_so_in_the_list()
    {
        var started = await Start(DutyRules.FiveWorkingDays);
        await Start(DutyRules.SameDay);

        var views = await List(DeadlineFilter.Pending);

        Assert.Equal(new ExtensionOffer("可延长3个工作日，须经部门负责人批准", false, "部门负责人"), views.Single(v => v.Id == started.DeadlineId).CanExtend);
        Assert.Null(views.Single(v => v.Id != started.DeadlineId).CanExtend);
    }

    [Fact]
    public async Task An_extension_by_the_parties_agreement_runs_to_the_date_they_agreed_and_needs_it()
    {
        var started = await Start(DutyRules.ByAgreement);
        platform.Clock.SetUtcNow(Local(2026, 3, 5, 10));
        var offer = Assert.Single(await List(DeadlineFilter.Pending)).CanExtend;
        Assert.NotNull(offer);
        Assert.True(offer.ByAgreement);

        var missing = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(Extend(started.DeadlineId, "双方当事人", new DateOnly(2026, 3, 5), "双方书面同意延长调解期限")));
        Assert.Equal(["agreedDueDate"], missing.Errors.Keys);
        var tooEarly = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(Extend(started.DeadlineId, "双方当事人", new DateOnly(2026, 3, 5), "双方书面同意延长调解期限", agreed: new DateOnly(2026, 3, 9))));
        Assert.Contains("应晚于原截止日期2026-03-09", tooEarly.Errors["agreedDueDate"].Single(), StringComparison.Ordinal);
        Assert.False((await Deadline(started.DeadlineId)).Extended);

        await platform.SendAsync(Extend(started.DeadlineId, "双方当事人（张某、某公司）", new DateOnly(2026, 3, 5), "2026-03-05双方签字同意延长调解期限至3月20日", agreed: new DateOnly(2026, 3, 20)));

        var extended = await Deadline(started.DeadlineId);
        Assert.Equal(new DateOnly(2026, 3, 20), extended.DueDate);
        Assert.Equal(Local(2026, 3, 21), extended.DueAt);
        Assert.Equal("双方当事人（张某、某公司）", extended.ExtensionApprovedBy);
        Assert.Equal("2026-03-05双方签字同意延长调解期限至3月20日", extended.ExtensionReason);
        Assert.Contains("经双方当事人同意，自2026-03-09延长至2026-03-20届满", extended.Explanation, StringComparison.Ordinal);
        Assert.True(Assert.Single(await List(DeadlineFilter.Pending)).Extension!.ByAgreement);
    }

    [Fact]
    public async Task A_fixed_extension_takes_no_agreed_date_and_must_be_approved_within_the_period()
    {
        var started = await Start(DutyRules.FiveWorkingDays);

        var agreed = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(Extend(started.DeadlineId, "王科长", new DateOnly(2026, 3, 2), "理由", agreed: new DateOnly(2026, 3, 20))));
        Assert.Equal(["agreedDueDate"], agreed.Errors.Keys);

        var beforeTrigger = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(Extend(started.DeadlineId, "王科长", new DateOnly(2026, 2, 27), "理由")));
        Assert.Equal(["approvedOn"], beforeTrigger.Errors.Keys);

        var inFuture = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(Extend(started.DeadlineId, "王科长", new DateOnly(2026, 3, 3), "理由")));
        Assert.Equal("批准日期不能晚于今天。", inFuture.Errors["approvedOn"].Single());
        Assert.False((await Deadline(started.DeadlineId)).Extended);
    }

    [Fact]
    public async Task A_deadline_past_its_due_time_cannot_be_extended_even_before_it_is_marked_missed()
    {
        var started = await Start(DutyRules.FiveWorkingDays);
        platform.Clock.SetUtcNow(Local(2026, 3, 10, 8));

        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(
            () => platform.SendAsync(Extend(started.DeadlineId, "王科长", new DateOnly(2026, 3, 9), "理由")));

        Assert.Equal("deadline.missed", error.Code);
        Assert.False((await Deadline(started.DeadlineId)).Extended);
    }

    [Fact]
    public async Task A_rule_without_an_extension_cannot_be_extended()
    {
        var started = await Start(DutyRules.SameDay);

        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(
            () => platform.SendAsync(Extend(started.DeadlineId, "王科长", new DateOnly(2026, 3, 2), "理由")));

        Assert.Equal("deadline.no-extension", error.Code);
        var deadline = await Deadline(started.DeadlineId);
        Assert.False(deadline.Extended);
        Assert.Equal(new DateOnly(2026, 3, 2), deadline.DueDate);
    }

    [Fact]
    public async Task An_extension_needs_who_approved_it_when_and_why()
    {
        var started = await Start(DutyRules.FiveWorkingDays);

        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(new ExtendDeadlineCommand<DutiesDbContext>(started.DeadlineId, null, null, "  ")));

        Assert.Equal(["approvedBy", "approvedOn", "reason"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.False((await Deadline(started.DeadlineId)).Extended);
        Assert.Equal(2, (await PendingWork(started.DeadlineId)).Count);
    }

    [Fact]
    public async Task A_completed_deadline_cannot_be_extended()
    {
        var started = await Start(DutyRules.FiveWorkingDays);
        await platform.SendAsync(new CompleteDutyCommand(started.MatterId, DutyRules.FiveWorkingDays));

        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(Extend(started.DeadlineId, "王科长", new DateOnly(2026, 3, 2), "理由")));
        Assert.False((await Deadline(started.DeadlineId)).Extended);
    }

    [Fact]
    public async Task Extending_is_audited_as_the_modules_command_on_the_matter()
    {
        var started = await Start(DutyRules.FiveWorkingDays);

        await platform.SendAsync(Extend(started.DeadlineId, "王科长", new DateOnly(2026, 3, 2), "案情复杂"));

        var entry = Assert.Single(await platform.AuditAsync(started.LinkageNumber), e => e.Action == "Duties.ExtendDeadline");
        Assert.Equal(BuildingBlocks.Auditing.AuditOutcome.Succeeded, entry.Outcome);
    }

    [Fact]
    public async Task A_deadline_that_runs_into_an_unpublished_year_is_provisional_until_that_year_is_published_and_then_recomputed()
    {
        platform.Clock.SetUtcNow(Local(2026, 12, 28, 9)); // Monday
        var started = await Start(DutyRules.SevenCalendarDays);

        var provisional = await Deadline(started.DeadlineId);
        Assert.True(provisional.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 4), provisional.DueDate); // weekday/weekend rule only
        Assert.Contains("2027年节假日安排尚未公布", provisional.Explanation, StringComparison.Ordinal);
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());

        // A made-up schedule for 2027 (the real one is not yet published): here 01-01..01-04 are public holidays.
        await platform.PublishCalendarYearAsync(2027, "测试用2027年节假日安排（虚构）",
        [
            (new DateOnly(2027, 1, 1), CalendarDayKind.PublicHoliday, "元旦"),
            (new DateOnly(2027, 1, 2), CalendarDayKind.PublicHoliday, "元旦"),
            (new DateOnly(2027, 1, 3), CalendarDayKind.PublicHoliday, "元旦"),
            (new DateOnly(2027, 1, 4), CalendarDayKind.PublicHoliday, "元旦"),
        ]);

        // Well within the provider's one-minute cache: only the invalidation on publishing lets the sweep see 2027.
        platform.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new ProcessedDeadlines(0, 0, 1), await platform.ProcessDeadlinesAsync());

        var recomputed = await Deadline(started.DeadlineId);
        Assert.False(recomputed.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 5), recomputed.DueDate);
        Assert.Equal(Local(2027, 1, 6), recomputed.DueAt);
        Assert.Equal(Local(2026, 12, 31, 9), recomputed.RemindAt);
        Assert.DoesNotContain("暂定", recomputed.Explanation, StringComparison.Ordinal);
        Assert.Equal([Local(2026, 12, 31, 9), Local(2027, 1, 6)], (await PendingWork(started.DeadlineId)).Select(w => w.DueAt));
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());

        platform.Clock.SetUtcNow(Local(2027, 1, 5, 12)); // after the provisional due date, before the recomputed one
        Assert.Equal(0, (await platform.ProcessDeadlinesAsync()).Missed);
        Assert.Equal(DeadlineState.Open, (await Deadline(started.DeadlineId)).State);
    }

    [Fact]
    public async Task The_deadline_list_filters_pending_missed_and_all_and_by_subject()
    {
        var sameDay = await Start(DutyRules.SameDay);
        var fiveDays = await Start(DutyRules.FiveWorkingDays);
        var sevenDays = await Start(DutyRules.SevenCalendarDays);
        await platform.SendAsync(new CompleteDutyCommand(sevenDays.MatterId, DutyRules.SevenCalendarDays));
        platform.Clock.SetUtcNow(Local(2026, 3, 3, 8));
        await platform.ProcessDeadlinesAsync();

        var pending = await List(DeadlineFilter.Pending);
        Assert.Equal(new[] { sameDay.DeadlineId, fiveDays.DeadlineId }, pending.Select(d => d.Id)); // soonest first
        Assert.Equal(DeadlineState.Missed, pending[0].State);
        Assert.Equal("已逾期", pending[0].StateName);
        Assert.Equal("进行中", pending[1].StateName);

        Assert.Equal(sameDay.DeadlineId, Assert.Single(await List(DeadlineFilter.Missed)).Id);

        var all = await List(DeadlineFilter.All);
        Assert.Equal(
            new[] { sameDay.DeadlineId, fiveDays.DeadlineId, sevenDays.DeadlineId }.Order(),
            all.Select(d => d.Id).Order());
        Assert.Equal("已办结", all.Single(d => d.Id == sevenDays.DeadlineId).StateName);

        Assert.Equal(fiveDays.DeadlineId, Assert.Single(await List(DeadlineFilter.All, fiveDays.MatterId)).Id);
        Assert.Equal(sameDay.DeadlineId, Assert.Single(await List(DeadlineFilter.Missed, sameDay.MatterId)).Id);
        Assert.Empty(await List(DeadlineFilter.Missed, fiveDays.MatterId));
        Assert.Empty(await List(DeadlineFilter.Pending, sevenDays.MatterId));
    }

    private static DateTimeOffset Local(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private Task<StartedDuty> Start(string ruleId) => platform.SendAsync(new StartDutyCommand(ruleId));

    private static ExtendDeadlineCommand<DutiesDbContext> Extend(Guid deadlineId, string approvedBy, DateOnly approvedOn, string reason, DateOnly? agreed = null) =>
        new(deadlineId, approvedBy, approvedOn, reason, agreed);

    private async Task<IReadOnlyList<DeadlineView>> List(DeadlineFilter filter, Guid? subjectId = null) =>
        (await platform.SendAsync(new ListDeadlinesQuery<DutiesDbContext>(filter, subjectId))).Items;

    /// <summary>What the deadline's scheduled work sends when Hangfire runs it.</summary>
    private Task<DeadlineProgress> RunJob(Guid deadlineId) => platform.SendAsync(new ProcessDeadlineCommand(Module, deadlineId));

    /// <summary>The deadline's scheduled work still to run, soonest first.</summary>
    private Task<List<ScheduledCommand>> PendingWork(Guid deadlineId) =>
        platform.QueryAsync<DutiesDbContext, List<ScheduledCommand>>(db => db.ScheduledCommands.AsNoTracking()
            .Where(c => c.Key == $"deadline/{deadlineId}" && c.CompletedAt == null && c.CancelledAt == null).OrderBy(c => c.DueAt).ToListAsync());

    private Task<Deadline> Deadline(Guid id) =>
        platform.QueryAsync<DutiesDbContext, Deadline>(db => db.Deadlines.AsNoTracking().SingleAsync(d => d.Id == id));

    private Task<List<OutboxMessage>> Outbox() =>
        platform.QueryAsync<DutiesDbContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking().ToListAsync());

    private Task<List<RecordedMissedDeadline>> RecordedMissed() =>
        platform.QueryAsync<SubscriberDbContext, List<RecordedMissedDeadline>>(db => db.MissedDeadlines.AsNoTracking().ToListAsync());
}
