using Monolith.BuildingBlocks.Demo;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Features.Cases;
using Monolith.Modules.Union.Persistence;
using Monolith.Testing;
using static Monolith.Modules.Union.Tests.TestKit;

namespace Monolith.Modules.Union.Tests.Integration;

/// <summary>
/// Legal aid reports a lawyer assigned or replaced after the grant on a union referral: the consultation's referral shows
/// the lawyer where it shows the decision; a repeated or older report changes nothing.
/// </summary>
public sealed class LegalAidLawyerAssignedTests
{
    [Fact]
    public async Task A_lawyer_assigned_after_the_grant_and_then_replaced_is_shown_on_the_referral()
    {
        await using var platform = await PlatformAsync();
        var (consultationId, linkageNumber, referralId) = await ReferredAsync(platform);
        await DeliverAsync(platform, new LegalAidDecisionMadeIntegrationEvent(
            Guid.NewGuid(), platform.Clock.GetUtcNow(), linkageNumber, Guid.NewGuid(), referralId, "Union", LegalAidDecision.Granted, null, null, platform.Clock.GetUtcNow(), true));
        var at = platform.Clock.GetUtcNow();

        var assigned = Assigned(linkageNumber, referralId, "陈律师", at.AddDays(1), replaced: false);
        await DeliverAsync(platform, assigned);
        var shown = Assert.Single((await platform.SendAsync(new GetConsultationQuery(consultationId))).Referrals);
        Assert.Equal((UnionReferralStatus.Granted, "陈律师", "江西某律师事务所（演示）", at.AddDays(1)), (shown.Status, shown.LawyerName, shown.LawFirm, shown.LawyerAssignedAt));

        await DeliverAsync(platform, Assigned(linkageNumber, referralId, "周律师", at.AddDays(3), replaced: true));
        await DeliverAsync(platform, assigned with { EventId = Guid.NewGuid() });

        Assert.Equal("周律师", Assert.Single((await platform.SendAsync(new GetConsultationQuery(consultationId))).Referrals).LawyerName);
    }

    [Fact]
    public async Task A_lawyer_after_a_refusal_means_the_aid_was_granted_after_all()
    {
        await using var platform = await PlatformAsync();
        var (consultationId, linkageNumber, referralId) = await ReferredAsync(platform);
        await DeliverAsync(platform, new LegalAidDecisionMadeIntegrationEvent(
            Guid.NewGuid(), platform.Clock.GetUtcNow(), linkageNumber, Guid.NewGuid(), referralId, "Union", LegalAidDecision.Refused, "不符合经济困难标准", null,
            platform.Clock.GetUtcNow(), true));

        await DeliverAsync(platform, Assigned(linkageNumber, referralId, "陈律师", platform.Clock.GetUtcNow().AddDays(6), replaced: false));

        var shown = Assert.Single((await platform.SendAsync(new GetConsultationQuery(consultationId))).Referrals);
        Assert.Equal((UnionReferralStatus.Granted, "陈律师", null), (shown.Status, shown.LawyerName, shown.RefusalReason));
    }

    private static async Task<(Guid ConsultationId, string LinkageNumber, Guid ReferralId)> ReferredAsync(PlatformFixture platform)
    {
        var fake = new FakeIdentity(95);
        var registered = await platform.SendAsync(new RegisterConsultationCommand(
            ServiceChannel.Hotline12351, fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber(), IsPlatformWorker: false, IsMigrantWorker: true,
            fake.EmployerName(), fake.CreditCode(), "拖欠两个月工资，如何维权？", null));
        var referralId = await platform.SendAsync(new ReferConsultationToLegalAidCommand(registered.Id, true, true, true, LabourClaimKind.LabourRemuneration, 6000m));
        return (registered.Id, registered.LinkageNumber, referralId);
    }

    private static async Task DeliverAsync(PlatformFixture platform, Monolith.BuildingBlocks.Contracts.IntegrationEvent integrationEvent)
    {
        await platform.PublishIntoAsync<UnionDbContext>(integrationEvent);
        await platform.DeliverMessagesAsync();
    }

    private static LegalAidLawyerAssignedIntegrationEvent Assigned(string linkageNumber, Guid referralId, string lawyer, DateTimeOffset at, bool replaced) => new(
        Guid.NewGuid(), at, linkageNumber, Guid.NewGuid(), referralId, "Union", new AssignedLawyer(lawyer, "江西某律师事务所（演示）", "0791-88886666"), at, replaced);
}
