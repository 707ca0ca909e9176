using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.DecideAcceptance;
using Monolith.Modules.Inspection.Features.GetCase;
using Monolith.Modules.Inspection.Features.ReferToArbitration;
using Monolith.Modules.Inspection.Features.ReferToLegalAid;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Testing;

namespace Monolith.Modules.Inspection.Tests.Integration;

/// <summary>
/// Referrals to arbitration and legal aid publish the receivers' request events; legal aid's decision comes back as a
/// reply addressed to Inspection. The receiving modules are not composed: the test reads Inspection's outbox and
/// publishes the reply as LegalAid would.
/// </summary>
public sealed class ReferralTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_dispute_goes_to_arbitration_as_a_linked_draft_under_the_cases_linkage_number_with_the_date_relief_was_sought()
    {
        var worker = TestKit.Worker(61);
        var filed = await platform.FiledAsync(TestKit.Complaint(6, worker));
        var workerId = (await platform.CaseAsync(filed.Id)).Workers.Single().Id;
        platform.Clock.Advance(TimeSpan.FromDays(10));

        var unconsented = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(
            new ReferToArbitrationCommand(filed.Id, workerId, ArbitrationReferralReason.EmployerRefusedNegotiation, null, WorkerConsents: false)));
        Assert.Equal(["workerConsents"], unconsented.Errors.Keys);

        var referralId = await platform.SendAsync(new ReferToArbitrationCommand(filed.Id, workerId, ArbitrationReferralReason.EmployerRefusedNegotiation, "用人单位拒不到场协商", true));

        var request = Assert.Single(await platform.PublishedAsync<LinkedApplicationRequestedIntegrationEvent>());
        Assert.Equal(filed.LinkageNumber, request.LinkageNumber);
        Assert.Equal(referralId, request.ReferralId);
        Assert.Equal("Inspection", request.ReferringModule);
        Assert.Equal("劳动保障监察机构", request.ReferringAgencyName);
        Assert.Equal("劳监立〔2026〕1号", request.ReferringCaseReference);
        Assert.Equal(worker.ResidentIdNumber, request.Applicant.ResidentIdNumber);
        Assert.Equal(TestKit.Employer(6).CreditCode, request.EmployerCreditCode);
        Assert.Equal(new LinkedClaim(LinkedClaimKind.UnpaidWages, 36_000m, "拖欠工资"), Assert.Single(request.Claims));
        Assert.Equal("用人单位不同意协商：用人单位拒不到场协商", request.Reason);
        Assert.Equal(new DateOnly(2026, 3, 2), request.ReliefFirstSoughtOn);

        var details = await platform.SendAsync(new GetCaseQuery(filed.Id));
        Assert.Equal(CaseStatus.Investigating, details.Status);
        Assert.Equal(worker.Name, Assert.Single(details.ArbitrationReferrals).WorkerName);
        Assert.Equal(
            "inspection.already-referred-to-arbitration",
            (await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new ReferToArbitrationCommand(filed.Id, workerId, ArbitrationReferralReason.NegotiationFailed, null, true)))).Code);
    }

    [Fact]
    public async Task A_non_acceptance_for_the_dispute_procedure_tells_the_worker_to_apply_for_arbitration_and_refers_in_the_same_step()
    {
        var registered = await platform.RegisterAsync(TestKit.Complaint(7));
        var workerId = (await platform.CaseAsync(registered.Id)).Workers.Single().Id;

        await platform.SendAsync(new NotAcceptCaseCommand(
            registered.Id, NonAcceptanceGround.DisputeProcedure, "双方对是否存在劳动关系有争议，应通过仲裁确认", Guidance.Arbitration, null, workerId, WorkerConsents: true));

        var matter = await platform.CaseAsync(registered.Id);
        Assert.Equal(CaseStatus.NotAccepted, matter.Status);
        Assert.Equal("劳监不受〔2026〕1号", matter.NonAcceptanceNumber);
        Assert.Single(matter.ArbitrationReferrals);
        var request = Assert.Single(await platform.PublishedAsync<LinkedApplicationRequestedIntegrationEvent>());
        Assert.Equal(registered.LinkageNumber, request.LinkageNumber);
        Assert.Contains("投诉事项属于劳动争议", request.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(await platform.DeadlinesAsync<Persistence.InspectionDbContext>(), d => d.SubjectId == registered.Id);
    }

    [Fact]
    public async Task A_referral_with_the_guidance_elsewhere_is_refused_and_nothing_is_decided()
    {
        var registered = await platform.RegisterAsync(TestKit.Complaint(8));
        var workerId = (await platform.CaseAsync(registered.Id)).Workers.Single().Id;

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new NotAcceptCaseCommand(
            registered.Id, NonAcceptanceGround.DisputeProcedure, "劳动争议", Guidance.Court, null, workerId, WorkerConsents: true)));

        Assert.Equal(["guidance"], invalid.Errors.Keys);
        Assert.Equal(CaseStatus.Received, (await platform.CaseAsync(registered.Id)).Status);
    }

    [Fact]
    public async Task A_worker_is_referred_to_legal_aid_with_the_shared_referral_event_and_legal_aids_reply_comes_back_to_the_case()
    {
        var worker = TestKit.Worker(71);
        var registered = await platform.RegisterAsync(TestKit.Complaint(9, worker));
        var workerId = (await platform.CaseAsync(registered.Id)).Workers.Single().Id;

        var referralId = await platform.SendAsync(new ReferToLegalAidCommand(registered.Id, workerId, true, true, true));

        var referral = Assert.Single(await platform.PublishedAsync<LegalAidReferralRequestedIntegrationEvent>());
        Assert.Equal(referralId, referral.ReferralId);
        Assert.Equal("Inspection", referral.ReferringModule);
        Assert.Equal(registered.LinkageNumber, referral.LinkageNumber);
        Assert.Equal(worker.ResidentIdNumber, referral.Worker.ResidentIdNumber);
        Assert.True(referral.Worker.IsMigrantWorker);
        Assert.Equal(LabourClaimKind.LabourRemuneration, Assert.Single(referral.Claims).Kind);

        // Legal aid grants; its reply is addressed to Inspection.
        await platform.DeliverAsync(Decision(registered.LinkageNumber, referralId, "Inspection"));

        var details = await platform.SendAsync(new GetCaseQuery(registered.Id));
        var shown = Assert.Single(details.LegalAidReferrals);
        Assert.Equal(ReferralStatus.Granted, shown.Status);
        Assert.Equal("王律师", shown.LawyerName);
        Assert.True(shown.DecidedInTime);
        Assert.Contains(details.Timeline, t => t.Text.Contains("指派王律师", StringComparison.Ordinal));
        Assert.Empty(await platform.SendAsync(new ListMessageProblemsQuery()));
    }

    [Fact]
    public async Task A_decision_addressed_to_another_module_never_reaches_inspection()
    {
        var registered = await platform.RegisterAsync(TestKit.Complaint(10));
        var workerId = (await platform.CaseAsync(registered.Id)).Workers.Single().Id;
        var referralId = await platform.SendAsync(new ReferToLegalAidCommand(registered.Id, workerId, true, true, false));

        await platform.DeliverAsync(Decision(registered.LinkageNumber, referralId, "Arbitration"));

        Assert.Equal(ReferralStatus.AwaitingDecision, Assert.Single((await platform.CaseAsync(registered.Id)).LegalAidReferrals).Status);
        Assert.Equal(0, await platform.InboxCountAsync<Persistence.InspectionDbContext>());
    }

    private static LegalAidDecisionMadeIntegrationEvent Decision(string linkageNumber, Guid referralId, string recipient) => new(
        Guid.NewGuid(), TestKit.Monday.AddHours(3), linkageNumber, Guid.NewGuid(), referralId, recipient, LegalAidDecision.Granted, null,
        new AssignedLawyer("王律师", "江西某律师事务所（演示）", "17012345678"), TestKit.Monday.AddHours(3), true);
}
