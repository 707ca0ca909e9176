using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Acceptance;
using Monolith.Modules.Mediation.Features.Agreements;
using Monolith.Modules.Mediation.Features.Cases;
using Monolith.Modules.Mediation.Features.Ending;
using Monolith.Modules.Mediation.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Mediation.Tests.Integration;

/// <summary>
/// 委托调解 as Mediation sees it: an agency's request arrives through Mediation's inbox (Arbitration is not composed here;
/// the test publishes its event), becomes a case under the matter's own linkage number, and its result goes back to the
/// entrusting module only.
/// </summary>
public sealed class EntrustedMediationTests
{
    private const string LinkageNumber = "360100-ZC-2026-000007";

    [Fact]
    public async Task An_entrustment_becomes_one_case_under_the_same_linkage_number_however_often_it_is_delivered()
    {
        await using var platform = await TestKit.PlatformAsync();
        var entrusted = Entrustment();

        await platform.PublishAsync(entrusted);
        await platform.PublishAsync(entrusted with { EventId = Guid.NewGuid() });
        await platform.DeliverMessagesAsync();

        var item = Assert.Single((await platform.SendAsync(new ListCasesQuery(Channel: CaseChannel.Entrusted))).Items);
        Assert.Equal(LinkageNumber, item.LinkageNumber);
        Assert.Equal("劳动人事争议仲裁院", item.EntrustingAgencyName);
        Assert.Null(item.OrganisationName);
        var details = await platform.SendAsync(new GetCaseQuery(item.Id));
        Assert.Equal(entrusted.EntrustmentId, details.Entrustment!.EntrustmentId);
        Assert.Equal("Arbitration", details.Entrustment.EntrustingModule);
        var period = Assert.Single(details.Deadlines);
        Assert.Equal((MediationDeadlineRules.NoAgreementArbitration, LinkageNumber), (period.RuleId, period.LinkageNumber));
        Assert.Empty((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
    }

    [Fact]
    public async Task Only_an_organisation_taking_entrusted_cases_accepts_one_and_the_agreement_is_reported_to_the_entrusting_module()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (township, townshipMediator) = await platform.OrganisationAsync(name: "街道调解室");
        var (centre, centreMediator) = await platform.OrganisationAsync(OrganisationKind.ArbitrationCentre, "仲裁院调解中心", entrusted: true);
        var entrusted = Entrustment();
        await platform.PublishAsync(entrusted);
        await platform.DeliverMessagesAsync();
        var caseId = Assert.Single((await platform.SendAsync(new ListCasesQuery())).Items).Id;

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new AcceptCaseCommand(caseId, townshipMediator, township)));
        Assert.Equal("mediation.organisation-cannot-receive", refused.Code);
        await platform.SendAsync(new AcceptCaseCommand(caseId, centreMediator, centre));
        await platform.DraftAsync(caseId, 18_600m);
        await platform.SendAsync(new ConfirmAgreementCommand(caseId, true, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2)));

        var result = Assert.Single(await platform.PublishedAsync<EntrustedMediationConcludedIntegrationEvent>());
        Assert.Equal(("Arbitration", entrusted.EntrustmentId, EntrustedMediationOutcome.AgreementReached), (result.Recipient, result.EntrustmentId, result.Outcome));
        Assert.Equal(LinkageNumber, result.LinkageNumber);
        Assert.Equal("仲裁院调解中心", result.OrganisationName);
        Assert.Equal(18_600m, result.AgreedAmount);
        Assert.Equal(new DateOnly(2026, 3, 20), result.PerformanceDueDate);
        Assert.Contains("被申请人支付申请人", result.AgreementSummary, StringComparison.Ordinal);
        Assert.NotNull((await platform.CaseAsync(caseId)).ResultReportedAt);
    }

    [Fact]
    public async Task A_failed_entrusted_mediation_is_reported_back_and_published_as_failed_naming_the_entrusting_module()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (centre, mediator) = await platform.OrganisationAsync(OrganisationKind.ArbitrationCentre, "仲裁院调解中心", entrusted: true);
        await platform.PublishAsync(Entrustment());
        await platform.DeliverMessagesAsync();
        var caseId = Assert.Single((await platform.SendAsync(new ListCasesQuery())).Items).Id;
        await platform.SendAsync(new AcceptCaseCommand(caseId, mediator, centre));

        await platform.SendAsync(new EndMediationCommand(caseId, MediationFailureReason.NoAgreement, "用人单位不同意支付"));

        var result = Assert.Single(await platform.PublishedAsync<EntrustedMediationConcludedIntegrationEvent>());
        Assert.Equal(EntrustedMediationOutcome.Failed, result.Outcome);
        Assert.Contains("未能达成调解协议", result.Reason, StringComparison.Ordinal);
        Assert.Equal("Arbitration", Assert.Single(await platform.PublishedAsync<MediationFailedIntegrationEvent>()).EntrustingModule);
    }

    [Fact]
    public async Task A_declined_entrustment_is_reported_as_not_accepted_with_the_reason()
    {
        await using var platform = await TestKit.PlatformAsync();
        await platform.PublishAsync(Entrustment());
        await platform.DeliverMessagesAsync();
        var caseId = Assert.Single((await platform.SendAsync(new ListCasesQuery())).Items).Id;

        await platform.SendAsync(new DeclineCaseCommand(caseId, "被申请人明确拒绝调解"));

        var result = Assert.Single(await platform.PublishedAsync<EntrustedMediationConcludedIntegrationEvent>());
        Assert.Equal((EntrustedMediationOutcome.NotAccepted, "被申请人明确拒绝调解"), (result.Outcome, result.Reason));
        Assert.Empty(await platform.PublishedAsync<MediationFailedIntegrationEvent>());
    }

    private static MediationEntrustedIntegrationEvent Entrustment()
    {
        var fake = new FakeIdentity(77);
        return new MediationEntrustedIntegrationEvent(
            Guid.NewGuid(), TestKit.Monday, LinkageNumber, Guid.NewGuid(), EntrustmentKind.Entrusted, "Arbitration", "劳动人事争议仲裁院", LinkageNumber,
            new MediationWorker(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber()),
            new MediationEmployer(fake.EmployerName(), fake.CreditCode()),
            [new MediationClaim(MediationClaimKind.Wages, 18_600m, "2025年7月至9月工资")],
            TestKit.Monday,
            "arbitration");
    }
}
