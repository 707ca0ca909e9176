using System.Net;
using System.Text.Json.Nodes;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests;

/// <summary>
/// A legal-aid reviewer takes a direct application from intake to closure through the HTTP API: window intake, the
/// one-time materials notice and the supplement, the grant with reasons, assignment after a refused conflicting
/// lawyer, representation, closure, archive and follow-up, with the documents as Word files and the figures.
/// </summary>
public sealed class LegalAidDirectApplicationTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Applications = "/api/legalaid/applications";

    [Fact]
    public async Task A_direct_application_goes_from_intake_to_closure()
    {
        var reviewer = await host.ClientFor("legalaid");
        var fake = new FakeIdentity(7301);
        var employer = fake.EmployerName();
        var creditCode = fake.CreditCode();

        using var submitted = await reviewer.PostJsonAsync(Applications, new JsonObject
        {
            ["channel"] = "Window",
            ["applicantName"] = fake.PersonName(),
            ["residentIdNumber"] = fake.ResidentIdNumber(),
            ["phone"] = fake.MobileNumber(),
            ["isMigrantWorker"] = true,
            ["employerName"] = employer,
            ["employerCreditCode"] = creditCode,
            ["claims"] = new JsonArray(new JsonObject { ["kind"] = "LabourRemuneration", ["amount"] = 12000, ["description"] = "拖欠三个月工资" }),
            ["economicHardshipStated"] = true,
        });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var created = await submitted.ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        Assert.Matches(@"^360100-FY-2026-\d{6}$", created.Text("linkageNumber"));
        Assert.Equal($"{Applications}/{id}", submitted.Headers.Location?.OriginalString);

        var details = await reviewer.GetJsonAsync($"{Applications}/{id}");
        Assert.Equal("PendingReview", details.Text("status"));
        Assert.True(details.GetProperty("eligibility").GetProperty("eligible").GetBoolean());
        var review = Assert.Single(details.GetProperty("deadlines").EnumerateArray(), d => d.Text("ruleId") == Api.ReviewRule);
        Assert.Equal("2026-03-09", review.Text("dueDate"));

        await PostAsync(reviewer, $"{Applications}/{id}/materials-notice", new JsonObject { ["missingMaterials"] = "劳动合同或者工资条", ["supplementDueOn"] = "2026-03-13" });
        Assert.Equal("AwaitingMaterials", (await reviewer.GetJsonAsync($"{Applications}/{id}")).Text("status"));
        await AssertDocxAsync(reviewer, id, "materials-notice");
        await PostAsync(reviewer, $"{Applications}/{id}/materials-supplemented", new JsonObject());

        await PostAsync(reviewer, $"{Applications}/{id}/grant", new JsonObject { ["reasons"] = "进城务工人员请求支付劳动报酬，免予核查经济困难状况，符合法律援助条件。" });
        await AssertDocxAsync(reviewer, id, "grant-decision");

        var workload = (await reviewer.GetJsonAsync("/api/legalaid/lawyers/workload")).GetProperty("items").EnumerateArray().ToList();
        var conflicted = workload[0].GetProperty("id").GetGuid();
        var free = workload[1].GetProperty("id").GetGuid();
        await PostAsync(reviewer, $"/api/legalaid/lawyers/{conflicted}/engagements", new JsonObject { ["employerName"] = employer, ["employerCreditCode"] = creditCode, ["matter"] = "常年法律顾问" });
        using (var refused = await reviewer.PostJsonAsync($"{Applications}/{id}/assign", new JsonObject { ["lawyerId"] = conflicted }))
        {
            var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("利益冲突", problem.Text("detail"), StringComparison.Ordinal);
        }

        using (var invalid = await reviewer.PostJsonAsync($"{Applications}/{id}/assign", new JsonObject()))
        {
            Assert.Equal(["lawyerId"], (await invalid.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        }

        await PostAsync(reviewer, $"{Applications}/{id}/assign", new JsonObject { ["lawyerId"] = free });
        await AssertDocxAsync(reviewer, id, "assignment-notice");

        await PostAsync(reviewer, $"{Applications}/{id}/representations", new JsonObject
        {
            ["stage"] = "Arbitration", ["forum"] = "南昌市劳动人事争议仲裁院", ["caseReference"] = "洪劳人仲案字〔2026〕12号", ["on"] = "2026-03-20", ["account"] = "代理出庭",
        });
        await PostAsync(reviewer, $"{Applications}/{id}/closure", new JsonObject { ["summary"] = "仲裁调解结案，用人单位已支付" });
        await PostAsync(reviewer, $"{Applications}/{id}/archive", new JsonObject { ["archiveNumber"] = "FY-2026-0301" });
        await PostAsync(reviewer, $"{Applications}/{id}/satisfaction", new JsonObject { ["score"] = 5, ["comment"] = "满意" });

        var closed = await reviewer.GetJsonAsync($"{Applications}/{id}");
        Assert.Equal("Closed", closed.Text("status"));
        Assert.Equal("FY-2026-0301", closed.Text("archiveNumber"));
        Assert.Equal(5, closed.GetProperty("satisfactionScore").GetInt32());
        Assert.Equal("Arbitration", Assert.Single(closed.GetProperty("representations").EnumerateArray()).Text("stage"));
        Assert.All(closed.GetProperty("deadlines").EnumerateArray(), d => Assert.NotEqual("Open", d.Text("state")));

        var statistics = await reviewer.GetJsonAsync("/api/legalaid/statistics?from=2026-03-01&to=2026-03-31");
        Assert.True(statistics.GetProperty("total").GetProperty("closed").GetInt32() >= 1);

        using var page = await reviewer.GetAsync($"/LegalAid/Application/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("FY-2026-0301", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_justice_bureau_decides_an_objection_and_other_staff_are_kept_out()
    {
        var reviewer = await host.ClientFor("legalaid");
        var justice = await host.ClientFor("justice");
        var fake = new FakeIdentity(7302);
        using var submitted = await reviewer.PostJsonAsync(Applications, new JsonObject
        {
            ["channel"] = "Online", ["applicantName"] = fake.PersonName(), ["residentIdNumber"] = fake.ResidentIdNumber(), ["phone"] = fake.MobileNumber(),
            ["isMigrantWorker"] = false, ["employerName"] = fake.EmployerName(),
            ["claims"] = new JsonArray(new JsonObject { ["kind"] = "SocialInsuranceBenefits" }),
            ["economicHardshipStated"] = true, ["monthlyIncomePerCapita"] = 3000,
        });
        var id = (await submitted.ReadJsonAsync()).GetProperty("id").GetGuid();
        await PostAsync(reviewer, $"{Applications}/{id}/refuse", new JsonObject { ["reason"] = "家庭人均月收入高于本省经济困难标准" });
        await AssertDocxAsync(reviewer, id, "refusal-decision");
        await PostAsync(reviewer, $"{Applications}/{id}/objection", new JsonObject { ["text"] = "家庭人口计算有误" });

        using (var byReviewer = await reviewer.PostJsonAsync($"{Applications}/{id}/objection/decision", new JsonObject { ["upheld"] = true, ["reasons"] = "成立" }))
        {
            await byReviewer.ReadProblemAsync(HttpStatusCode.Conflict);
        }

        await PostAsync(justice, $"{Applications}/{id}/objection/decision", new JsonObject { ["upheld"] = true, ["reasons"] = "家庭人口应为5人，人均收入低于标准" });
        var decided = await reviewer.GetJsonAsync($"{Applications}/{id}");
        Assert.Equal("Granted", decided.Text("status"));
        Assert.Contains(decided.GetProperty("deadlines").EnumerateArray(), d => d.Text("ruleId") == "legalaid.assign-provider" && d.Text("state") == "Open");

        var clerk = await host.ClientFor("arbitration");
        using var forbidden = await clerk.GetAsync($"{Applications}/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static async Task PostAsync(HttpClient client, string path, JsonObject body)
    {
        using var response = await client.PostJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task AssertDocxAsync(HttpClient client, Guid id, string kind)
    {
        using var response = await client.GetAsync($"{Applications}/{id}/documents/{kind}.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }
}
