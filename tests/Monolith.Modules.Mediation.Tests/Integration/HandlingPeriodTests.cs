using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Acceptance;
using Monolith.Modules.Mediation.Features.Ending;
using Monolith.Modules.Mediation.Persistence;
using static Monolith.Modules.Mediation.MediationDeadlineRules;

namespace Monolith.Modules.Mediation.Tests.Integration;

/// <summary>
/// The handling period by kind of organisation: an enterprise committee's 3 working days to accept and 15 days from
/// acceptance, extendable only to the date the parties agree; any other organisation's 15 days from receipt. When the
/// period has run out the case ends as failed, reported missed to supervision and published as <see cref="MediationFailedIntegrationEvent"/>.
/// </summary>
public sealed class HandlingPeriodTests
{
    [Fact]
    public async Task An_enterprise_committee_has_three_working_days_to_accept_then_fifteen_days_from_acceptance()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (committee, mediator) = await platform.OrganisationAsync(OrganisationKind.EnterpriseCommittee);
        var registered = await platform.ApplyAsync(committee);
        var acceptance = Assert.Single(await platform.CaseDeadlinesAsync(registered.Id));
        Assert.Equal((CommitteeAcceptance, new DateOnly(2026, 3, 5)), (acceptance.RuleId, acceptance.DueDate));

        platform.Clock.SetUtcNow(TestKit.Local(3, 4, 10));
        await platform.SendAsync(new AcceptCaseCommand(registered.Id, mediator));

