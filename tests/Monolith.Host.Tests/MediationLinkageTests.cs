using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests;

/// <summary>
/// 商、调 before 仲 through the HTTP API, both modules composed in the real service: the commission entrusts an
/// application's wage claims to mediation and receives the result; a mediation that fails becomes the commission's
/// draft under the same linkage number; an agreement goes to the commission for review; the mediator's errors are
/// problem details; the documents print and download.
/// </summary>
public sealed class MediationLinkageTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Cases = "/api/mediation/cases";
    private const string Links = "/api/arbitration/mediation-links";
    private const string Street = "红谷滩区沙井街道劳动争议调解室（演示）";
    private const string ArbitrationCentre = "南昌市劳动人事争议仲裁院调解中心（演示）";

    [Fact]
    public async Task Given_an_entrusted_wage_claim_When_the_mediation_centre_settles_it_Then_the_commission_sees_the_agreement_under_the_same_linkage_number()
    {
        var clerk = await host.ClientFor("arbitration");
        var mediator = await host.ClientFor("mediation");
        var (applicationId, linkageNumber) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(401)));

        using (var refused = await clerk.PostJsonAsync($"{Api.Applications}/{applicationId}/mediation-entrustment", new JsonObject { ["consentGiven"] = false }))
        {
            Assert.Equal(["consentGiven"], (await refused.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        }

        await EntrustAsync(clerk, applicationId);
        var entrusted = await WaitForCaseAsync(mediator, linkageNumber);
        Assert.Equal("Entrusted", entrusted.Text("channel"));
        Assert.Equal("Received", entrusted.Text("status"));
        Assert.Equal(string.Empty, entrusted.Text("organisationName"));

        var caseId = entrusted.GetProperty("id").GetGuid();
        var details = await mediator.GetJsonAsync($"{Cases}/{caseId}");
        Assert.Equal("Arbitration", details.GetProperty("entrustment").Text("entrustingModule"));
        Assert.Equal(linkageNumber, details.GetProperty("entrustment").Text("caseReference"));
        var claim = Assert.Single(details.GetProperty("claims").EnumerateArray());
        Assert.Equal("Wages", claim.Text("kind"));
        Assert.Equal(12800.50m, claim.GetProperty("amount").GetDecimal());

        // A street office does not take entrusted cases; the arbitration institute's mediation centre does.
        var street = await MediatorOfAsync(mediator, Street);
        using (var wrong = await mediator.PostJsonAsync($"{Cases}/{caseId}/acceptance", new JsonObject { ["mediatorId"] = street.Mediator, ["organisationId"] = street.Organisation }))
        {
            Assert.Equal("mediation.organisation-cannot-receive", (await wrong.ReadProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        }

        var centre = await MediatorOfAsync(mediator, ArbitrationCentre);
        await AcceptAsync(mediator, caseId, centre);
        await AgreeAsync(mediator, caseId, amount: 12000m);

        var result = await WaitForEntrustmentAsync(clerk, linkageNumber, "AgreementReached");
        Assert.Equal(applicationId, result.GetProperty("applicationId").GetGuid());
        Assert.Equal(ArbitrationCentre, result.Text("organisationName"));
        Assert.Equal(12000m, result.GetProperty("agreedAmount").GetDecimal());
        Assert.Equal("2026-03-20", result.Text("performanceDueDate"));
        Assert.Contains("工资", result.Text("agreementSummary"), StringComparison.Ordinal);

        var reported = await mediator.GetJsonAsync($"{Cases}/{caseId}");
        Assert.Equal("Agreed", reported.Text("status"));
        Assert.NotEqual(JsonValueKind.Null, reported.GetProperty("resultReportedAt").ValueKind);

        // The entrusting agency's view of its entrusted cases in Mediation's queue.
        var byAgency = await mediator.GetJsonAsync($"{Cases}?view=All&entrustingModule=Arbitration&pageSize=200");
        Assert.Contains(byAgency.GetProperty("items").EnumerateArray(), c => c.Text("linkageNumber") == linkageNumber);
    }

    [Fact]
    public async Task Given_an_entrusted_case_When_mediation_fails_Then_the_commission_gets_the_failure_with_its_reason_and_no_second_draft()
    {
        var clerk = await host.ClientFor("arbitration");
        var mediator = await host.ClientFor("mediation");
        var (applicationId, linkageNumber) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(402)));
        await EntrustAsync(clerk, applicationId);
        var caseId = (await WaitForCaseAsync(mediator, linkageNumber)).GetProperty("id").GetGuid();
        await AcceptAsync(mediator, caseId, await MediatorOfAsync(mediator, ArbitrationCentre));

        using (var ended = await mediator.PostJsonAsync($"{Cases}/{caseId}/end", new JsonObject { ["reason"] = "NoAgreement", ["note"] = "被申请人不同意支付" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        }

        var result = await WaitForEntrustmentAsync(clerk, linkageNumber, "Failed");
        Assert.Contains("未能达成调解协议", result.Text("reason"), StringComparison.Ordinal);

        // The commission already has this matter: once its handler has taken the failure (the delivery is audited under
        // the linkage number), there is no draft.
        var admin = await host.ClientFor("admin");
        await Eventually.MatchAsync(
            async () => (await admin.GetJsonAsync($"/api/admin/audit?subject={Uri.EscapeDataString(linkageNumber)}")).GetProperty("items").EnumerateArray().ToList(),
            entries => entries.Any(e => e.Text("action").Contains("draft-from-failed-mediation", StringComparison.Ordinal) && e.Text("outcome") == "Succeeded"),
            Api.EventualTimeout,
            because: "arbitration should take the MediationFailed event");
        var links = await clerk.GetJsonAsync($"{Links}?draftsPage=1");
        Assert.DoesNotContain(links.GetProperty("drafts").GetProperty("items").EnumerateArray(), d => d.Text("linkageNumber") == linkageNumber);

        // A second entrustment of the same application is possible once the first has come back.
        await EntrustAsync(clerk, applicationId);
    }

    [Fact]
    public async Task Given_a_direct_application_When_mediation_fails_Then_the_commission_has_a_draft_under_the_same_linkage_number()
    {
        var mediator = await host.ClientFor("mediation");
        var clerk = await host.ClientFor("arbitration");
        var street = await MediatorOfAsync(mediator, Street);
        var application = Application(street.Organisation, new FakeIdentity(403));
        var (caseId, linkageNumber) = await ApplyAsync(mediator, application);
        Assert.Matches(@"^360100-TJ-2026-\d{6}$", linkageNumber);
        await AcceptAsync(mediator, caseId, street);

        using (var ended = await mediator.PostJsonAsync($"{Cases}/{caseId}/end", new JsonObject { ["reason"] = "NoAgreement" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        }

        var draft = await Eventually.MatchAsync(
            async () => (await clerk.GetJsonAsync($"{Links}?draftsPage=1")).GetProperty("drafts").GetProperty("items").EnumerateArray()
                .Where(d => d.Text("linkageNumber") == linkageNumber).Select(d => (JsonElement?)d).SingleOrDefault(),
            d => d is not null,
            Api.EventualTimeout,
            because: "the failed mediation should reach arbitration as a draft");
        Assert.Equal(Street, draft!.Value.Text("organisationName"));
        Assert.Contains("未能达成调解协议", draft.Value.Text("reason"), StringComparison.Ordinal);
        Assert.Contains("劳动报酬", draft.Value.Text("claimsSummary"), StringComparison.Ordinal);
        Assert.Equal(8400m, draft.Value.GetProperty("claimedTotal").GetDecimal());
        Assert.NotEqual(application["applicant"]!["residentIdNumber"]!.GetValue<string>(), draft.Value.Text("applicantIdNumber"));
        Assert.Contains("*", draft.Value.Text("applicantIdNumber"), StringComparison.Ordinal);

        var failed = await mediator.GetJsonAsync($"{Cases}/{caseId}");
        Assert.Equal("Failed", failed.Text("status"));
        Assert.Equal("NoAgreement", failed.Text("failureReason"));
        Assert.Equal("Completed", Assert.Single(failed.GetProperty("deadlines").EnumerateArray(), d => d.Text("ruleId") == "mediation.no-agreement-arbitration").Text("state"));

        using var termination = await mediator.GetAsync($"{Cases}/{caseId}/documents/termination.docx");
        Assert.Equal(HttpStatusCode.OK, termination.StatusCode);
        var text = DocxText(await termination.Content.ReadAsByteArrayAsync());
        Assert.Contains("调解终结书", text, StringComparison.Ordinal);
        Assert.Contains("申请仲裁", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_agreement_When_the_parties_apply_for_arbitration_review_in_time_Then_the_commission_holds_it_for_review()
    {
        var mediator = await host.ClientFor("mediation");
        var clerk = await host.ClientFor("arbitration");
        var street = await MediatorOfAsync(mediator, Street);
        var (caseId, linkageNumber) = await ApplyAsync(mediator, street.Organisation, new FakeIdentity(404));
        await AcceptAsync(mediator, caseId, street);
        await AgreeAsync(mediator, caseId, amount: 8000m);

        var agreed = await mediator.GetJsonAsync($"{Cases}/{caseId}");
        Assert.Equal("Open", Assert.Single(agreed.GetProperty("deadlines").EnumerateArray(), d => d.Text("ruleId") == "mediation.judicial-confirmation-application").Text("state"));

        using (var alone = await mediator.PostJsonAsync($"{Cases}/{caseId}/arbitration-review", new JsonObject { ["partiesApplyJointly"] = false }))
        {
            Assert.Equal(["partiesApplyJointly"], (await alone.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        }

        using (var applied = await mediator.PostJsonAsync($"{Cases}/{caseId}/arbitration-review", new JsonObject { ["partiesApplyJointly"] = true }))
        {
            Assert.Equal(HttpStatusCode.Accepted, applied.StatusCode);
        }

        var review = await WaitForReviewAsync(clerk, linkageNumber);
        Assert.Equal("AwaitingReview", review.Text("status"));
        Assert.True(review.GetProperty("appliedInTime").GetBoolean());
        Assert.Equal(agreed.Text("agreementNumber"), review.Text("agreementNumber"));
        Assert.Equal(Street, review.Text("mediatingOrganisation"));
        Assert.Equal(8000m, review.GetProperty("agreedAmount").GetDecimal());

        var pending = await mediator.GetJsonAsync($"{Cases}/{caseId}");
        Assert.Equal("ArbitrationReview", pending.Text("confirmationRoute"));
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("arbitrationReview").GetProperty("decision").ValueKind);
        Assert.Equal("Cancelled", Assert.Single(pending.GetProperty("deadlines").EnumerateArray(), d => d.Text("ruleId") == "mediation.judicial-confirmation-application").Text("state"));

        using var twice = await mediator.PostJsonAsync($"{Cases}/{caseId}/arbitration-review", new JsonObject { ["partiesApplyJointly"] = true });
        Assert.Equal("mediation.confirmation-chosen", (await twice.ReadProblemAsync(HttpStatusCode.Conflict)).Text("code"));
    }

    [Fact]
    public async Task Given_bad_or_impossible_requests_Then_the_mediation_api_answers_400_naming_the_field_409_with_the_rule_or_404_and_writes_nothing()
    {
        var mediator = await host.ClientFor("mediation");
        var street = await MediatorOfAsync(mediator, Street);
        var body = Application(street.Organisation, new FakeIdentity(405));
        var name = body["applicant"]!["name"]!.GetValue<string>();
        body["applicant"]!["residentIdNumber"] = Api.WithWrongCheckCharacter(body["applicant"]!["residentIdNumber"]!.GetValue<string>(), "0123456789X");
        body["claims"]![0]!["amount"] = -1m;

        using (var invalid = await mediator.PostJsonAsync(Cases, body))
        {
            var errors = (await invalid.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
            Assert.Equal(["applicant.residentIdNumber", "claims[0].amount"], errors.Keys.Order(StringComparer.Ordinal));
            Assert.All(errors.Values.SelectMany(m => m), m => Assert.True(Api.ContainsChinese(m), m));
        }

        var all = await mediator.GetJsonAsync($"{Cases}?view=All&pageSize=200");
        Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), c => c.Text("applicantName") == name);

        var (caseId, _) = await ApplyAsync(mediator, street.Organisation, new FakeIdentity(406));
        await AcceptAsync(mediator, caseId, street);
        using (var again = await mediator.PostJsonAsync($"{Cases}/{caseId}/acceptance", new JsonObject { ["mediatorId"] = street.Mediator }))
        {
            Assert.Equal("mediation.not-awaiting-acceptance", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        }

        using (var early = await mediator.PostJsonAsync($"{Cases}/{caseId}/performance", new JsonObject { ["performed"] = true, ["performedOn"] = "2026-03-02" }))
        {
            Assert.Equal("mediation.not-awaiting-performance", (await early.ReadProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        }

        using var missing = await mediator.GetAsync($"{Cases}/{Guid.NewGuid()}");
        await missing.ReadProblemAsync(HttpStatusCode.NotFound);

        using var noNotice = await mediator.GetAsync($"{Cases}/{caseId}/documents/fulfilment-notice.docx");
        Assert.Equal(HttpStatusCode.NotFound, noNotice.StatusCode);

        var clerk = await host.ClientFor("arbitration");
        using var foreign = await clerk.GetAsync($"{Cases}/{caseId}");
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    [Fact]
    public async Task Given_an_agreement_with_its_fulfilment_notice_Then_both_print_as_official_pages_and_download_as_word_files()
    {
        var mediator = await host.ClientFor("mediation");
        var street = await MediatorOfAsync(mediator, Street);
        var application = Application(street.Organisation, new FakeIdentity(407));
        var (caseId, linkageNumber) = await ApplyAsync(mediator, application);
        await AcceptAsync(mediator, caseId, street);
        await AgreeAsync(mediator, caseId, amount: 8000m);
        using (var notice = await mediator.PostAsync($"{Cases}/{caseId}/fulfilment-notice", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, notice.StatusCode);
        }

        var details = await mediator.GetJsonAsync($"{Cases}/{caseId}");
        using var agreementDocx = await mediator.GetAsync($"{Cases}/{caseId}/documents/agreement.docx");
        Assert.Equal(HttpStatusCode.OK, agreementDocx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", agreementDocx.Content.Headers.ContentType?.MediaType);
        var agreement = DocxText(await agreementDocx.Content.ReadAsByteArrayAsync());
        Assert.Contains("劳动争议调解协议书", agreement, StringComparison.Ordinal);
        Assert.Contains(details.Text("agreementNumber"), agreement, StringComparison.Ordinal);
        Assert.Contains("8,000.00", agreement, StringComparison.Ordinal);
        Assert.Contains(linkageNumber, agreement, StringComparison.Ordinal);
        Assert.Contains(application["applicant"]!["name"]!.GetValue<string>(), agreement, StringComparison.Ordinal);

        using var noticeDocx = await mediator.GetAsync($"{Cases}/{caseId}/documents/fulfilment-notice.docx");
        var noticeText = DocxText(await noticeDocx.Content.ReadAsByteArrayAsync());
        Assert.Contains("调解协议履行告知书", noticeText, StringComparison.Ordinal);
        Assert.Contains("2026年3月20日", noticeText, StringComparison.Ordinal);
        Assert.Contains(details.Text("noticeNumber"), noticeText, StringComparison.Ordinal);

        var page = await mediator.GetStringAsync($"/Mediation/Document/{caseId}/fulfilment-notice");
        Assert.Contains("调解协议履行告知书", page, StringComparison.Ordinal);
        Assert.Contains("@page", page, StringComparison.Ordinal);
        Assert.Contains($"/api/mediation/cases/{caseId}/documents/fulfilment-notice.docx", page, StringComparison.Ordinal);
        using var noTermination = await mediator.GetAsync($"/Mediation/Document/{caseId}/termination");
        Assert.Equal(HttpStatusCode.NotFound, noTermination.StatusCode);
    }

    internal static async Task EntrustAsync(HttpClient clerk, Guid applicationId)
    {
        using var response = await clerk.PostJsonAsync($"{Api.Applications}/{applicationId}/mediation-entrustment", new JsonObject { ["consentGiven"] = true });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    internal static async Task<JsonElement> WaitForCaseAsync(HttpClient mediator, string linkageNumber)
    {
        var found = await Eventually.MatchAsync(
            async () => (await mediator.GetJsonAsync($"{Cases}?view=All&pageSize=200")).GetProperty("items").EnumerateArray()
                .Where(c => c.Text("linkageNumber") == linkageNumber).Select(c => (JsonElement?)c).SingleOrDefault(),
            c => c is not null,
            Api.EventualTimeout,
            because: $"the entrustment of {linkageNumber} should reach mediation");
        return found!.Value;
    }

    internal static async Task<JsonElement> WaitForEntrustmentAsync(HttpClient clerk, string linkageNumber, string status)
    {
        var found = await Eventually.MatchAsync(
            async () => (await clerk.GetJsonAsync(Links)).GetProperty("entrustments").GetProperty("items").EnumerateArray()
                .Where(e => e.Text("linkageNumber") == linkageNumber && e.Text("status") != "AwaitingResult").Select(e => (JsonElement?)e).FirstOrDefault(),
            e => e is not null,
            Api.EventualTimeout,
            because: $"mediation's result for {linkageNumber} should reach the commission");
        Assert.Equal(status, found!.Value.Text("status"));
        return found.Value;
    }

    internal static async Task<JsonElement> WaitForReviewAsync(HttpClient clerk, string linkageNumber)
    {
        var found = await Eventually.MatchAsync(
            async () => (await clerk.GetJsonAsync(Links)).GetProperty("reviews").GetProperty("items").EnumerateArray()
                .Where(r => r.Text("linkageNumber") == linkageNumber).Select(r => (JsonElement?)r).SingleOrDefault(),
            r => r is not null,
            Api.EventualTimeout,
            because: $"the review application of {linkageNumber} should reach the commission");
        return found!.Value;
    }

    /// <summary>A demo organisation by name and its first available mediator.</summary>
    internal static async Task<(Guid Organisation, Guid Mediator)> MediatorOfAsync(HttpClient mediator, string organisationName)
    {
        var organisation = (await mediator.GetJsonAsync("/api/mediation/organisations?pageSize=200")).GetProperty("items").EnumerateArray()
            .Single(o => o.Text("name") == organisationName).GetProperty("id").GetGuid();
        var first = (await mediator.GetJsonAsync($"/api/mediation/mediators?organisationId={organisation}&availableOnly=true")).GetProperty("items").EnumerateArray().First();
        return (organisation, first.GetProperty("id").GetGuid());
    }

    internal static JsonObject Application(Guid organisationId, FakeIdentity fake) => new()
    {
        ["organisationId"] = organisationId,
        ["applicant"] = new JsonObject { ["name"] = fake.PersonName(), ["residentIdNumber"] = fake.ResidentIdNumber(), ["phone"] = fake.MobileNumber() },
        ["respondent"] = new JsonObject { ["name"] = fake.EmployerName(), ["creditCode"] = fake.CreditCode() },
        ["claims"] = new JsonArray(new JsonObject { ["kind"] = "Wages", ["amount"] = 8400m, ["description"] = "2026年1月至2月工资" }),
        ["channel"] = "Window",
    };

    internal static Task<(Guid Id, string LinkageNumber)> ApplyAsync(HttpClient mediator, Guid organisationId, FakeIdentity fake) =>
        ApplyAsync(mediator, Application(organisationId, fake));

    internal static async Task<(Guid Id, string LinkageNumber)> ApplyAsync(HttpClient mediator, JsonObject application)
    {
        using var response = await mediator.PostJsonAsync(Cases, application);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        return (body.GetProperty("id").GetGuid(), body.Text("linkageNumber"));
    }

    internal static async Task AcceptAsync(HttpClient mediator, Guid caseId, (Guid Organisation, Guid Mediator) by)
    {
        using var response = await mediator.PostJsonAsync($"{Cases}/{caseId}/acceptance", new JsonObject { ["mediatorId"] = by.Mediator, ["organisationId"] = by.Organisation });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"Expected 204, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Drafts an agreement to be performed by 2026-03-20 and records that both parties signed it on 2026-03-02.</summary>
    internal static async Task AgreeAsync(HttpClient mediator, Guid caseId, decimal amount)
    {
        var draft = new JsonObject
        {
            ["terms"] = "被申请人支付申请人2026年1月至2月工资。\n双方就本争议再无其他纠纷。",
            ["agreedAmount"] = amount,
            ["performanceDueDate"] = "2026-03-20",
            ["performanceMethod"] = "银行转账",
            ["capacityNote"] = "被申请人经营正常，账户余额足以支付。",
        };
        using (var drafted = await mediator.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{Cases}/{caseId}/agreement")
        {
            Content = new StringContent(draft.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        }))
        {
            Assert.True(drafted.StatusCode == HttpStatusCode.NoContent, $"Expected 204, got {(int)drafted.StatusCode}: {await drafted.Content.ReadAsStringAsync()}");
        }

        using var confirmed = await mediator.PostJsonAsync(
            $"{Cases}/{caseId}/agreement/confirmation", new JsonObject { ["partiesSigned"] = true, ["workerSignedOn"] = "2026-03-02", ["employerSignedOn"] = "2026-03-02" });
        Assert.True(confirmed.StatusCode == HttpStatusCode.NoContent, $"Expected 204, got {(int)confirmed.StatusCode}: {await confirmed.Content.ReadAsStringAsync()}");
    }

    internal static string DocxText(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }
}

/// <summary>
/// An application for arbitration review made after the 15 days of 办案规则 第七十四条: the commission refuses it at once
/// and the refusal comes back to the mediation case. Its own host, because the clock moves.
/// </summary>
public sealed class MediationLateReviewTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Given_an_agreement_effective_sixteen_days_ago_When_the_parties_apply_for_review_Then_the_commission_refuses_it_as_late_and_the_case_shows_why()
    {
        var mediator = await host.SignInAsync("mediation");
        var street = await MediationLinkageTests.MediatorOfAsync(mediator, "红谷滩区沙井街道劳动争议调解室（演示）");
        var (caseId, linkageNumber) = await MediationLinkageTests.ApplyAsync(mediator, street.Organisation, new FakeIdentity(411));
        await MediationLinkageTests.AcceptAsync(mediator, caseId, street);
        await MediationLinkageTests.AgreeAsync(mediator, caseId, amount: 8000m);

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 18, 10, 0, 0, TimeSpan.FromHours(8)));
        mediator = await host.SignInAsync("mediation");
        using (var applied = await mediator.PostJsonAsync($"/api/mediation/cases/{caseId}/arbitration-review", new JsonObject { ["partiesApplyJointly"] = true }))
        {
            Assert.Equal(HttpStatusCode.Accepted, applied.StatusCode);
        }

        var decided = await Eventually.MatchAsync(
            async () => (await mediator.GetJsonAsync($"/api/mediation/cases/{caseId}")).GetProperty("arbitrationReview"),
            r => r.GetProperty("decision").ValueKind != JsonValueKind.Null,
            Api.EventualTimeout,
            because: "the commission's refusal should come back to the case");
        Assert.Equal("NotConfirmed", decided.Text("decision"));
        Assert.False(decided.GetProperty("appliedInTime").GetBoolean());
        Assert.Contains("第七十四条", decided.Text("reason"), StringComparison.Ordinal);

        var clerk = await host.SignInAsync("arbitration");
        var review = await MediationLinkageTests.WaitForReviewAsync(clerk, linkageNumber);
        Assert.False(review.GetProperty("appliedInTime").GetBoolean());
    }
}

/// <summary>The statistics of seed 001 item 30 through the API: per organisation, as JSON for the chart and as CSV. Its own host, so the counts are this test's.</summary>
public sealed class MediationStatisticsApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Given_one_agreement_and_one_failure_at_an_organisation_Then_its_row_shows_two_accepted_fifty_percent_and_the_csv_says_the_same()
    {
        const string street = "红谷滩区沙井街道劳动争议调解室（演示）";
        var mediator = await host.ClientFor("mediation");
        var by = await MediationLinkageTests.MediatorOfAsync(mediator, street);
        var (agreed, _) = await MediationLinkageTests.ApplyAsync(mediator, by.Organisation, new FakeIdentity(421));
        await MediationLinkageTests.AcceptAsync(mediator, agreed, by);
        await MediationLinkageTests.AgreeAsync(mediator, agreed, amount: 8000m);
        var (failed, _) = await MediationLinkageTests.ApplyAsync(mediator, by.Organisation, new FakeIdentity(422));
        await MediationLinkageTests.AcceptAsync(mediator, failed, by);
        using (var ended = await mediator.PostJsonAsync($"/api/mediation/cases/{failed}/end", new JsonObject { ["reason"] = "NoAgreement" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        }

        var report = await mediator.GetJsonAsync("/api/mediation/statistics?from=2026-03-01&to=2026-03-31");
        var row = Assert.Single(report.GetProperty("organisations").EnumerateArray(), o => o.Text("name") == street);
        Assert.Equal((2, 1, 1), (row.GetProperty("accepted").GetInt32(), row.GetProperty("succeeded").GetInt32(), row.GetProperty("failed").GetInt32()));
        Assert.Equal(0.5, row.GetProperty("successRate").GetDouble());
        Assert.Equal(2, report.GetProperty("total").GetProperty("accepted").GetInt32());

        using var csv = await mediator.GetAsync("/api/mediation/statistics.csv?from=2026-03-01&to=2026-03-31");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("调解组织,类型,受理数,调解成功数,调解不成数,办理中,调解成功率,平均办理天数", text, StringComparison.Ordinal);
        var line = Assert.Single(text.Split('\n'), l => l.StartsWith(street + ",", StringComparison.Ordinal));
        Assert.Contains(",2,1,1,0,50.0%,", line, StringComparison.Ordinal);

        using var invalid = await mediator.GetAsync("/api/mediation/statistics?from=2026-03-31&to=2026-03-01");
        Assert.Equal(["to"], (await invalid.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
    }
}
