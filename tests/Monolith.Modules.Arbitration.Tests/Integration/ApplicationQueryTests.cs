using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.DecideAcceptance;
using Monolith.Modules.Arbitration.Features.GetApplication;
using Monolith.Modules.Arbitration.Features.ListApplications;
using Monolith.Modules.Arbitration.Features.ReferToLegalAid;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

public sealed class ApplicationQueryTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task One_application_shows_its_parties_claims_decision_referrals_and_deadlines()
    {
        var command = TestKit.Application(seed: 8);
        var registered = await platform.SendAsync(command);
        platform.Clock.Advance(TimeSpan.FromHours(1));
        await platform.SendAsync(new DecideAcceptanceCommand(registered.Id, true, null));
        var referralId = await platform.SendAsync(new ReferToLegalAidCommand(registered.Id, true, true, false));
        await platform.PublishAsync(new LegalAidDecisionMadeIntegrationEvent(
            Guid.NewGuid(), TestKit.Monday.AddHours(3), registered.LinkageNumber, Guid.NewGuid(), referralId, "Arbitration",
            LegalAidDecision.Granted, null, new AssignedLawyer("李娜", "江西明衡律师事务所（演示）", "17098765432"), TestKit.Monday.AddHours(3), true));
        await platform.DeliverMessagesAsync();

        var details = await platform.SendAsync(new GetApplicationQuery(registered.Id));

        Assert.Equal(registered.LinkageNumber, details.LinkageNumber);
        Assert.Equal(ApplicationStatus.Filed, details.Status);
        Assert.Equal("已立案", details.StatusName);
        Assert.Equal(TestKit.Monday.AddHours(1), details.AcceptanceDecidedAt);
        Assert.Equal(command.Applicant!.ResidentIdNumber, details.Applicant.ResidentIdNumber); // unmasked for the institution's own staff
        Assert.Equal(command.Respondent!.CreditCode, details.Respondent.CreditCode);
        var claim = Assert.Single(details.Claims);
        Assert.Equal("劳动报酬（拖欠工资）", claim.TypeName);
        var referral = Assert.Single(details.Referrals);
        Assert.Equal(ReferralStatus.Granted, referral.Status);
        Assert.Equal("李娜", referral.LawyerName);
        Assert.True(referral.DecidedInTime);
        Assert.False(details.CanReferToLegalAid);
        // Soonest first; the one-time notice and the service on the respondent fall due together (5 days), in either order.
        Assert.Equal(ArbitrationDeadlineRules.DecideAcceptance, details.Deadlines[0].RuleId);
        Assert.Equal(
            [ArbitrationDeadlineRules.OneTimeNotice, ArbitrationDeadlineRules.ServeRespondent],
            details.Deadlines.Skip(1).Take(2).Select(d => d.RuleId).Order(StringComparer.Ordinal));
        Assert.Equal(ArbitrationDeadlineRules.Award, details.Deadlines[^1].RuleId);
        Assert.Equal(details.Deadlines.OrderBy(d => d.DueAt).Select(d => d.RuleId), details.Deadlines.Select(d => d.RuleId));
        Assert.Equal(DeadlineState.Completed, details.Deadlines[0].State);
        Assert.Equal("已办结", details.Deadlines[0].StateName);
        Assert.All(details.Deadlines, d => Assert.Equal(registered.Id, d.SubjectId));
    }

    [Fact]
    public async Task Reading_one_application_is_audited_as_a_personal_data_read_by_the_clerk()
    {
        var registered = await platform.RegisterAsync();

        await platform.SendAsync(new GetApplicationQuery(registered.Id));

        var read = Assert.Single(
            await platform.AuditAsync(registered.LinkageNumber),
            e => e.Kind == AuditKind.PersonalDataRead);
        Assert.Equal("Arbitration.GetApplication", read.Action);
        Assert.Equal("arbitration", read.UserName);
        Assert.Equal("ArbitrationClerk", read.Role);
        Assert.Equal(AuditOutcome.Succeeded, read.Outcome);
    }

    [Fact]
    public async Task Looking_for_an_unknown_application_is_not_found_and_the_attempt_is_audited()
    {
        var unknown = Guid.NewGuid();

        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new GetApplicationQuery(unknown)));

        var entry = Assert.Single(await platform.AuditAsync(unknown.ToString()));
        Assert.Equal(AuditKind.PersonalDataRead, entry.Kind);
        Assert.Equal(AuditOutcome.NotFound, entry.Outcome);
    }

    [Fact]
    public async Task The_list_is_newest_first_with_identity_numbers_masked_and_its_read_is_audited()
    {
        var first = TestKit.Application(seed: 11);
        var second = TestKit.Application(seed: 12);
        var older = await platform.SendAsync(first);
        platform.Clock.Advance(TimeSpan.FromMinutes(30));
        var newer = await platform.SendAsync(second);

        var list = (await platform.SendAsync(new ListApplicationsQuery())).Items;

        Assert.Equal([newer.Id, older.Id], list.Select(a => a.Id));
        var id = second.Applicant!.ResidentIdNumber!;
        Assert.Equal(id[..6] + "********" + id[14..], list[0].ApplicantIdNumber);
        Assert.DoesNotContain(list, a => a.ApplicantIdNumber == first.Applicant!.ResidentIdNumber || a.ApplicantIdNumber == id);
        Assert.Equal(second.Applicant.Name, list[0].ApplicantName);
        Assert.Equal(second.Respondent!.Name, list[0].RespondentName);
        Assert.Equal("已登记待受理", list[0].StatusName);
        Assert.All(list, a => Assert.Null(a.ReferralStatus));
        var read = Assert.Single(await platform.AuditAsync(), e => e.Kind == AuditKind.PersonalDataRead);
        Assert.Equal("仲裁申请列表", read.Subject);
    }

    [Fact]
    public async Task The_list_shows_the_status_of_the_latest_referral()
    {
        var refusedThenReferred = await platform.RegisterAsync(seed: 1);
        var granted = await platform.RegisterAsync(seed: 2);
        var notReferred = await platform.RegisterAsync(seed: 3);

        var firstReferral = await platform.SendAsync(new ReferToLegalAidCommand(refusedThenReferred.Id, true, true, false));
        var grantedReferral = await platform.SendAsync(new ReferToLegalAidCommand(granted.Id, true, true, false));
        await platform.PublishAsync(Decision(refusedThenReferred.LinkageNumber, firstReferral, LegalAidDecision.Refused));
        await platform.PublishAsync(Decision(granted.LinkageNumber, grantedReferral, LegalAidDecision.Granted));
        await platform.DeliverMessagesAsync();
        platform.Clock.Advance(TimeSpan.FromHours(1));
        await platform.SendAsync(new ReferToLegalAidCommand(refusedThenReferred.Id, true, true, true));

        var statuses = ((await platform.SendAsync(new ListApplicationsQuery())).Items).ToDictionary(a => a.Id, a => a.ReferralStatus);

        Assert.Equal(ReferralStatus.AwaitingDecision, statuses[refusedThenReferred.Id]);
        Assert.Equal(ReferralStatus.Granted, statuses[granted.Id]);
        Assert.Null(statuses[notReferred.Id]);
    }

    [Fact]
    public async Task The_list_can_be_filtered_by_status()
    {
        var filed = await platform.RegisterAsync(seed: 1);
        var waiting = await platform.RegisterAsync(seed: 2);
        await platform.SendAsync(new DecideAcceptanceCommand(filed.Id, true, null));

        Assert.Equal([filed.Id], ((await platform.SendAsync(new ListApplicationsQuery(ApplicationStatus.Filed))).Items).Select(a => a.Id));
        Assert.Equal([waiting.Id], ((await platform.SendAsync(new ListApplicationsQuery(ApplicationStatus.Registered))).Items).Select(a => a.Id));
        Assert.Empty((await platform.SendAsync(new ListApplicationsQuery(ApplicationStatus.Rejected))).Items);
    }

    private static LegalAidDecisionMadeIntegrationEvent Decision(string linkageNumber, Guid referralId, LegalAidDecision decision) => new(
        Guid.NewGuid(), TestKit.Monday.AddMinutes(30), linkageNumber, Guid.NewGuid(), referralId, "Arbitration", decision,
        decision == LegalAidDecision.Refused ? "不符合经济困难标准" : null,
        decision == LegalAidDecision.Granted ? new AssignedLawyer("李娜", "江西明衡律师事务所（演示）", "17098765432") : null,
        TestKit.Monday.AddMinutes(30), true);
}