        var deadlines = await platform.CaseDeadlinesAsync(registered.Id);
        Assert.Equal(DeadlineState.Completed, deadlines.Single(d => d.RuleId == CommitteeAcceptance).State);
        var conclusion = deadlines.Single(d => d.RuleId == CommitteeConclusion);
        Assert.Equal(new DateOnly(2026, 3, 19), conclusion.DueDate);
        Assert.True(conclusion.CanExtend!.ByAgreement);
        Assert.DoesNotContain(deadlines, d => d.RuleId == NoAgreementArbitration);
    }

    [Fact]
    public async Task Another_organisations_case_expires_after_fifteen_days_as_failed_reported_missed_and_guided_to_arbitration()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var registered = await platform.ApplyAsync(organisation);
        await platform.SendAsync(new AcceptCaseCommand(registered.Id, mediator));

        platform.Clock.SetUtcNow(TestKit.Local(3, 17, 23, 59));
        await platform.ProcessDeadlinesAsync();
        Assert.Equal(CaseStatus.InMediation, (await platform.CaseAsync(registered.Id)).Status);

        platform.Clock.SetUtcNow(TestKit.Local(3, 18, 0, 5));
        await platform.ProcessDeadlinesAsync();

        var expired = await platform.CaseAsync(registered.Id);
        Assert.Equal(CaseStatus.Failed, expired.Status);
        Assert.Equal(MediationFailureReason.PeriodExpired, expired.FailureReason);
        var period = Assert.Single(await platform.CaseDeadlinesAsync(registered.Id));
        Assert.Equal(DeadlineState.Completed, period.State);
        var missed = Assert.Single(await platform.PublishedAsync<DeadlineMissedIntegrationEvent>());
        Assert.Equal(NoAgreementArbitration, missed.RuleId);
        var failed = Assert.Single(await platform.PublishedAsync<MediationFailedIntegrationEvent>());
        Assert.Equal((registered.LinkageNumber, MediationFailureReason.PeriodExpired), (failed.LinkageNumber, failed.Reason));
        Assert.Equal(registered.Id, failed.MediationCaseId);
        Assert.Equal(8_400m, Assert.Single(failed.Claims).Amount);
        Assert.Null(failed.EntrustingModule);
    }

    [Fact]
    public async Task The_parties_agreement_extends_a_committees_mediation_to_the_agreed_date_and_it_expires_only_then()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (committee, mediator) = await platform.OrganisationAsync(OrganisationKind.EnterpriseCommittee);
        var registered = await platform.ApplyAsync(committee);
        await platform.SendAsync(new AcceptCaseCommand(registered.Id, mediator));
        var conclusion = (await platform.CaseDeadlinesAsync(registered.Id)).Single(d => d.RuleId == CommitteeConclusion);

        platform.Clock.SetUtcNow(TestKit.Local(3, 16, 10));
        var withoutDate = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(
            new ExtendDeadlineCommand<MediationDbContext>(conclusion.Id, "双方当事人", new DateOnly(2026, 3, 16), "双方书面同意延长")));
        Assert.Equal(["agreedDueDate"], withoutDate.Errors.Keys);
        await platform.SendAsync(new ExtendDeadlineCommand<MediationDbContext>(conclusion.Id, "双方当事人", new DateOnly(2026, 3, 16), "双方书面同意延长", new DateOnly(2026, 3, 31)));

        platform.Clock.SetUtcNow(TestKit.Local(3, 18, 0, 5));
        await platform.ProcessDeadlinesAsync();
        Assert.Equal(CaseStatus.InMediation, (await platform.CaseAsync(registered.Id)).Status);
        Assert.Empty(await platform.PublishedAsync<DeadlineMissedIntegrationEvent>());

        platform.Clock.SetUtcNow(TestKit.Local(4, 1, 0, 5));
        await platform.ProcessDeadlinesAsync();
        var expired = await platform.CaseAsync(registered.Id);
        Assert.Equal(CaseStatus.Failed, expired.Status);
        Assert.Contains("视为调解不成", expired.FailureText, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 31), Assert.Single(await platform.PublishedAsync<DeadlineMissedIntegrationEvent>()).DueDate);
    }

    [Fact]
    public async Task The_laws_fifteen_days_of_another_organisation_cannot_be_extended()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, _) = await platform.OrganisationAsync();
        var registered = await platform.ApplyAsync(organisation);
        var period = Assert.Single(await platform.CaseDeadlinesAsync(registered.Id));

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(
            new ExtendDeadlineCommand<MediationDbContext>(period.Id, "双方当事人", new DateOnly(2026, 3, 2), "同意延长", new DateOnly(2026, 3, 31))));

        Assert.Equal("deadline.no-extension", refused.Code);
    }

    [Fact]
    public async Task A_case_ended_without_agreement_stops_its_clock_and_a_withdrawal_is_not_sent_to_arbitration()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var failed = await platform.ApplyAsync(organisation, 1);
        var withdrawn = await platform.ApplyAsync(organisation, 2);
        await platform.SendAsync(new AcceptCaseCommand(failed.Id, mediator));

        await platform.SendAsync(new EndMediationCommand(failed.Id, MediationFailureReason.NoAgreement, "被申请人拒绝支付"));
        await platform.SendAsync(new EndMediationCommand(withdrawn.Id, MediationFailureReason.Withdrawn, null));
        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new EndMediationCommand(failed.Id, MediationFailureReason.PeriodExpired, null)));
        Assert.Equal(["reason"], invalid.Errors.Keys);

        platform.Clock.SetUtcNow(TestKit.Local(3, 20));
        await platform.ProcessDeadlinesAsync();
        Assert.Empty(await platform.PublishedAsync<DeadlineMissedIntegrationEvent>());
        var published = Assert.Single(await platform.PublishedAsync<MediationFailedIntegrationEvent>());
        Assert.Equal((failed.Id, MediationFailureReason.NoAgreement), (published.MediationCaseId, published.Reason));
        Assert.Equal(MediationFailureReason.Withdrawn, (await platform.CaseAsync(withdrawn.Id)).FailureReason);
        Assert.Equal(DeadlineState.Completed, Assert.Single(await platform.CaseDeadlinesAsync(withdrawn.Id)).State);
    }

    [Fact]
    public async Task A_declined_application_cancels_the_period_without_reporting_it()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, _) = await platform.OrganisationAsync();
        var registered = await platform.ApplyAsync(organisation);

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new DeclineCaseCommand(registered.Id, " ")));
        Assert.Equal(["reason"], invalid.Errors.Keys);
        await platform.SendAsync(new DeclineCaseCommand(registered.Id, "不属于劳动争议"));

        platform.Clock.SetUtcNow(TestKit.Local(3, 20));
        await platform.ProcessDeadlinesAsync();
        Assert.Equal(CaseStatus.NotAccepted, (await platform.CaseAsync(registered.Id)).Status);
        Assert.Equal(DeadlineState.Cancelled, Assert.Single(await platform.CaseDeadlinesAsync(registered.Id)).State);
        Assert.Empty(await platform.PublishedAsync<DeadlineMissedIntegrationEvent>());
        Assert.Empty(await platform.PublishedAsync<MediationFailedIntegrationEvent>());
    }
}
