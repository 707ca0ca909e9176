using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Acceptance;
using Monolith.Modules.Mediation.Features.Agreements;
using Monolith.Modules.Mediation.Features.Applications;
using Monolith.Modules.Mediation.Features.Cases;
using Monolith.Modules.Mediation.Features.Documents;
using Monolith.Modules.Mediation.Features.Ending;

namespace Monolith.Modules.Mediation.Tests.Integration;

/// <summary>
/// 委派调解 by a court (seed 001 items 28, 43–44): registered by the organisation with the court and its case number; a
/// court is not a module, so nothing is published to report back, and a failure is not sent to arbitration.
/// </summary>
public sealed class CourtAssignmentTests
{
    private static readonly CourtAssignmentInput Court = new("南昌市红谷滩区人民法院", "（2026）赣0113民诉前调1号");

    [Fact]
    public async Task A_court_assigned_case_is_registered_with_its_own_linkage_number_and_the_court_at_an_organisation_taking_entrusted_cases()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (centre, _) = await platform.OrganisationAsync(OrganisationKind.ArbitrationCentre, "仲裁院调解中心", entrusted: true);

        var registered = await platform.SendAsync(TestKit.Application(centre) with { Channel = CaseChannel.Entrusted, Court = Court });

        var details = await platform.SendAsync(new GetCaseQuery(registered.Id));
        Assert.Matches(@"^360100-TJ-2026-\d{6}$", details.LinkageNumber);
        Assert.Equal(CaseChannel.Entrusted, details.Channel);
        Assert.True(details.Entrustment!.IsByCourt());
        Assert.Equal(("南昌市红谷滩区人民法院", "（2026）赣0113民诉前调1号"), (details.Entrustment!.EntrustingAgencyName, details.Entrustment.CaseReference));
        Assert.Equal("仲裁院调解中心", details.OrganisationName);
        Assert.Equal(MediationDeadlineRules.NoAgreementArbitration, Assert.Single(details.Deadlines).RuleId);
        var listed = Assert.Single((await platform.SendAsync(new ListCasesQuery(Channel: CaseChannel.Entrusted))).Items);
        Assert.Equal("南昌市红谷滩区人民法院", listed.EntrustingAgencyName);
    }

    [Fact]
    public async Task An_organisation_not_taking_entrusted_cases_cannot_register_one_and_the_court_is_required_only_for_it()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (street, _) = await platform.OrganisationAsync(name: "街道调解室");

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(TestKit.Application(street) with { Channel = CaseChannel.Entrusted, Court = Court }));
        Assert.Equal("mediation.organisation-cannot-receive", refused.Code);

        var noCourt = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(TestKit.Application(street) with { Channel = CaseChannel.Entrusted }));
        Assert.Equal(["court"], noCourt.Errors.Keys);
        var noNumber = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(TestKit.Application(street) with { Channel = CaseChannel.Entrusted, Court = Court with { CaseReference = " " } }));
        Assert.Equal(["court.caseReference"], noNumber.Errors.Keys);
        var courtOnDirect = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(TestKit.Application(street) with { Court = Court }));
        Assert.Equal(["court"], courtOnDirect.Errors.Keys);
        Assert.Empty((await platform.SendAsync(new ListCasesQuery(CaseView.All))).Items);
    }

    [Fact]
    public async Task Its_agreement_or_failure_publishes_no_report_and_no_failure_for_arbitration_but_the_documents_exist()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (centre, mediator) = await platform.OrganisationAsync(OrganisationKind.ArbitrationCentre, "仲裁院调解中心", entrusted: true);
        var agreed = await platform.SendAsync(TestKit.Application(centre, 1) with { Channel = CaseChannel.Entrusted, Court = Court });
        await platform.SendAsync(new AcceptCaseCommand(agreed.Id, mediator));
        await platform.DraftAsync(agreed.Id);
        await platform.SendAsync(new ConfirmAgreementCommand(agreed.Id, true, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2)));
        var failed = await platform.SendAsync(TestKit.Application(centre, 2) with { Channel = CaseChannel.Entrusted, Court = Court with { CaseReference = "（2026）赣0113民诉前调2号" } });
        await platform.SendAsync(new AcceptCaseCommand(failed.Id, mediator));

        await platform.SendAsync(new EndMediationCommand(failed.Id, MediationFailureReason.NoAgreement, "被申请人不同意支付"));

        Assert.Empty(await platform.PublishedAsync<EntrustedMediationConcludedIntegrationEvent>());
        Assert.Empty(await platform.PublishedAsync<MediationFailedIntegrationEvent>());
        Assert.Equal(CaseStatus.Failed, (await platform.CaseAsync(failed.Id)).Status);
        using var scope = platform.Services.CreateScope();
        var documents = scope.ServiceProvider.GetRequiredService<CaseDocuments>();
        Assert.Equal("调解终结书", (await documents.BuildAsync(failed.Id, CaseDocumentKind.Termination, CancellationToken.None)).Title);
        Assert.Equal("劳动争议调解协议书", (await documents.BuildAsync(agreed.Id, CaseDocumentKind.Agreement, CancellationToken.None)).Title);
    }
}
