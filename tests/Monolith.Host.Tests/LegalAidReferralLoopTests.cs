using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests;

/// <summary>
/// 南昌方案 三(二) through the HTTP API: the arbitration clerk registers and refers with consent, legal aid reviews the
/// same working day and decides, and the decision comes back to the clerk's application.
/// </summary>
public sealed partial class LegalAidReferralLoopTests(HostFactory host) : IClassFixture<HostFactory>
{
    /// <summary>2026-03-02 24:00 +08:00: the end of the working day the referral was sent on.</summary>
    private static readonly DateTimeOffset EndOfReferralDay = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_a_referral_with_consent_When_the_reviewer_grants_with_a_roster_lawyer_Then_the_clerk_sees_the_grant_the_lawyer_and_that_it_was_in_time()
    {
        var clerk = await host.ClientFor("arbitration");
        var reviewer = await host.ClientFor("legalaid");
        var application = Api.NewApplication(new FakeIdentity(101));
        var residentIdNumber = application["applicant"]!["residentIdNumber"]!.GetValue<string>();

        using var registered = await clerk.PostJsonAsync(Api.Applications, application);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var created = await registered.ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var linkageNumber = created.Text("linkageNumber");
        Assert.Matches(LinkageNumberPattern(), linkageNumber);
        Assert.Equal($"{Api.Applications}/{id}", registered.Headers.Location?.OriginalString);

        await clerk.ReferAsync(id);

        var item = await reviewer.WaitForLegalAidApplicationAsync(linkageNumber);
        Assert.Equal("PendingReview", item.Text("status"));
        Assert.Equal(EndOfReferralDay, item.GetInstant("reviewDueAt"));
        Assert.Contains("仲裁", item.Text("source"), StringComparison.Ordinal);

        var legalAidId = item.GetProperty("id").GetGuid();
        var details = await reviewer.GetJsonAsync($"{Api.LegalAidApplications}/{legalAidId}");
        Assert.Equal(residentIdNumber, details.GetProperty("applicant").Text("residentIdNumber"));
        var review = Assert.Single(details.GetProperty("deadlines").EnumerateArray(), d => d.Text("ruleId") == Api.ReviewRule);
        Assert.Equal(EndOfReferralDay, review.GetInstant("dueAt"));
        Assert.Equal("2026-03-02", review.Text("dueDate"));
        Assert.Contains(Api.NanchangPolicy, review.Text("legalBasis"), StringComparison.Ordinal);
        Assert.Contains(Api.NanchangPolicy, review.Text("policyProfile"), StringComparison.Ordinal);
        Assert.Equal("Open", review.Text("state"));

        var lawyer = (await reviewer.GetJsonAsync("/api/legalaid/lawyers")).GetProperty("items").EnumerateArray().First();
        using var granted = await reviewer.PostJsonAsync(
            $"{Api.LegalAidApplications}/{legalAidId}/grant", new JsonObject { ["lawyerId"] = lawyer.GetProperty("id").GetGuid() });
        Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);

        var referral = await WaitForDecisionAsync(clerk, id);
        Assert.Equal("Granted", referral.Text("status"));
        Assert.Equal(lawyer.Text("name"), referral.Text("lawyerName"));
        Assert.Equal(lawyer.Text("firm"), referral.Text("lawFirm"));
        Assert.Equal(lawyer.Text("phone"), referral.Text("lawyerPhone"));
        Assert.True(referral.GetProperty("decidedInTime").GetBoolean());

        var listed = (await clerk.GetJsonAsync(Api.Applications)).GetProperty("items").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
        Assert.Equal("Granted", listed.Text("referralStatus"));

        var reviewAfter = (await reviewer.GetJsonAsync($"{Api.LegalAidApplications}/{legalAidId}")).GetProperty("deadlines").EnumerateArray()
            .Single(d => d.Text("ruleId") == Api.ReviewRule);
        Assert.Equal("Completed", reviewAfter.Text("state"));
    }

    [Fact]
    public async Task Given_a_referral_When_the_reviewer_refuses_with_a_reason_Then_the_clerk_sees_the_refusal_and_the_reason()
    {
        var clerk = await host.ClientFor("arbitration");
        var reviewer = await host.ClientFor("legalaid");
        var (id, linkageNumber) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(102)));
        await clerk.ReferAsync(id);
        var item = await reviewer.WaitForLegalAidApplicationAsync(linkageNumber);
        const string reason = "申请人已委托律师代理，不符合法律援助条件。";

        using var refused = await reviewer.PostJsonAsync(
            $"{Api.LegalAidApplications}/{item.GetProperty("id").GetGuid()}/refuse", new JsonObject { ["reason"] = reason });
        Assert.Equal(HttpStatusCode.NoContent, refused.StatusCode);

        var referral = await WaitForDecisionAsync(clerk, id);
        Assert.Equal("Refused", referral.Text("status"));
        Assert.Equal(reason, referral.Text("refusalReason"));
        Assert.Equal(string.Empty, referral.Text("lawyerName"));
        Assert.True(referral.GetProperty("decidedInTime").GetBoolean());
    }

    [Fact]
    public async Task Given_a_referral_When_the_reviewer_refuses_without_a_reason_Then_400_names_the_reason_and_nothing_changes()
    {
        var clerk = await host.ClientFor("arbitration");
        var reviewer = await host.ClientFor("legalaid");
        var (id, linkageNumber) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(103)));
        await clerk.ReferAsync(id);
        var legalAidId = (await reviewer.WaitForLegalAidApplicationAsync(linkageNumber)).GetProperty("id").GetGuid();

        using var refused = await reviewer.PostJsonAsync($"{Api.LegalAidApplications}/{legalAidId}/refuse", new JsonObject { ["reason"] = "  " });

        var problem = await refused.ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.Errors();
        Assert.Equal(["reason"], errors.Keys);
        Assert.True(Api.ContainsChinese(errors["reason"].Single()), errors["reason"].Single());
        var details = await reviewer.GetJsonAsync($"{Api.LegalAidApplications}/{legalAidId}");
        Assert.Equal("PendingReview", details.Text("status"));
        var referral = Assert.Single((await clerk.GetJsonAsync($"{Api.Applications}/{id}")).GetProperty("referrals").EnumerateArray());
        Assert.Equal("AwaitingDecision", referral.Text("status"));
    }

    private static async Task<JsonElement> WaitForDecisionAsync(HttpClient clerk, Guid applicationId) =>
        await Eventually.MatchAsync(
            async () => Assert.Single((await clerk.GetJsonAsync($"{Api.Applications}/{applicationId}")).GetProperty("referrals").EnumerateArray()),
            r => r.Text("status") != "AwaitingDecision",
            Api.EventualTimeout,
            because: "legal aid's decision should reach the arbitration application");

    [GeneratedRegex(@"^360100-ZC-2026-\d{6}$")]
    private static partial Regex LinkageNumberPattern();
}
