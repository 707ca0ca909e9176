using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests;

/// <summary>
/// An arbitration case through the HTTP API from application to award, with legal aid referred and granted through the
/// referral events (both modules composed in the real host), the documents, and the windows after the award.
/// </summary>
public sealed class ArbitrationCaseToAwardTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_clerk_takes_a_case_from_application_to_award_with_legal_aid_granted()
    {
        var clerk = await host.SignInAsync("arbitration");
        var reviewer = await host.SignInAsync("legalaid");
        var application = Api.NewApplication(new FakeIdentity(1301));
        application["knewOfInfringementOn"] = "2025-12-31";
        application["workerCount"] = 1;
        ((JsonArray)application["claims"]!).Add(new JsonObject { ["type"] = "SocialInsurance", ["description"] = "补缴2025年社会保险" });
        var (id, linkageNumber) = await clerk.RegisterAsync(application);

        // Legal aid: referred with consent, granted by the reviewer, the grant back on the application.
        await clerk.ReferAsync(id);
        var legalAidId = (await reviewer.WaitForLegalAidApplicationAsync(linkageNumber)).GetProperty("id").GetGuid();
        var lawyer = (await reviewer.GetJsonAsync("/api/legalaid/lawyers")).GetProperty("items").EnumerateArray().First();
        using (var granted = await reviewer.PostJsonAsync($"{Api.LegalAidApplications}/{legalAidId}/grant", new JsonObject { ["lawyerId"] = lawyer.GetProperty("id").GetGuid() }))
        {
            Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
        }

        var referral = await Eventually.MatchAsync(
            async () => Assert.Single((await clerk.GetJsonAsync($"{Api.Applications}/{id}")).GetProperty("referrals").EnumerateArray()),
            r => r.Text("status") == "Granted",
            Api.EventualTimeout,
            "legal aid's grant reaches the arbitration application");
        Assert.Equal(lawyer.Text("name"), referral.Text("lawyerName"));

        // The limitation check: unpaid wages during employment are exempt; the rest within the year.
        var registered = await clerk.GetJsonAsync($"{Api.Applications}/{id}/case");
        Assert.Equal(["Exempt", "Within"], registered.GetProperty("limitation").GetProperty("claims").EnumerateArray().Select(c => c.Text("verdict")));
        Assert.Equal([1, 2], registered.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("ordinal").GetInt32()));

        // Accepted: a case number, the acceptance notice as a Word file.
        await PostAsync(clerk, $"{Api.Applications}/{id}/acceptance", new JsonObject { ["accept"] = true });
        var accepted = await clerk.GetJsonAsync($"{Api.Applications}/{id}/case");
        Assert.Equal("洪劳人仲案字〔2026〕1号", accepted.Text("caseNumber"));
        Assert.Equal("2026-04-16", accepted.GetProperty("awardPeriod").Text("dueDate"));
        using (var docx = await clerk.GetAsync($"{Api.Applications}/{id}/documents/acceptance-notice.docx"))
        {
            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        }

        // Service, the one-time notice with the first hearing, the defence.
        await PostAsync(clerk, $"{Api.Applications}/{id}/service", new JsonObject { ["step"] = "ApplicationCopyReceived", ["on"] = "2026-03-02" });
        await PostAsync(clerk, $"{Api.Applications}/{id}/one-time-notice", new JsonObject
        {
            ["arbitrators"] = "独任仲裁员 张敏",
            ["defenceDueDate"] = "2026-03-12",
            ["evidenceDueDate"] = "2026-03-13",
            ["hearingDate"] = "2026-03-16",
            ["hearingTime"] = "09:30",
            ["hearingPlace"] = "第三仲裁庭",
        });
        // The hearing notice is a deadline of the hearing (开庭五日前), completed when its service is recorded.
        var hearing = (await clerk.GetJsonAsync($"{Api.Applications}/{id}/case")).GetProperty("hearings")[0];
        Assert.Equal("2026-03-11", hearing.Text("noticeDueDate"));
        await PostAsync(clerk, $"{Api.Applications}/{id}/hearings/{hearing.GetProperty("id").GetGuid()}/notice-served", new JsonObject { ["servedOn"] = "2026-03-02" });
        var hearingDeadlines = (await clerk.GetJsonAsync($"{Api.Applications}/{id}")).GetProperty("deadlines").EnumerateArray().ToList();
        Assert.Equal("Completed", hearingDeadlines.Single(d => d.Text("ruleId") == "arbitration.hearing-notice").Text("state"));
        Assert.Equal("Open", hearingDeadlines.Single(d => d.Text("ruleId") == "arbitration.postponement-request").Text("state"));
        await PostAsync(clerk, $"{Api.Applications}/{id}/procedure", new JsonObject { ["simplified"] = "PartiesAgree" });
        var calendar = await clerk.GetJsonAsync("/api/arbitration/hearings?from=2026-03-16&days=1");
        Assert.Contains(calendar.EnumerateArray(), h => h.GetProperty("applicationId").GetGuid() == id && h.Text("room") == "第三仲裁庭");

        host.Clock.Advance(TimeSpan.FromDays(3)); // Thu 03-05: the session has lapsed, sign in again
        clerk.Dispose();
        clerk = await host.SignInAsync("arbitration");
        await PostAsync(clerk, $"{Api.Applications}/{id}/service", new JsonObject { ["step"] = "DefenceReceived", ["on"] = "2026-03-05" });
        await PostAsync(clerk, $"{Api.Applications}/{id}/service", new JsonObject { ["step"] = "DefenceCopyServed", ["on"] = "2026-03-05" });
        await PostAsync(clerk, $"{Api.Applications}/{id}/evidence-collections", new JsonObject { ["evidence"] = "工资发放记录", ["whyWorkerCannotCollect"] = "由用人单位保管" }, HttpStatusCode.Created);

        // A wrong award is refused with the field named, a mixed-up one with 409; nothing written.
        host.Clock.Advance(TimeSpan.FromDays(12)); // Tue 03-17, after the hearing
        clerk.Dispose();
        clerk = await host.SignInAsync("arbitration");
        using (var invalid = await clerk.PostJsonAsync($"{Api.Applications}/{id}/awards", new JsonObject { ["isPartial"] = false, ["decidedOn"] = "2026-03-17", ["items"] = new JsonArray() }))
        {
            var problem = await invalid.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("reasoning", problem.Errors().Keys);
        }

        using (var incomplete = await clerk.PostJsonAsync($"{Api.Applications}/{id}/awards", Award(false, (1, "Granted", null))))
        {
            Assert.Equal(HttpStatusCode.Conflict, incomplete.StatusCode);
        }

        await PostAsync(clerk, $"{Api.Applications}/{id}/awards", Award(false, (1, "Granted", null), (2, "Granted", null)), HttpStatusCode.Created);

        var awarded = await clerk.GetJsonAsync($"{Api.Applications}/{id}/case");
        Assert.Equal("Awarded", awarded.Text("status"));
        var award = awarded.GetProperty("awards").EnumerateArray().Single();
        Assert.True(award.GetProperty("isFinalAward").GetBoolean()); // 12,800.50 ≤ 24,000 and social insurance
        var deadlines = (await clerk.GetJsonAsync($"{Api.Applications}/{id}")).GetProperty("deadlines").EnumerateArray().ToList();
        Assert.Equal("Completed", deadlines.Single(d => d.Text("ruleId") == "arbitration.award").Text("state"));
        Assert.All(deadlines.Where(d => d.Text("ruleId") != "arbitration.defence"), d => Assert.NotEqual("Open", d.Text("state")));

        // The windows after the award, from the receipts; the printable award.
        await PostAsync(clerk, $"{Api.Applications}/{id}/awards/{award.GetProperty("id").GetGuid()}/service",
            new JsonObject { ["workerReceivedOn"] = "2026-03-17", ["employerReceivedOn"] = "2026-03-17" });
        var windows = (await clerk.GetJsonAsync($"{Api.Applications}/{id}/case")).GetProperty("awards")[0].GetProperty("windows").EnumerateArray()
            .Select(w => (w.Text("party"), w.Text("lastDay"))).ToList();
        Assert.Equal([("劳动者", "2026-04-01"), ("用人单位", "2026-04-16")], windows);
        var page = await clerk.GetStringAsync($"/Arbitration/Document/{id}/award-1");
        Assert.Contains("仲裁裁决书", page, StringComparison.Ordinal);
        Assert.Contains("终局裁决", page, StringComparison.Ordinal);

        // A letter to the employer, after the award.
        await PostAsync(clerk, $"{Api.Applications}/{id}/letters", new JsonObject
        {
            ["kind"] = "ArbitrationSuggestion",
            ["findings"] = "未按规定为劳动者缴纳社会保险",
            ["legalBasis"] = "《社会保险法》第五十八条",
            ["requests"] = "依法为全体职工办理社会保险登记并足额缴纳",
        }, HttpStatusCode.Created);
    }

    private static JsonObject Award(bool partial, params (int Ordinal, string Outcome, decimal? Amount)[] items) => new()
    {
        ["isPartial"] = partial,
        ["decidedOn"] = "2026-03-17",
        ["reasoning"] = "双方对欠薪数额无异议；用人单位未依法缴纳社会保险。",
        ["items"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject { ["ordinal"] = i.Ordinal, ["outcome"] = i.Outcome, ["awardedAmount"] = i.Amount, ["advanceExecution"] = i.Ordinal == 1 })]),
    };

    private static async Task PostAsync(HttpClient client, string url, JsonObject body, HttpStatusCode expected = HttpStatusCode.NoContent)
    {
        using var response = await client.PostJsonAsync(url, body);
        Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
