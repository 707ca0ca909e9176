using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Features.Cases;
using Monolith.Modules.Union.Persistence;
using Monolith.Testing;
using static Monolith.Modules.Union.Tests.TestKit;

namespace Monolith.Modules.Union.Tests.Integration;

/// <summary>
/// The union's case work: consultations followed up until closed, union lawyers, referral to legal aid with consent
/// (and legal aid's decision coming back), and the “一函两书” it issues.
/// </summary>
public sealed class CaseWorkTests
{
    private static RegisterConsultationCommand Consultation(FakeIdentity fake, string? idNumber = "", ServiceChannel channel = ServiceChannel.Hotline12351) => new(
        channel, fake.PersonName(), idNumber == string.Empty ? fake.ResidentIdNumber() : idNumber, fake.MobileNumber(), IsPlatformWorker: true, IsMigrantWorker: false,
        "南昌锦程物流有限公司", fake.CreditCode(), "外卖平台以算法扣减配送费，站点拖欠两个月报酬，如何维权？", null);

    [Fact]
    public async Task A_consultation_opens_a_matter_and_bad_input_names_the_fields()
    {
        await using var platform = await PlatformAsync();
        var fake = new FakeIdentity(91);

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(
            Consultation(fake) with { Channel = null, ResidentIdNumber = "360102199001011235", Phone = "12345", Question = " ", EmployerCreditCode = "X" }));
        Assert.Equal(["channel", "employerCreditCode", "phone", "question", "residentIdNumber"], invalid.Errors.Keys.Order());
        Assert.Empty(await platform.SendAsync(new ListConsultationsQuery()));

        var registered = await platform.SendAsync(Consultation(fake));
        Assert.Equal("360100-GH-2026-000001", registered.LinkageNumber);
        var listed = Assert.Single(await platform.SendAsync(new ListConsultationsQuery(ConsultationStatus.Open, ServiceChannel.Hotline12351)));
        Assert.Contains("********", listed.WorkerIdNumber, StringComparison.Ordinal);
        Assert.Empty(await platform.SendAsync(new ListConsultationsQuery(Channel: ServiceChannel.ServicePoint)));

