using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Tests.TestModules.Duties;
using Monolith.BuildingBlocks.Tests.TestModules.Subscriber;
using Monolith.Testing;

namespace Monolith.BuildingBlocks.Tests.Integration;

/// <summary>
/// A local policy with scopes (deadlines.md §10.8), on the test module: same-day review of referred cases only, and
/// same-day filing of linkage cases that are accepted only. The fake clock starts on Monday 2026-03-02 09:00 +08:00.
/// </summary>
public sealed class ScopedPolicyTrackingTests : IAsyncLifetime
{
    private const string Profile = "联动测试方案（虚构）";

    private PlatformFixture platform = null!;

    public async Task InitializeAsync() =>
        platform = await PlatformFixture.CreateAsync([new DutiesModule(), new SubscriberModule()], settings: Settings(effectiveFrom: null));

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_referred_case_gets_the_policys_same_day_review()
    {
        var started = await platform.SendAsync(new StartDutyCommand(DutyRules.ReferredReview, CaseTraits.Referred));

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(Profile, deadline.PolicyProfile);
        Assert.Equal("当日（工作日）", deadline.Period);
        Assert.Equal(new DateOnly(2026, 3, 2), deadline.DueDate);
        Assert.Equal("referred", deadline.Traits);
        Assert.Contains("测试方案 第一条", deadline.LegalBasis, StringComparison.Ordinal);
        Assert.Null(deadline.PolicyName);
    }

    [Fact]
    public async Task A_direct_case_keeps_the_statutory_period()
    {
        var started = await platform.SendAsync(new StartDutyCommand(DutyRules.ReferredReview));

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, deadline.PolicyProfile);
        Assert.Equal("7日", deadline.Period);
        Assert.Equal(new DateOnly(2026, 3, 9), deadline.DueDate);
        Assert.DoesNotContain("测试方案", deadline.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_policy_is_in_force_a_case_in_its_scope_keeps_the_statutory_period()
    {
        await using var early = await PlatformFixture.CreateAsync([new DutiesModule(), new SubscriberModule()], settings: Settings(effectiveFrom: "2026-03-03"));

        var started = await early.SendAsync(new StartDutyCommand(DutyRules.ReferredReview, CaseTraits.Referred));

        var deadline = await early.QueryAsync<DutiesDbContext, Deadline>(db => db.Deadlines.AsNoTracking().SingleAsync(d => d.Id == started.DeadlineId));
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, deadline.PolicyProfile);
        Assert.Equal(new DateOnly(2026, 3, 9), deadline.DueDate);
    }

    [Fact]
    public async Task An_outcome_bound_policy_reminds_by_its_own_due_time_but_marks_missed_only_at_the_statutory_one()
    {
        var started = await platform.SendAsync(new StartDutyCommand(DutyRules.Acceptance, CaseTraits.Linkage));

        var deadline = await Deadline(started.DeadlineId);
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, deadline.PolicyProfile);
        Assert.Equal("5个工作日", deadline.Period);
        Assert.Equal(new DateOnly(2026, 3, 9), deadline.DueDate);
        Assert.Equal(Local(2026, 3, 2, 15), deadline.RemindAt); // the policy's same-day reminder
        Assert.Equal(Profile, deadline.PolicyName);
        Assert.Equal(DutyRules.Accepted, deadline.PolicyOutcome);
        Assert.Equal("当日（工作日）", deadline.PolicyPeriod);
        Assert.Equal(new DateOnly(2026, 3, 2), deadline.PolicyDueDate);
        Assert.Equal(Local(2026, 3, 3), deadline.PolicyDueAt);
        Assert.Contains("仅约束“受理”决定", deadline.PolicyScope, StringComparison.Ordinal);

