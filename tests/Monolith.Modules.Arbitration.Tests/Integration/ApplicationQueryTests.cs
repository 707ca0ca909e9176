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
using Monolith.Modules.Arbitration.Features.RegisterApplication;
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

    [Fact]
    public async Task Walking_by_cursor_and_by_page_number_both_show_every_application_once_in_the_list_order()
    {
        // Seven applications: three collective (one of them then rejected, so no longer listed first), two pairs
        // received at the same instant (ordered by id), the rest an hour apart.
        var registered = new List<(Guid Id, DateTimeOffset At, bool Collective)>();
        for (var seed = 1; seed <= 7; seed++)
        {
            var collective = seed is 2 or 5 or 6;
            var application = await platform.SendAsync(TestKit.Application(seed) with { WorkerCount = collective ? 12 : 1 });
            registered.Add((application.Id, platform.Clock.GetUtcNow(), collective));
            if (seed is not (3 or 5))
            {
                platform.Clock.Advance(TimeSpan.FromHours(1));
            }
        }

        await platform.SendAsync(new DecideAcceptanceCommand(registered[5].Id, false, "不属于劳动争议"));
        var expected = registered
            .OrderByDescending(a => a.Collective && a.Id != registered[5].Id)
            .ThenByDescending(a => a.At)
            .ThenByDescending(a => a.Id.ToString().ToUpperInvariant(), StringComparer.Ordinal)
            .Select(a => a.Id).ToList();

        var byNumber = new List<Guid>();
        for (var number = 1; number <= 4; number++)
        {
            var page = await platform.SendAsync(new ListApplicationsQuery(Paging: new PageRequest(number, 2)));
            Assert.Equal(7, page.TotalCount);
            byNumber.AddRange(page.Items.Select(a => a.Id));
        }

        var byCursor = new List<Guid>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await platform.SendAsync(new ListApplicationsQuery(Paging: PageRequest.From(null, 2, after)));
            Assert.Equal(after is null ? 1 : 0, page.PageNumber);
            Assert.Equal(page.Next is not null, page.HasNextPage);
            byCursor.AddRange(page.Items.Select(a => a.Id));
            after = page.Next;
        }
        while (after is not null && ++pages < 10);

        Assert.Equal(expected, byNumber);
        Assert.Equal(expected, byCursor);
        Assert.Equal(3, registered.Count(a => a.Collective));
    }

    [Fact]
    public async Task A_cursor_continues_within_one_status_and_a_search_by_linkage_number_finds_just_that_application()
    {
        var applications = new List<RegisteredApplication>();
        for (var seed = 1; seed <= 5; seed++)
        {
            applications.Add(await platform.RegisterAsync(seed));
            platform.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        await platform.SendAsync(new DecideAcceptanceCommand(applications[1].Id, true, null));
        var first = await platform.SendAsync(new ListApplicationsQuery(ApplicationStatus.Registered, Paging: new PageRequest(1, 3)));
        var second = await platform.SendAsync(new ListApplicationsQuery(ApplicationStatus.Registered, Paging: PageRequest.From(null, 3, first.Next)));

        Assert.Equal([applications[4].Id, applications[3].Id, applications[2].Id], first.Items.Select(a => a.Id));
        Assert.Equal([applications[0].Id], second.Items.Select(a => a.Id));
        Assert.Null(second.Next);
        Assert.False(second.HasNextPage);
        Assert.Equal(
            [applications[3].Id],
            (await platform.SendAsync(new ListApplicationsQuery(Search: applications[3].LinkageNumber))).Items.Select(a => a.Id));
    }

    [Theory]
    [InlineData("not a cursor!", "after")]
    [InlineData("Z2FyYmFnZQ", "after")] // "garbage": well-formed, but not this list's three parts
    [InlineData("MQo2MzkzMTY3NjQ3NDgzMjExMzAKbm90LWEtZ3VpZA", "after")] // "1\n…\nnot-a-guid"
    public async Task A_cursor_that_is_not_one_this_list_gave_is_refused_naming_after(string cursor, string field)
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(new ListApplicationsQuery(Paging: PageRequest.From(null, null, cursor))));

        Assert.Equal([field], error.Errors.Keys);
    }

    [Fact]
    public async Task A_page_number_and_a_cursor_together_are_refused_naming_the_page_number()
    {
        await platform.RegisterAsync(1);
        await platform.RegisterAsync(2);
        var cursor = (await platform.SendAsync(new ListApplicationsQuery(Paging: new PageRequest(1, 1)))).Next;

        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(new ListApplicationsQuery(Paging: PageRequest.From(2, null, cursor))));

        Assert.NotNull(cursor);
        Assert.Equal(["pageNumber"], error.Errors.Keys);
    }

    private static LegalAidDecisionMadeIntegrationEvent Decision(string linkageNumber, Guid referralId, LegalAidDecision decision) => new(
        Guid.NewGuid(), TestKit.Monday.AddMinutes(30), linkageNumber, Guid.NewGuid(), referralId, "Arbitration", decision,
        decision == LegalAidDecision.Refused ? "不符合经济困难标准" : null,
        decision == LegalAidDecision.Granted ? new AssignedLawyer("李娜", "江西明衡律师事务所（演示）", "17098765432") : null,
        TestKit.Monday.AddMinutes(30), true);
}
