using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests;

/// <summary>
/// 仲裁审查确认 end to end in the real service, Mediation and Arbitration composed: the parties apply through the mediation
/// organisation, the commission's clerk finds the application in the review queue and decides, and the mediation case
/// shows the decision; the documents print and download.
/// </summary>
public sealed class ArbitrationReviewLoopTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Cases = "/api/mediation/cases";
    private const string Reviews = "/api/arbitration/reviews";
    private const string Street = "红谷滩区沙井街道劳动争议调解室（演示）";

    [Fact]
    public async Task Given_an_agreement_submitted_for_review_When_the_clerk_confirms_it_Then_mediation_shows_the_confirmation_and_the_mediation_statement_number()
    {
        var (mediator, clerk, caseId, linkageNumber) = await SubmittedAsync(new FakeIdentity(1401));
        var review = await WaitForQueuedAsync(clerk, linkageNumber);
        var reviewId = review.GetProperty("id").GetGuid();
        Assert.Equal("AwaitingReview", review.Text("status"));
        Assert.False(string.IsNullOrEmpty(review.Text("reviewDueDate")));

        var queuePage = await clerk.GetStringAsync("/Arbitration/Reviews");
        Assert.Contains(linkageNumber, queuePage, StringComparison.Ordinal);
        var reviewPage = await clerk.GetStringAsync($"/Arbitration/Review/{reviewId}");
        Assert.Contains("作出审查决定", reviewPage, StringComparison.Ordinal);
        using (var early = await clerk.GetAsync($"{Reviews}/{reviewId}/documents/decision.docx"))
        {
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        }

        using (var confirmed = await clerk.PostJsonAsync($"{Reviews}/{reviewId}/decision", new JsonObject { ["confirmed"] = true }))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            Assert.Equal("洪劳人仲审字〔2026〕1号", (await confirmed.ReadJsonAsync()).Text("documentNumber"));
        }

        var shown = await Eventually.MatchAsync(
            async () => (await mediator.GetJsonAsync($"{Cases}/{caseId}")).GetProperty("arbitrationReview"),
            r => r.GetProperty("decision").ValueKind != JsonValueKind.Null,
            Api.EventualTimeout,
            "the commission's decision should reach the mediation case");
        Assert.Equal("Confirmed", shown.Text("decision"));
        Assert.Equal("洪劳人仲审字〔2026〕1号", shown.Text("documentNumber"));
        Assert.True(shown.GetProperty("appliedInTime").GetBoolean());

        var decided = await clerk.GetJsonAsync($"{Reviews}/{reviewId}");
        Assert.Equal("Confirmed", decided.Text("status"));
        Assert.Equal("Completed", Assert.Single(decided.GetProperty("deadlines").EnumerateArray(), d => d.Text("ruleId") == "arbitration.review-decision").Text("state"));
        using (var docx = await clerk.GetAsync($"{Reviews}/{reviewId}/documents/decision.docx"))
        {
            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
            var text = MediationLinkageTests.DocxText(await docx.Content.ReadAsByteArrayAsync());
            Assert.Contains("仲裁调解书", text, StringComparison.Ordinal);
            Assert.Contains("洪劳人仲审字〔2026〕1号", text, StringComparison.Ordinal);
        }

        var printable = await clerk.GetStringAsync($"/Arbitration/ReviewDocument/{reviewId}/decision");
        Assert.Contains("仲裁调解书", printable, StringComparison.Ordinal);

        using var twice = await clerk.PostJsonAsync($"{Reviews}/{reviewId}/decision", new JsonObject { ["confirmed"] = true });
        Assert.Equal("arbitration.review-decided", (await twice.ReadProblemAsync(HttpStatusCode.Conflict)).Text("code"));
    }

    [Fact]
    public async Task Given_an_agreement_submitted_for_review_When_the_clerk_refuses_it_with_a_reason_Then_mediation_shows_the_refusal_and_its_reason()
    {
        var (mediator, clerk, caseId, linkageNumber) = await SubmittedAsync(new FakeIdentity(1402));
        var reviewId = (await WaitForQueuedAsync(clerk, linkageNumber)).GetProperty("id").GetGuid();

        using (var noReason = await clerk.PostJsonAsync($"{Reviews}/{reviewId}/decision", new JsonObject { ["confirmed"] = false }))
        {
            Assert.Equal(["ground", "reason"], (await noReason.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys.Order());
        }

        using (var refused = await clerk.PostJsonAsync($"{Reviews}/{reviewId}/decision", new JsonObject
        {
            ["confirmed"] = false,
            ["ground"] = "Other",
            ["reason"] = "协议未载明支付期限，内容不明确，无法执行",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        var shown = await Eventually.MatchAsync(
            async () => (await mediator.GetJsonAsync($"{Cases}/{caseId}")).GetProperty("arbitrationReview"),
            r => r.GetProperty("decision").ValueKind != JsonValueKind.Null,
            Api.EventualTimeout,
            "the commission's refusal should reach the mediation case");
        Assert.Equal("NotConfirmed", shown.Text("decision"));
        Assert.Contains("内容不明确", shown.Text("reason"), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("documentNumber").ValueKind);

        using var missing = await clerk.PostJsonAsync($"{Reviews}/{Guid.NewGuid()}/decision", new JsonObject { ["confirmed"] = true });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<(HttpClient Mediator, HttpClient Clerk, Guid CaseId, string LinkageNumber)> SubmittedAsync(FakeIdentity fake)
    {
        var mediator = await host.ClientFor("mediation");
        var clerk = await host.ClientFor("arbitration");
        var street = await MediationLinkageTests.MediatorOfAsync(mediator, Street);
        var (caseId, linkageNumber) = await MediationLinkageTests.ApplyAsync(mediator, street.Organisation, fake);
        await MediationLinkageTests.AcceptAsync(mediator, caseId, street);
        await MediationLinkageTests.AgreeAsync(mediator, caseId, amount: 8000m);
        using (var applied = await mediator.PostJsonAsync($"{Cases}/{caseId}/arbitration-review", new JsonObject { ["partiesApplyJointly"] = true }))
        {
            Assert.Equal(HttpStatusCode.Accepted, applied.StatusCode);
        }

        return (mediator, clerk, caseId, linkageNumber);
    }

    private static async Task<JsonElement> WaitForQueuedAsync(HttpClient clerk, string linkageNumber)
    {
        var found = await Eventually.MatchAsync(
            async () => (await clerk.GetJsonAsync($"{Reviews}?status=AwaitingReview")).GetProperty("items").EnumerateArray()
                .Where(r => r.Text("linkageNumber") == linkageNumber).Select(r => (JsonElement?)r).SingleOrDefault(),
            r => r is not null,
            Api.EventualTimeout,
            because: $"the review application of {linkageNumber} should reach the commission's queue");
        return found!.Value;
    }
}
