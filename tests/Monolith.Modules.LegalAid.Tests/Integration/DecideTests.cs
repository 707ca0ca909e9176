using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.LegalAid.Tests.Integration;

public sealed class DecideTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;
    private LegalAidReferralRequestedIntegrationEvent referral = null!;
    private LegalAidApplication application = null!;
    private Guid lawyerId;

    public async Task InitializeAsync()
    {
        platform = await TestKit.PlatformAsync();
        referral = TestKit.Referral(TestKit.Monday);
        application = await platform.ReceiveAsync(referral);
        lawyerId = await platform.AddLawyerAsync(1);
        platform.Clock.Advance(TimeSpan.FromHours(2)); // reviewed at 11:00 the same Monday
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Granting_assigns_the_lawyer_discharges_the_review_deadline_and_reports_the_decision_in_time()
    {
        await platform.SendAsync(new GrantLegalAidCommand(application.Id, lawyerId));

        var granted = await platform.ApplicationAsync(application.Id);
        var lawyer = await platform.QueryAsync<LegalAidDbContext, Lawyer>(db => db.Lawyers.SingleAsync(l => l.Id == lawyerId));
        Assert.Equal(LegalAidApplicationStatus.Granted, granted.Status);
        Assert.Equal(lawyerId, granted.LawyerId);
        Assert.Equal(lawyer.Name, granted.LawyerName);
        Assert.Equal(lawyer.Firm, granted.LawFirm);
        Assert.Equal(lawyer.Phone, granted.LawyerPhone);
        Assert.Equal(TestKit.Monday.AddHours(2), granted.DecidedAt);
        Assert.Equal("legalaid", granted.DecidedBy);
        Assert.Equal(DeadlineState.Completed, (await ReviewDeadline()).State);

        var decision = Assert.Single(await platform.PublishedAsync<LegalAidDecisionMadeIntegrationEvent>());
        Assert.Equal(LegalAidDecision.Granted, decision.Decision);
        Assert.Equal(application.Id, decision.LegalAidApplicationId);
        Assert.Equal(referral.ReferralId, decision.ReferralId);
        Assert.Equal("Arbitration", decision.Recipient);
        Assert.Equal(referral.LinkageNumber, decision.LinkageNumber);
        Assert.Equal(new AssignedLawyer(lawyer.Name, lawyer.Firm, lawyer.Phone), decision.Lawyer);
        Assert.Equal(TestKit.Monday.AddHours(2), decision.DecidedAt);
        Assert.True(decision.DecidedInTime);
        Assert.Null(decision.RefusalReason);
    }

    [Fact]
    public async Task A_decision_after_the_missed_review_deadline_is_reported_as_late()
    {
        platform.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, (await platform.ProcessDeadlinesAsync()).Missed);

        await platform.SendAsync(new GrantLegalAidCommand(application.Id, lawyerId));

        var decision = Assert.Single(await platform.PublishedAsync<LegalAidDecisionMadeIntegrationEvent>());
        Assert.False(decision.DecidedInTime);
        var deadline = await ReviewDeadline();
        Assert.Equal(DeadlineState.Completed, deadline.State);
        Assert.NotNull(deadline.MissedAt);
        Assert.Single(await platform.PublishedAsync<DeadlineMissedIntegrationEvent>());
    }

    [Fact]
    public async Task A_decision_after_the_due_time_is_late_even_before_the_sweep_marked_it_missed()
    {
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 0, 0, 1, TimeSpan.FromHours(8)));

        await platform.SendAsync(new RefuseLegalAidCommand(application.Id, "经济状况不符合条件"));

        Assert.False(Assert.Single(await platform.PublishedAsync<LegalAidDecisionMadeIntegrationEvent>()).DecidedInTime);
    }

    [Fact]
    public async Task A_decision_in_the_last_minute_of_the_due_day_is_in_time()
    {
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 23, 59, 0, TimeSpan.FromHours(8)));

        await platform.SendAsync(new GrantLegalAidCommand(application.Id, lawyerId));

        Assert.True(Assert.Single(await platform.PublishedAsync<LegalAidDecisionMadeIntegrationEvent>()).DecidedInTime);
    }

    [Fact]
    public async Task Granting_without_a_lawyer_reports_the_grant_and_starts_the_3_day_assignment()
    {
        await platform.SendAsync(new GrantLegalAidCommand(application.Id, null, "符合法律援助条件"));

        var granted = await platform.ApplicationAsync(application.Id);
        Assert.Equal(LegalAidApplicationStatus.Granted, granted.Status);
        Assert.Equal("符合法律援助条件", granted.GrantReasons);
        Assert.Null(granted.LawyerId);
        var assign = await platform.QueryAsync<LegalAidDbContext, Deadline>(db =>
            db.Deadlines.AsNoTracking().SingleAsync(d => d.SubjectId == application.Id && d.RuleId == "legalaid.assign-provider"));
        Assert.Equal(new DateOnly(2026, 3, 5), assign.DueDate);
        Assert.Equal(DeadlineState.Open, assign.State);
        var decision = Assert.Single(await platform.PublishedAsync<LegalAidDecisionMadeIntegrationEvent>());
        Assert.Equal(LegalAidDecision.Granted, decision.Decision);
        Assert.Null(decision.Lawyer);
    }

    [Fact]
    public async Task Granting_without_written_reasons_takes_the_eligibility_assessment_as_reasons()
    {
        await platform.SendAsync(new GrantLegalAidCommand(application.Id, lawyerId));

        Assert.Contains("第四十二条", (await platform.ApplicationAsync(application.Id)).GrantReasons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Granting_with_a_lawyer_not_on_the_roster_is_refused_on_lawyerId()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new GrantLegalAidCommand(application.Id, Guid.NewGuid())));

        Assert.Equal(["lawyerId"], error.Errors.Keys);
        await AssertUndecidedAsync();
    }

    [Fact]
    public async Task A_lawyer_who_has_left_the_roster_cannot_be_assigned()
    {
        var inactive = await platform.AddInactiveLawyerAsync();

        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new GrantLegalAidCommand(application.Id, inactive.Id)));

        Assert.Equal("legalaid.lawyer-inactive", error.Code);
        Assert.Contains(inactive.Name, error.Message, StringComparison.Ordinal);
        await AssertUndecidedAsync();
    }

    [Fact]
    public async Task Refusing_records_the_reason_discharges_the_deadline_and_reports_the_refusal()
    {
        await platform.SendAsync(new RefuseLegalAidCommand(application.Id, "  经济状况不符合条件 "));

        var refused = await platform.ApplicationAsync(application.Id);
        Assert.Equal(LegalAidApplicationStatus.Refused, refused.Status);
        Assert.Equal("经济状况不符合条件", refused.RefusalReason);
        Assert.Null(refused.LawyerId);
        Assert.Equal(DeadlineState.Completed, (await ReviewDeadline()).State);

        var decision = Assert.Single(await platform.PublishedAsync<LegalAidDecisionMadeIntegrationEvent>());
        Assert.Equal(LegalAidDecision.Refused, decision.Decision);
        Assert.Equal("经济状况不符合条件", decision.RefusalReason);
        Assert.Null(decision.Lawyer);
        Assert.Equal(referral.ReferralId, decision.ReferralId);
        Assert.Equal("Arbitration", decision.Recipient);
        Assert.True(decision.DecidedInTime);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Refusing_needs_a_written_reason(string? reason)
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new RefuseLegalAidCommand(application.Id, reason)));

        Assert.Equal(["reason"], error.Errors.Keys);
        await AssertUndecidedAsync();
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task Deciding_twice_is_refused_and_reports_nothing_more(bool firstGrants, bool thenGrants)
    {
        await DecideAsync(firstGrants);
        var status = (await platform.ApplicationAsync(application.Id)).Status;

        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => DecideAsync(thenGrants));

        Assert.Equal("legalaid.already-decided", error.Code);
        Assert.Equal(status, (await platform.ApplicationAsync(application.Id)).Status);
        Assert.Single(await platform.PublishedAsync<LegalAidDecisionMadeIntegrationEvent>());
    }

    [Fact]
    public async Task Deciding_on_an_unknown_application_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new GrantLegalAidCommand(Guid.NewGuid(), lawyerId)));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new RefuseLegalAidCommand(Guid.NewGuid(), "理由")));

        Assert.Empty(await platform.PublishedAsync<LegalAidDecisionMadeIntegrationEvent>());
    }

    private Task<MediatR.Unit> DecideAsync(bool grant) => grant
        ? platform.SendAsync(new GrantLegalAidCommand(application.Id, lawyerId))
        : platform.SendAsync(new RefuseLegalAidCommand(application.Id, "经济状况不符合条件"));

    private async Task AssertUndecidedAsync()
    {
        var stored = await platform.ApplicationAsync(application.Id);
        Assert.Equal(LegalAidApplicationStatus.PendingReview, stored.Status);
        Assert.Null(stored.DecidedAt);
        Assert.Null(stored.LawyerId);
        Assert.Equal(DeadlineState.Open, (await ReviewDeadline()).State);
        Assert.Empty(await platform.PublishedAsync<LegalAidDecisionMadeIntegrationEvent>());
    }

    private Task<Deadline> ReviewDeadline() =>
        platform.QueryAsync<LegalAidDbContext, Deadline>(db => db.Deadlines.AsNoTracking().SingleAsync(d => d.SubjectId == application.Id && d.RuleId == "legalaid.review-application"));
}
