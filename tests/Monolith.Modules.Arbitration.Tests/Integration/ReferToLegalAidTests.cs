using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.ReferToLegalAid;
using Monolith.Modules.Arbitration.Features.RegisterApplication;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

public sealed class ReferToLegalAidTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_referral_publishes_one_event_carrying_the_workers_data_and_the_referral_id()
    {
        var command = TestKit.Application(seed: 4, isMigrantWorker: true);
        var registered = await platform.SendAsync(command);
        platform.Clock.Advance(TimeSpan.FromMinutes(20));

        var referralId = await platform.SendAsync(new ReferToLegalAidCommand(registered.Id, ConsentGiven: true, WorkerHasNoAgent: true, EconomicHardshipStated: true));

        var referral = Assert.Single(await platform.OutboxAsync()).Event<LegalAidReferralRequestedIntegrationEvent>();
        var now = TestKit.Monday.AddMinutes(20);
        Assert.Equal(referralId, referral.ReferralId);
        Assert.Equal("Arbitration", referral.ReferringModule);
        Assert.Equal("劳动人事争议仲裁院", referral.ReferringAgencyName);
        Assert.Equal(registered.LinkageNumber, referral.LinkageNumber);
        Assert.Equal(registered.LinkageNumber, referral.ReferringCaseReference);
        Assert.Equal(now, referral.OccurredAt);
        Assert.Equal(now, referral.ConsentRecordedAt);
        Assert.Equal(command.Applicant!.Name, referral.Worker.Name);
        Assert.Equal(command.Applicant.ResidentIdNumber, referral.Worker.ResidentIdNumber);
        Assert.Equal(command.Applicant.Phone, referral.Worker.Phone);
        Assert.True(referral.Worker.IsMigrantWorker);
        Assert.Equal(command.Respondent!.Name, referral.EmployerName);
        Assert.Equal(command.Respondent.CreditCode, referral.EmployerCreditCode);
        Assert.True(referral.WorkerHasNoAgent);
        Assert.True(referral.EconomicHardshipStated);
        Assert.Equal("arbitration", referral.ReferredBy);
        var claim = Assert.Single(referral.Claims);
        Assert.Equal(LabourClaimKind.LabourRemuneration, claim.Kind);
        Assert.Equal(12_800m, claim.Amount);
        Assert.Equal("2025年10月至12月工资", claim.Description);

        var stored = Assert.Single((await platform.ApplicationAsync(registered.Id)).Referrals);
        Assert.Equal(referralId, stored.Id);
        Assert.Equal(ReferralStatus.AwaitingDecision, stored.Status);
        Assert.Equal(now, stored.ConsentRecordedAt);
        Assert.Equal("arbitration", stored.ConsentRecordedBy);
        Assert.True(stored.EconomicHardshipStated);
    }

    [Fact]
    public async Task Each_kind_of_arbitration_claim_is_mapped_to_the_kind_of_matter_legal_aid_distinguishes()
    {
        var registered = await platform.RegisterAsync(
            seed: 5,
            new ClaimInput(ClaimType.UnpaidWages, 1000m, "工资"),
            new ClaimInput(ClaimType.OvertimePay, 200m, "加班费"),
            new ClaimInput(ClaimType.EconomicCompensation, 3000m, "经济补偿"),
            new ClaimInput(ClaimType.UnlawfulTerminationDamages, 6000m, "赔偿金"),
            new ClaimInput(ClaimType.DoubleWagesWithoutContract, 9000m, "二倍工资"),
            new ClaimInput(ClaimType.LabourRelationConfirmation, null, "确认劳动关系"),
            new ClaimInput(ClaimType.SocialInsurance, null, "补缴社保"),
            new ClaimInput(ClaimType.WorkInjuryBenefits, null, "工伤待遇"),
            new ClaimInput(ClaimType.Other, null, "出具离职证明"));

        await platform.SendAsync(new ReferToLegalAidCommand(registered.Id, true, true, false));

        var kinds = Assert.Single(await platform.OutboxAsync()).Event<LegalAidReferralRequestedIntegrationEvent>()
            .Claims.ToDictionary(c => c.Description!, c => c.Kind);
        Assert.Equal(LabourClaimKind.LabourRemuneration, kinds["工资"]);
        Assert.Equal(LabourClaimKind.LabourRemuneration, kinds["加班费"]);
        Assert.Equal(LabourClaimKind.CompensationAndOther, kinds["经济补偿"]);
        Assert.Equal(LabourClaimKind.CompensationAndOther, kinds["赔偿金"]);
        Assert.Equal(LabourClaimKind.CompensationAndOther, kinds["二倍工资"]);
        Assert.Equal(LabourClaimKind.LabourRelationConfirmation, kinds["确认劳动关系"]);
        Assert.Equal(LabourClaimKind.SocialInsuranceBenefits, kinds["补缴社保"]);
        Assert.Equal(LabourClaimKind.WorkInjury, kinds["工伤待遇"]);
        Assert.Equal(LabourClaimKind.CompensationAndOther, kinds["出具离职证明"]);
        Assert.Equal(9, kinds.Count);
    }

    [Fact]
    public async Task A_claim_without_a_description_is_described_by_its_chinese_name()
    {
        var registered = await platform.RegisterAsync(seed: 6, new ClaimInput(ClaimType.SocialInsurance, null, null));

        await platform.SendAsync(new ReferToLegalAidCommand(registered.Id, true, true, false));

        var claim = Assert.Single(Assert.Single(await platform.OutboxAsync()).Event<LegalAidReferralRequestedIntegrationEvent>().Claims);
        Assert.Equal("社会保险", claim.Description);
        Assert.Null(claim.Amount);
    }

    [Fact]
    public async Task Without_the_workers_consent_nothing_is_referred()
    {
        var registered = await platform.RegisterAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new ReferToLegalAidCommand(registered.Id, ConsentGiven: false, WorkerHasNoAgent: true, EconomicHardshipStated: true)));

        Assert.Equal(["consentGiven"], error.Errors.Keys);
        Assert.Empty(await platform.OutboxAsync());
        Assert.Empty((await platform.ApplicationAsync(registered.Id)).Referrals);
    }

    [Fact]
    public async Task A_worker_with_an_agent_is_not_referred()
    {
        var registered = await platform.RegisterAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new ReferToLegalAidCommand(registered.Id, ConsentGiven: true, WorkerHasNoAgent: false, EconomicHardshipStated: true)));

        Assert.Equal(["workerHasNoAgent"], error.Errors.Keys);
        Assert.Empty(await platform.OutboxAsync());
    }

    [Fact]
    public async Task An_unknown_application_is_not_found()
    {
        var unknown = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new ReferToLegalAidCommand(unknown, true, true, false)));

        Assert.Equal(unknown, error.Key);
        Assert.Empty(await platform.OutboxAsync());
    }

    [Fact]
    public async Task A_second_referral_while_the_first_awaits_a_decision_is_refused_and_publishes_nothing_more()
    {
        var registered = await platform.RegisterAsync();
        await platform.SendAsync(new ReferToLegalAidCommand(registered.Id, true, true, false));

        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new ReferToLegalAidCommand(registered.Id, true, true, false)));

        Assert.Equal("arbitration.referral-pending", error.Code);
        Assert.Single(await platform.OutboxAsync());
        Assert.Single((await platform.ApplicationAsync(registered.Id)).Referrals);
    }
}