        await platform.SendAsync(new GetConsultationQuery(registered.Id));
        var audit = await platform.AuditAsync(registered.LinkageNumber);
        Assert.Contains(audit, a => a.Kind == AuditKind.PersonalDataRead && a.Action == "Union.GetConsultation");
        Assert.Contains(audit, a => a.Action == "Union.RegisterConsultation");
    }

    [Fact]
    public async Task Every_matter_is_followed_up_and_closed_only_once_answered()
    {
        await using var platform = await PlatformAsync();
        var id = (await platform.SendAsync(Consultation(new FakeIdentity(92)))).Id;

        var unanswered = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new FollowUpConsultationCommand(id, "回访", null, Close: true)));
        Assert.Equal("union.close-without-answer", unanswered.Code);
        await platform.SendAsync(new FollowUpConsultationCommand(id, "电话回访，已联系站点负责人", null, Close: false));
        await platform.SendAsync(new FollowUpConsultationCommand(id, "站点已补发报酬", "可向劳动保障监察投诉，并可申请劳动仲裁。", Close: true));

        var details = await platform.SendAsync(new GetConsultationQuery(id));
        Assert.Equal(ConsultationStatus.Closed, details.Status);
        Assert.Equal(2, details.FollowUps.Count);
        Assert.Equal("可向劳动保障监察投诉，并可申请劳动仲裁。", details.Answer);
        var closed = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new AssignUnionLawyerCommand(id, "刘律师", "某律师事务所")));
        Assert.Equal("union.consultation-closed", closed.Code);
    }

    [Fact]
    public async Task A_referral_to_legal_aid_needs_consent_and_an_id_number_and_the_decision_comes_back_to_the_union()
    {
        await using var platform = await PlatformAsync();
        var fake = new FakeIdentity(93);
        var withoutId = (await platform.SendAsync(Consultation(fake, idNumber: null))).Id;
        var noId = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new ReferConsultationToLegalAidCommand(withoutId, true, true, true, LabourClaimKind.LabourRemuneration, 6000m)));
        Assert.Equal("union.referral-needs-id", noId.Code);

        var registered = await platform.SendAsync(Consultation(fake));
        var noConsent = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new ReferConsultationToLegalAidCommand(registered.Id, false, true, true, null, null)));
        Assert.Equal(["claimKind", "consentGiven"], noConsent.Errors.Keys.Order());

        var referralId = await platform.SendAsync(new ReferConsultationToLegalAidCommand(registered.Id, true, true, true, LabourClaimKind.LabourRemuneration, 6000m));
        var referral = Assert.Single(await platform.EventsAsync<LegalAidReferralRequestedIntegrationEvent>());
        Assert.Equal((referralId, "Union", "工会", registered.LinkageNumber), (referral.ReferralId, referral.ReferringModule, referral.ReferringAgencyName, referral.LinkageNumber));
        Assert.Equal(6000m, Assert.Single(referral.Claims).Amount);
        var twice = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new ReferConsultationToLegalAidCommand(registered.Id, true, true, true, LabourClaimKind.LabourRemuneration, null)));
        Assert.Equal("union.referral-exists", twice.Code);
        var pending = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new FollowUpConsultationCommand(registered.Id, "回访", "已答复", true)));
        Assert.Equal("union.referral-pending", pending.Code);

        await platform.PublishIntoAsync<UnionDbContext>(new LegalAidDecisionMadeIntegrationEvent(
            Guid.NewGuid(), platform.Clock.GetUtcNow(), registered.LinkageNumber, Guid.NewGuid(), referralId, "Union", LegalAidDecision.Granted, null,
            new AssignedLawyer("陈律师", "江西某律师事务所", "0791-88886666"), platform.Clock.GetUtcNow(), true));
        await platform.DeliverMessagesAsync();

        var decided = Assert.Single((await platform.SendAsync(new GetConsultationQuery(registered.Id))).Referrals);
        Assert.Equal((UnionReferralStatus.Granted, "陈律师"), (decided.Status, decided.LawyerName));
        await platform.SendAsync(new FollowUpConsultationCommand(registered.Id, "法援已指派律师", "已转法律援助机构代理", true));
    }

    [Fact]
    public async Task Supervision_letters_are_numbered_per_kind_and_year_and_published_for_the_ledger()
    {
        await using var platform = await PlatformAsync();
        var fake = new FakeIdentity(94);
        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(
            new IssueSupervisionLetterCommand(null, "", "X", "", "", "GH-1")));
        Assert.Equal(["findings", "kind", "linkageNumber", "recipient", "recipientCreditCode", "requests"], invalid.Errors.Keys.Order());

        var employer = fake.EmployerName();
        var first = await platform.SendAsync(new IssueSupervisionLetterCommand(UnionSupervisionLetterKind.OpinionLetter, employer, fake.CreditCode(), "未按时足额支付劳动报酬", "限期补发拖欠工资", null));
        var second = await platform.SendAsync(new IssueSupervisionLetterCommand(UnionSupervisionLetterKind.OpinionLetter, employer, null, "未依法缴纳社会保险费", "依法补缴", null));
        var suggestion = await platform.SendAsync(new IssueSupervisionLetterCommand(UnionSupervisionLetterKind.SuggestionLetter, "市人力资源和社会保障局", null, "平台用工欠薪线索集中", "开展专项检查", "360100-GH-2026-000001"));

        Assert.Equal("工会劳动法律监督意见书〔2026〕第1号", first.Number);
        Assert.Equal("工会劳动法律监督意见书〔2026〕第2号", second.Number);
        Assert.Equal("工会劳动法律监督建议书〔2026〕第1号", suggestion.Number);
        var events = await platform.EventsAsync<UnionSupervisionLetterIssuedIntegrationEvent>();
        Assert.Equal([first.Number, second.Number, suggestion.Number], events.Select(e => e.Number));
        Assert.Equal("360100-GH-2026-000001", events[2].LinkageNumber);
        Assert.Equal(2, (await platform.SendAsync(new ListSupervisionLettersQuery(UnionSupervisionLetterKind.OpinionLetter))).Count);
    }
}