        platform.Clock.SetUtcNow(Local(2026, 3, 2, 15));
        Assert.Equal(new ProcessedDeadlines(1, 0, 0), await platform.ProcessDeadlinesAsync());
        platform.Clock.SetUtcNow(Local(2026, 3, 3, 0, 30)); // past the policy's due time: not missed
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());
        Assert.Equal(DeadlineState.Open, (await Deadline(started.DeadlineId)).State);
        platform.Clock.SetUtcNow(Local(2026, 3, 10));
        Assert.Equal(new ProcessedDeadlines(0, 1, 0), await platform.ProcessDeadlinesAsync());
    }

    [Fact]
    public async Task Accepting_after_the_policys_due_time_is_recorded_and_reported_as_late_under_the_policy()
    {
        var started = await platform.SendAsync(new StartDutyCommand(DutyRules.Acceptance, CaseTraits.Linkage));
        platform.Clock.SetUtcNow(Local(2026, 3, 3, 10));

        Assert.False(await platform.SendAsync(new CompleteDutyCommand(started.MatterId, DutyRules.Acceptance, DutyRules.Accepted)));

        var deadline = await Deadline(started.DeadlineId);
        Assert.True(deadline.LateUnderPolicy);
        Assert.False(deadline.CompletedInTime);
        Assert.Null(deadline.MissedAt); // in time by statute
        Assert.Equal(DutyRules.Accepted, deadline.Outcome);
        var late = Assert.IsType<DeadlineMissedIntegrationEvent>(Assert.Single(await platform.OutboxEventsAsync<DutiesDbContext>()));
        Assert.Equal(started.DeadlineId, late.DeadlineId);
        Assert.Equal(Profile, late.PolicyProfile);
        Assert.Equal(new DateOnly(2026, 3, 2), late.DueDate);
        Assert.Equal(Local(2026, 3, 3), late.DueAt);
        Assert.Contains("测试方案 第二条", late.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("未在本地政策期限内完成", late.RuleTitle, StringComparison.Ordinal);

        await platform.DeliverMessagesAsync();
        Assert.Equal(started.DeadlineId, Assert.Single(await platform.QueryAsync<SubscriberDbContext, List<RecordedMissedDeadline>>(db => db.MissedDeadlines.ToListAsync())).DeadlineId);
        platform.Clock.SetUtcNow(Local(2026, 3, 10));
        Assert.Equal(new ProcessedDeadlines(0, 0, 0), await platform.ProcessDeadlinesAsync());
    }

    [Fact]
    public async Task Refusing_after_the_policys_due_time_but_within_the_statute_is_on_time()
    {
        var started = await platform.SendAsync(new StartDutyCommand(DutyRules.Acceptance, CaseTraits.Linkage));
        platform.Clock.SetUtcNow(Local(2026, 3, 5, 10));

        Assert.True(await platform.SendAsync(new CompleteDutyCommand(started.MatterId, DutyRules.Acceptance, DutyRules.NotAccepted)));

        var deadline = await Deadline(started.DeadlineId);
        Assert.False(deadline.LateUnderPolicy);
        Assert.True(deadline.CompletedInTime);
        Assert.Equal(DutyRules.NotAccepted, deadline.Outcome);
        Assert.Empty(await platform.OutboxEventsAsync<DutiesDbContext>());
    }

    [Fact]
    public async Task Accepting_within_the_policys_due_time_is_on_time()
    {
        var started = await platform.SendAsync(new StartDutyCommand(DutyRules.Acceptance, CaseTraits.Linkage));
        platform.Clock.SetUtcNow(Local(2026, 3, 2, 23, 59));

        Assert.True(await platform.SendAsync(new CompleteDutyCommand(started.MatterId, DutyRules.Acceptance, DutyRules.Accepted)));

        Assert.False((await Deadline(started.DeadlineId)).LateUnderPolicy);
        Assert.Empty(await platform.OutboxEventsAsync<DutiesDbContext>());
    }

    [Fact]
    public async Task A_deadline_already_reported_missed_by_statute_is_not_reported_again_when_accepted_late()
    {
        var started = await platform.SendAsync(new StartDutyCommand(DutyRules.Acceptance, CaseTraits.Linkage));
        platform.Clock.SetUtcNow(Local(2026, 3, 10, 8));
        Assert.Equal(1, (await platform.ProcessDeadlinesAsync()).Missed);

        await platform.SendAsync(new CompleteDutyCommand(started.MatterId, DutyRules.Acceptance, DutyRules.Accepted));

        var deadline = await Deadline(started.DeadlineId);
        Assert.True(deadline.LateUnderPolicy);
        var missed = Assert.IsType<DeadlineMissedIntegrationEvent>(Assert.Single(await platform.OutboxEventsAsync<DutiesDbContext>()));
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, missed.PolicyProfile); // missed by statute, reported as such
        Assert.Equal(new DateOnly(2026, 3, 9), missed.DueDate);
    }

    [Fact]
    public async Task A_case_outside_the_scope_of_an_outcome_bound_policy_has_no_policy_due_time()
    {
        var started = await platform.SendAsync(new StartDutyCommand(DutyRules.Acceptance));
        platform.Clock.SetUtcNow(Local(2026, 3, 3, 10));

        Assert.True(await platform.SendAsync(new CompleteDutyCommand(started.MatterId, DutyRules.Acceptance, DutyRules.Accepted)));

        var deadline = await Deadline(started.DeadlineId);
        Assert.Null(deadline.PolicyName);
        Assert.Null(deadline.PolicyDueAt);
        Assert.Equal(Local(2026, 3, 6, 9), deadline.RemindAt);
        Assert.False(deadline.LateUnderPolicy);
    }

    [Fact]
    public async Task The_outcome_is_checked_against_the_rules_outcomes_and_required_where_a_policy_binds_one()
    {
        var started = await platform.SendAsync(new StartDutyCommand(DutyRules.Acceptance, CaseTraits.Linkage));

        await Assert.ThrowsAsync<ArgumentException>(() => platform.SendAsync(new CompleteDutyCommand(started.MatterId, DutyRules.Acceptance, "withdrawn")));
        await Assert.ThrowsAsync<ArgumentException>(() => platform.SendAsync(new CompleteDutyCommand(started.MatterId, DutyRules.Acceptance)));
        Assert.Equal(DeadlineState.Open, (await Deadline(started.DeadlineId)).State);
    }

    [Fact]
    public async Task The_deadline_list_shows_the_policys_due_time_beside_the_statutory_one()
    {
        var started = await platform.SendAsync(new StartDutyCommand(DutyRules.Acceptance, CaseTraits.Linkage));

        var view = Assert.Single(await platform.SendAsync(new ListDeadlinesQuery<DutiesDbContext>(DeadlineFilter.All)));

        Assert.Equal(started.DeadlineId, view.Id);
        Assert.NotNull(view.Policy);
        Assert.Equal(Profile, view.Policy.Name);
        Assert.Equal(Local(2026, 3, 3), view.Policy.DueAt);
        Assert.Equal(Local(2026, 3, 10), view.DueAt);
    }

    [Fact]
    public async Task A_rule_of_another_city_or_not_yet_in_force_is_refused_and_an_unknown_trait_rejected()
    {
        var otherCity = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new StartDutyCommand(DutyRules.OtherCity)));
        Assert.Equal("deadline.not-applicable", otherCity.Code);
        Assert.Contains("上海市", otherCity.Message, StringComparison.Ordinal);

        var notYet = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new StartDutyCommand(DutyRules.From2027)));
        Assert.Equal("deadline.not-applicable", notYet.Code);
        Assert.Contains("2027-01-01", notYet.Message, StringComparison.Ordinal);

        await Assert.ThrowsAsync<ArgumentException>(() => platform.SendAsync(new StartDutyCommand(DutyRules.ReferredReview, "refered")));
        Assert.Empty(await platform.QueryAsync<DutiesDbContext, List<Deadline>>(db => db.Deadlines.ToListAsync()));
    }

    private static Dictionary<string, string?> Settings(string? effectiveFrom) => new()
    {
        ["Deadlines:ActiveProfile"] = "Test",
        ["Deadlines:Profiles:Test:Name"] = Profile,
        ["Deadlines:Profiles:Test:Jurisdiction"] = "南昌市",
        ["Deadlines:Profiles:Test:EffectiveFrom"] = effectiveFrom,
        ["Deadlines:Profiles:Test:Overrides:duties.referred-review:Period"] = "0",
        ["Deadlines:Profiles:Test:Overrides:duties.referred-review:Unit"] = "WorkingDays",
        ["Deadlines:Profiles:Test:Overrides:duties.referred-review:Basis"] = "测试方案 第一条",
        ["Deadlines:Profiles:Test:Overrides:duties.referred-review:AppliesTo:0"] = CaseTraits.Referred,
        ["Deadlines:Profiles:Test:Overrides:duties.acceptance:Period"] = "0",
        ["Deadlines:Profiles:Test:Overrides:duties.acceptance:Unit"] = "WorkingDays",
        ["Deadlines:Profiles:Test:Overrides:duties.acceptance:Basis"] = "测试方案 第二条",
        ["Deadlines:Profiles:Test:Overrides:duties.acceptance:AppliesTo:0"] = CaseTraits.Linkage,
        ["Deadlines:Profiles:Test:Overrides:duties.acceptance:Outcome"] = DutyRules.Accepted,
    };

    private static DateTimeOffset Local(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private Task<Deadline> Deadline(Guid id) =>
        platform.QueryAsync<DutiesDbContext, Deadline>(db => db.Deadlines.AsNoTracking().SingleAsync(d => d.Id == id));
}
