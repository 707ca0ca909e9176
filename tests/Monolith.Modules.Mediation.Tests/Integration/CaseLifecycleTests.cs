using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Acceptance;
using Monolith.Modules.Mediation.Features.Aftercare;
using Monolith.Modules.Mediation.Features.Agreements;
using Monolith.Modules.Mediation.Features.Applications;
using Monolith.Modules.Mediation.Features.Cases;
using Monolith.Modules.Mediation.Features.Sessions;
using Monolith.Modules.Mediation.Features.Roster;
using Monolith.Modules.Mediation.Persistence;
using static Monolith.Modules.Mediation.MediationDeadlineRules;

namespace Monolith.Modules.Mediation.Tests.Integration;

/// <summary>A case from application to a followed-up, performed agreement, on a real database, with its deadlines and its audit.</summary>
public sealed class CaseLifecycleTests
{
    [Fact]
    public async Task An_application_gets_a_linkage_number_and_the_laws_15_days_from_receipt()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, _) = await platform.OrganisationAsync();

        var registered = await platform.ApplyAsync(organisation);

        Assert.Matches("^360100-TJ-2026-\\d{6}$", registered.LinkageNumber);
        var mediationCase = await platform.CaseAsync(registered.Id);
        Assert.Equal(CaseStatus.Received, mediationCase.Status);
        Assert.Equal(CaseChannel.Direct, mediationCase.Channel);
        var period = Assert.Single(await platform.CaseDeadlinesAsync(registered.Id));
        Assert.Equal(NoAgreementArbitration, period.RuleId);
        Assert.Equal(new DateOnly(2026, 3, 17), period.DueDate);
        Assert.Equal(registered.LinkageNumber, period.LinkageNumber);
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_writes_nothing()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, _) = await platform.OrganisationAsync();
        var valid = TestKit.Worker();
        var last = valid.ResidentIdNumber![17];
        var worker = valid with { ResidentIdNumber = valid.ResidentIdNumber[..17] + (last == '0' ? '1' : '0') };

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(
            new RegisterApplicationCommand(organisation, worker, TestKit.Employer() with { CreditCode = "123" }, [new ClaimInput(MediationClaimKind.Wages, null, null)])));

        Assert.Equal(["applicant.residentIdNumber", "claims[0].amount", "respondent.creditCode"], invalid.Errors.Keys.Order());
        Assert.Empty((await platform.SendAsync(new ListCasesQuery(CaseView.All))).Items);
    }

    [Fact]
    public async Task An_unfiled_organisation_cannot_take_an_application()
    {
        await using var platform = await TestKit.PlatformAsync();
        var organisation = await platform.SendAsync(new Features.Organisations.RegisterOrganisationCommand("未备案调解室", OrganisationKind.TownshipStreet, "360113", null, null, null, false));

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.ApplyAsync(organisation));

        Assert.Equal("mediation.organisation-cannot-receive", refused.Code);
    }

    [Fact]
    public async Task A_mediator_takes_a_case_from_application_to_a_followed_up_performed_agreement()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var expert = await platform.SendAsync(new AddExpertCommand("钱静", "工资支付", "某大学法学院", "17087654321"));
        var registered = await platform.ApplyAsync(organisation);

        await platform.SendAsync(new AcceptCaseCommand(registered.Id, mediator));
        await platform.SendAsync(new InviteExpertCommand(registered.Id, expert));
        await platform.SendAsync(new RecordSessionCommand(registered.Id, new DateOnly(2026, 3, 2), new TimeOnly(9, 0), "街道调解室", "申请人、被申请人代表、调解员", "双方确认欠薪金额。"));
        await platform.DraftAsync(registered.Id, 8_000m, new DateOnly(2026, 3, 20));
        await platform.SendAsync(new ConfirmAgreementCommand(registered.Id, true, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2)));
        await platform.SendAsync(new IssueFulfilmentNoticeCommand(registered.Id));

        var agreed = await platform.SendAsync(new GetCaseQuery(registered.Id));
        Assert.Equal(CaseStatus.Agreed, agreed.Status);
        Assert.Equal("调协〔2026〕TJ000001号", agreed.AgreementNumber);
        Assert.Equal(DeadlineState.Completed, agreed.Deadlines.Single(d => d.RuleId == NoAgreementArbitration).State);
        var window = agreed.Deadlines.Single(d => d.RuleId == JudicialConfirmationApplication);
        Assert.Equal((DeadlineState.Open, new DateOnly(2026, 4, 1)), (window.State, window.DueDate));
        Assert.Equal(
            ["收到调解申请", "受理", "邀请专家参与调解", "调解", "拟定调解协议书", "调解协议生效", "发放履行告知书"],
            agreed.Timeline.Select(t => t.What));

        // The performance date passes with nothing recorded: the queue shows the case due for a follow-up visit.
        platform.Clock.SetUtcNow(TestKit.Local(3, 21, 8));
        await platform.RunDueScheduledWorkAsync();
        var queued = Assert.Single((await platform.SendAsync(new ListCasesQuery())).Items);
        Assert.True(queued.FollowUpDue);

        await platform.SendAsync(new RecordFollowUpCommand(registered.Id, new DateOnly(2026, 3, 21), FollowUpMethod.Phone, PerformanceFinding.Performed, "申请人确认已收到8000元。"));
        await platform.SendAsync(new RecordPerformanceCommand(registered.Id, true, new DateOnly(2026, 3, 20), null));

        var performed = await platform.SendAsync(new GetCaseQuery(registered.Id));
        Assert.Equal(CaseStatus.Performed, performed.Status);
        Assert.Null(performed.FollowUpDueSince);
        Assert.Single(performed.FollowUps);
        Assert.Equal(DeadlineState.Cancelled, performed.Deadlines.Single(d => d.RuleId == JudicialConfirmationApplication).State);
        Assert.Empty((await platform.SendAsync(new ListCasesQuery())).Items);
        Assert.Single((await platform.SendAsync(new ListCasesQuery(CaseView.All))).Items);

        var audit = await platform.AuditAsync(registered.LinkageNumber);
        Assert.Contains(audit, a => a.Action == "Mediation.ConfirmAgreement" && a.Outcome == AuditOutcome.Succeeded);
        Assert.Contains(audit, a => a.Action == "Mediation.RecordPerformance");
    }

    [Fact]
    public async Task A_performed_agreement_reported_before_its_date_cancels_the_follow_up()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var registered = await platform.AgreedCaseAsync(organisation, mediator);

        await platform.SendAsync(new RecordPerformanceCommand(registered.Id, true, new DateOnly(2026, 3, 2), null));
        platform.Clock.SetUtcNow(TestKit.Local(3, 21, 8));
        await platform.RunDueScheduledWorkAsync();

        Assert.Null((await platform.CaseAsync(registered.Id)).FollowUpDueSince);
    }

    [Fact]
    public async Task The_queue_pages_and_filters_by_state()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        for (var i = 1; i <= 3; i++)
        {
            await platform.ApplyAsync(organisation, i);
        }

        var first = (await platform.SendAsync(new ListCasesQuery(View: CaseView.All))).Items[0];
        await platform.SendAsync(new AcceptCaseCommand(first.Id, mediator));

        var page = await platform.SendAsync(new ListCasesQuery(CaseView.All, Page: 2, PageSize: 2));
        Assert.Equal((3, 2, 2, 1), (page.Total, page.PageCount, page.Page, page.Items.Count));
        var inMediation = Assert.Single((await platform.SendAsync(new ListCasesQuery(Status: CaseStatus.InMediation))).Items);
        Assert.Equal(first.Id, inMediation.Id);
        Assert.Matches("^\\d{6}\\*{8}\\d{3}[0-9X]$", inMediation.ApplicantIdNumber);
    }
}
