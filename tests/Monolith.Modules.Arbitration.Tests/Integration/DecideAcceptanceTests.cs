using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.DecideAcceptance;
using Monolith.Modules.Arbitration.Features.RegisterApplication;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

public sealed class DecideAcceptanceTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;
    private RegisteredApplication registered = null!;

    /// <summary>A linkage case under the Nanchang profile, registered Monday 09:00 and decided at 10:00 the same day.</summary>
    public async Task InitializeAsync()
    {
        platform = await TestKit.PlatformAsync();
        registered = await platform.RegisterLinkageCaseAsync();
        platform.Clock.Advance(TimeSpan.FromHours(1));
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_decision_and_a_refused_second_decision_are_both_audited_under_the_matters_linkage_number_not_the_application_id()
    {
        await platform.SendAsync(new DecideAcceptanceCommand(registered.Id, Accept: true, RejectionReason: null));
        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new DecideAcceptanceCommand(registered.Id, Accept: false, RejectionReason: "重复决定")));

        var decisions = (await platform.AuditAsync(registered.LinkageNumber)).Where(e => e.Action == "Arbitration.DecideAcceptance").ToList();
        Assert.Equal([Monolith.BuildingBlocks.Auditing.AuditOutcome.Refused, Monolith.BuildingBlocks.Auditing.AuditOutcome.Succeeded], decisions.Select(e => e.Outcome));
        Assert.Empty(await platform.AuditAsync(registered.Id.ToString()));
    }

    [Fact]
    public async Task Filing_discharges_the_acceptance_deadline_and_starts_service_notice_and_award_deadlines_gives_a_case_number_and_publishes_the_acceptance()
    {
        await platform.SendAsync(new DecideAcceptanceCommand(registered.Id, Accept: true, RejectionReason: null));

        var application = await platform.ApplicationAsync(registered.Id);
        Assert.Equal(ApplicationStatus.Filed, application.Status);
        Assert.Equal(TestKit.Monday.AddHours(1), application.AcceptanceDecidedAt);
        Assert.Equal("arbitration", application.AcceptanceDecidedBy);

        var deadlines = (await Deadlines()).ToDictionary(d => d.RuleId);
        Assert.Equal(
            [ArbitrationDeadlineRules.Award, ArbitrationDeadlineRules.DecideAcceptance, ArbitrationDeadlineRules.OneTimeNotice, ArbitrationDeadlineRules.ServeRespondent],
            deadlines.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2026, 4, 16), deadlines[ArbitrationDeadlineRules.Award].DueDate);
        Assert.Equal("洪劳人仲案字〔2026〕1号", application.CaseNumber);
        Assert.Equal(new DateOnly(2026, 3, 2), application.AcceptedOn);
        var accepted = (await platform.OutboxAsync()).OfType<Monolith.Modules.Arbitration.Contracts.ArbitrationApplicationAcceptedIntegrationEvent>().Single();
        Assert.Equal((registered.Id, "洪劳人仲案字〔2026〕1号", registered.LinkageNumber, 1, false, true, 12_800m),
            (accepted.ApplicationId, accepted.CaseNumber, accepted.LinkageNumber, accepted.WorkerCount, accepted.IsCollective, accepted.HasWageClaim, accepted.ClaimedAmount));
        var acceptance = deadlines[ArbitrationDeadlineRules.DecideAcceptance];
        Assert.Equal(DeadlineState.Completed, acceptance.State);
        Assert.Equal(TestKit.Monday.AddHours(1), acceptance.CompletedAt);
        Assert.Equal(ArbitrationDeadlineRules.Accepted, acceptance.Outcome);
        Assert.True(acceptance.CompletedInTime);

        // Nanchang, for a linkage case: 3 working days from Monday 03-02 → Thursday 03-05.
        var notice = deadlines[ArbitrationDeadlineRules.OneTimeNotice];
        Assert.Equal(DeadlineState.Open, notice.State);
        Assert.Equal("3个工作日", notice.Period);
        Assert.Equal(new DateOnly(2026, 3, 5), notice.DueDate);
        Assert.Contains(TestKit.NanchangPolicy, notice.PolicyProfile, StringComparison.Ordinal);
        Assert.Equal(registered.Id, notice.SubjectId);
        Assert.Equal(registered.LinkageNumber, notice.LinkageNumber);
    }

    [Fact]
    public async Task Rejecting_with_a_reason_discharges_the_acceptance_deadline_and_starts_nothing()
    {
        await platform.SendAsync(new DecideAcceptanceCommand(registered.Id, Accept: false, RejectionReason: "  申请人不是劳动者，不属于受理范围 "));

        var application = await platform.ApplicationAsync(registered.Id);
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Equal("申请人不是劳动者，不属于受理范围", application.RejectionReason);
        var deadline = Assert.Single(await Deadlines());
        Assert.Equal(ArbitrationDeadlineRules.DecideAcceptance, deadline.RuleId);
        Assert.Equal(DeadlineState.Completed, deadline.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Rejecting_needs_a_written_reason(string? reason)
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new DecideAcceptanceCommand(registered.Id, Accept: false, RejectionReason: reason)));

        Assert.Equal(["rejectionReason"], error.Errors.Keys);
        Assert.Equal(ApplicationStatus.Registered, (await platform.ApplicationAsync(registered.Id)).Status);
        Assert.Equal(DeadlineState.Open, Assert.Single(await Deadlines()).State);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Deciding_twice_is_refused_and_changes_nothing(bool secondAccepts)
    {
        await platform.SendAsync(new DecideAcceptanceCommand(registered.Id, Accept: true, RejectionReason: null));

        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new DecideAcceptanceCommand(registered.Id, secondAccepts, secondAccepts ? null : "再次决定")));

        Assert.Equal("arbitration.acceptance-decided", error.Code);
        var application = await platform.ApplicationAsync(registered.Id);
        Assert.Equal(ApplicationStatus.Filed, application.Status);
        Assert.Null(application.RejectionReason);
        Assert.Equal(4, (await Deadlines()).Count);
    }

    [Fact]
    public async Task Deciding_on_an_unknown_application_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new DecideAcceptanceCommand(Guid.NewGuid(), true, null)));

        Assert.Single(await Deadlines());
    }

    [Fact]
    public async Task Filing_a_linkage_case_the_next_day_is_late_under_the_policy_and_reported_to_supervision_with_the_policy()
    {
        platform.Clock.Advance(TimeSpan.FromDays(1)); // Tuesday 10:00: past the same-day filing, within the statute's 5 days
        Assert.Equal(0, (await platform.ProcessDeadlinesAsync()).Missed);

        await platform.SendAsync(new DecideAcceptanceCommand(registered.Id, Accept: true, RejectionReason: null));

        var acceptance = (await Deadlines()).Single(d => d.RuleId == ArbitrationDeadlineRules.DecideAcceptance);
        Assert.Equal(DeadlineState.Completed, acceptance.State);
        Assert.Null(acceptance.MissedAt);
        Assert.True(acceptance.LateUnderPolicy);
        var late = Assert.Single((await platform.OutboxAsync()).OfType<DeadlineMissedIntegrationEvent>());
        Assert.Equal(acceptance.Id, late.DeadlineId);
        Assert.Contains(TestKit.NanchangPolicy, late.PolicyProfile, StringComparison.Ordinal);
        Assert.Contains("当天立案", late.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 2), late.DueDate);
        Assert.Equal(registered.LinkageNumber, late.LinkageNumber);
    }

    [Fact]
    public async Task Refusing_a_linkage_case_after_the_same_day_but_within_the_statutory_period_is_on_time()
    {
        platform.Clock.Advance(TimeSpan.FromDays(3)); // Thursday

        await platform.SendAsync(new DecideAcceptanceCommand(registered.Id, Accept: false, RejectionReason: "不属于劳动争议"));

        var acceptance = Assert.Single(await Deadlines());
        Assert.Equal(ArbitrationDeadlineRules.NotAccepted, acceptance.Outcome);
        Assert.False(acceptance.LateUnderPolicy);
        Assert.True(acceptance.CompletedInTime);
        Assert.Empty((await platform.OutboxAsync()).OfType<DeadlineMissedIntegrationEvent>());
    }

    [Fact]
    public async Task A_decision_made_after_the_statutory_deadline_was_missed_still_discharges_it()
    {
        platform.Clock.Advance(TimeSpan.FromDays(8)); // Tuesday 03-10, past the five days (Mon 03-09)
        var sweep = await platform.ProcessDeadlinesAsync();
        Assert.Equal(1, sweep.Missed);

        await platform.SendAsync(new DecideAcceptanceCommand(registered.Id, Accept: true, RejectionReason: null));

        var acceptance = (await Deadlines()).Single(d => d.RuleId == ArbitrationDeadlineRules.DecideAcceptance);
        Assert.Equal(DeadlineState.Completed, acceptance.State);
        Assert.NotNull(acceptance.MissedAt);
        Assert.Single((await platform.OutboxAsync()).OfType<DeadlineMissedIntegrationEvent>()); // reported once, when missed
    }

    [Fact]
    public async Task Filing_a_direct_application_starts_the_statutory_notice_period()
    {
        var direct = await platform.RegisterAsync(seed: 2);

        await platform.SendAsync(new DecideAcceptanceCommand(direct.Id, Accept: true, RejectionReason: null));

        var notice = (await Deadlines()).Single(d => d.SubjectId == direct.Id && d.RuleId == ArbitrationDeadlineRules.OneTimeNotice);
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, notice.PolicyProfile);
        Assert.Equal("5日（工作日/自然日待核实）", notice.Period);
        Assert.Equal(new DateOnly(2026, 3, 9), notice.DueDate);
    }

    private Task<List<Deadline>> Deadlines() =>
        platform.QueryAsync<ArbitrationDbContext, List<Deadline>>(db => db.Deadlines.AsNoTracking().ToListAsync());
}
