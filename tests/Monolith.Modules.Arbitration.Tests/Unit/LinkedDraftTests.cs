using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Tests.Unit;

/// <summary>A draft sent by another agency of the linkage mechanism, until the worker confirms it.</summary>
public sealed class LinkedDraftTests
{
    private static readonly FakeIdentity Fake = new(17);

    [Fact]
    public void A_draft_is_of_the_linkage_channel_and_is_not_yet_an_application_awaiting_acceptance()
    {
        var draft = Draft();

        Assert.Equal(ApplicationStatus.Draft, draft.Status);
        Assert.Equal(ApplicationChannel.Linkage, draft.Channel);
        Assert.Equal("360100-JC-2026-000001", draft.LinkageNumber);
        Assert.Equal("劳动保障监察机构", draft.RegisteredBy);
        Assert.Equal("arbitration.acceptance-decided", Assert.Throws<BusinessRuleViolationException>(() => draft.File(TestKit.Monday, "clerk", "洪劳人仲案字〔2026〕1号", new DateOnly(2026, 3, 2))).Code);
        Assert.Equal("arbitration.acceptance-decided", Assert.Throws<BusinessRuleViolationException>(() => draft.Reject("理由", TestKit.Monday, "clerk")).Code);
    }

    [Fact]
    public void Confirming_makes_it_received_by_the_clerk_at_that_time_and_only_once()
    {
        var draft = Draft();
        var version = draft.Version;

        draft.ConfirmDraft(TestKit.Monday.AddDays(1), "clerk");

        Assert.Equal(ApplicationStatus.Registered, draft.Status);
        Assert.Equal(TestKit.Monday.AddDays(1), draft.ReceivedAt);
        Assert.Equal("clerk", draft.RegisteredBy);
        Assert.True(draft.Version > version);
        Assert.NotNull(draft.LinkedFrom);
        Assert.Equal("arbitration.not-a-draft", Assert.Throws<BusinessRuleViolationException>(() => draft.ConfirmDraft(TestKit.Monday, "clerk")).Code);
    }

    [Fact]
    public void An_application_registered_here_cannot_be_confirmed_as_a_draft()
    {
        var application = ArbitrationApplication.Register(
            Guid.NewGuid(), "360100-ZC-2026-000001", Worker(), Employer(), [new Claim(Guid.NewGuid(), ClaimType.UnpaidWages, 100m, null)], TestKit.Monday, "clerk");

        Assert.Equal("arbitration.not-a-draft", Assert.Throws<BusinessRuleViolationException>(() => application.ConfirmDraft(TestKit.Monday, "clerk")).Code);
        Assert.Null(application.LinkedFrom);
    }

    private static ArbitrationApplication Draft() => ArbitrationApplication.DraftFromLinkage(
        Guid.NewGuid(),
        "360100-JC-2026-000001",
        Worker(),
        Employer(),
        [new Claim(Guid.NewGuid(), ClaimType.UnpaidWages, 8_000m, null)],
        new LinkageReferral(Guid.NewGuid(), "劳动保障监察机构", "360100-JC-2026-000001", "协商未果", new DateOnly(2026, 2, 27), TestKit.Monday, "inspection"));

    private static Worker Worker() => new(Fake.PersonName(), Fake.ResidentIdNumber(), Fake.MobileNumber(), true);

    private static Employer Employer() => new(Fake.EmployerName(), Fake.CreditCode());
}
