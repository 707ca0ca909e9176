using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Modules;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Supervision.Contracts;
using Monolith.Testing;

namespace Monolith.Host.Tests;

/// <summary>
/// 劳动保障监察 through the HTTP API of the real service: a complaint from intake to closure with its notices (printable
/// page and Word), a referral to arbitration arriving there as a draft under the same linkage number, an evidence
/// request from legal aid and a lead from a union answered back to them, and a risk alert from supervision taken up.
/// The requesting modules' events are put into their own outboxes, as their commands would, and relayed by the service.
/// </summary>
public sealed class InspectionApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Cases = "/api/inspection/cases";

    [Fact]
    public async Task A_complaint_goes_from_intake_to_closure_with_its_notices()
    {
        var officer = await host.ClientFor("inspection");
        var fake = new FakeIdentity(9101);
        var (id, linkageNumber, _) = await RegisterAsync(officer, fake);

        using (var accepted = await officer.PostJsonAsync($"{Cases}/{id}/acceptance", new JsonObject { ["withinRemit"] = true, ["withinJurisdiction"] = true }))
        {
            Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        }

        using (var order = await officer.PostJsonAsync($"{Cases}/{id}/orders", new JsonObject
        {
            ["kind"] = "Payment", ["requirements"] = "支付拖欠的工资", ["amount"] = 12000m, ["periodDays"] = 10,
        }))
        {
            Assert.True(order.IsSuccessStatusCode, await order.Content.ReadAsStringAsync());
        }

        var filed = await officer.GetJsonAsync($"{Cases}/{id}");
        Assert.Equal("Investigating", filed.Text("status"));
        var orderId = filed.GetProperty("orders").EnumerateArray().Single().GetProperty("id").GetGuid();
        Assert.Contains(filed.GetProperty("deadlines").EnumerateArray(), d => d.Text("ruleId") == "inspection.complete-investigation" && d.Text("state") == "Open");

        using (var complied = await officer.PostJsonAsync($"{Cases}/{id}/orders/{orderId}/compliance", new JsonObject { ["amountPaid"] = 12000m, ["note"] = "已全额支付" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, complied.StatusCode);
        }

        using (var missing = await officer.PostJsonAsync($"{Cases}/{id}/closure", new JsonObject { ["outcome"] = "WagesRecovered", ["summary"] = "追回工资" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, missing.StatusCode);
        }

        using (var closed = await officer.PostJsonAsync($"{Cases}/{id}/closure", new JsonObject
        {
            ["outcome"] = "WagesRecovered", ["wagesRecovered"] = 12000m, ["workersCovered"] = 1, ["summary"] = "用人单位已全额支付拖欠工资",
        }))
        {
            Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        }

        var done = await officer.GetJsonAsync($"{Cases}/{id}");
        Assert.Equal("Closed", done.Text("status"));
        Assert.Equal(12000m, done.GetProperty("closure").GetProperty("wagesRecovered").GetDecimal());
        Assert.Contains(done.GetProperty("deadlines").EnumerateArray(), d => d.Text("ruleId") == "inspection.complete-investigation" && d.Text("state") == "Completed");

        foreach (var (kind, title) in new[] { ("Acceptance", "劳动保障监察投诉受理告知书"), ("FilingApproval", "劳动保障监察立案审批表"), ("Order", "劳动保障监察") })
        {
            var item = kind == "Order" ? $"&item={orderId}" : string.Empty;
            using var page = await officer.GetAsync($"{Cases}/{id}/documents/{kind}?format=html{item}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(title, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var word = await officer.GetAsync($"{Cases}/{id}/documents/{kind}?format=docx{item}");
            Assert.Equal(HttpStatusCode.OK, word.StatusCode);
            using var stream = new MemoryStream(await word.Content.ReadAsByteArrayAsync());
            using var docx = WordprocessingDocument.Open(stream, false);
            Assert.Contains(title, docx.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        using var printable = await officer.GetAsync($"/Inspection/Document/{id}/Acceptance");
        Assert.Equal(HttpStatusCode.OK, printable.StatusCode);
        var printed = await printable.Content.ReadAsStringAsync();
        Assert.Contains("劳动保障监察投诉受理告知书", printed, StringComparison.Ordinal);
        Assert.Contains("下载Word", printed, StringComparison.Ordinal);
        using var approval = await officer.GetAsync($"{Cases}/{id}/documents/FilingApproval");
        Assert.Contains(linkageNumber, await approval.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var none = await officer.GetAsync($"{Cases}/{id}/documents/NonAcceptance");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task A_complaint_with_a_missing_field_is_refused_naming_it_and_another_agency_cannot_use_the_api()
    {
        var officer = await host.ClientFor("inspection");
        var body = Complaint(new FakeIdentity(9102));
        body["facts"] = " ";
        using var refused = await officer.PostJsonAsync(Cases, body);
        var errors = (await refused.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.Contains("facts", errors.Keys);

        var clerk = await host.ClientFor("arbitration");
        using var forbidden = await clerk.GetAsync(Cases);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task A_referral_to_arbitration_arrives_there_as_a_draft_under_the_same_linkage_number()
    {
        var officer = await host.ClientFor("inspection");
        var clerk = await host.ClientFor("arbitration");
        var (id, linkageNumber, workerId) = await RegisterAsync(officer, new FakeIdentity(9103));
        using (var accepted = await officer.PostJsonAsync($"{Cases}/{id}/acceptance", new JsonObject { ["withinRemit"] = true, ["withinJurisdiction"] = true }))
        {
            Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        }

        using (var unconsented = await officer.PostJsonAsync($"{Cases}/{id}/arbitration-referral", new JsonObject
        {
            ["workerId"] = workerId, ["reason"] = "EmployerRefusedNegotiation", ["workerConsents"] = false,
        }))
        {
            Assert.Contains("workerConsents", (await unconsented.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        }

        using (var referred = await officer.PostJsonAsync($"{Cases}/{id}/arbitration-referral", new JsonObject
        {
            ["workerId"] = workerId, ["reason"] = "EmployerRefusedNegotiation", ["note"] = "用人单位拒绝协商", ["workerConsents"] = true,
        }))
        {
            Assert.True(referred.IsSuccessStatusCode, await referred.Content.ReadAsStringAsync());
        }

        var draft = await Eventually.MatchAsync(
            async () => (await clerk.GetJsonAsync(Api.Applications)).GetProperty("items").EnumerateArray().FirstOrDefault(a => a.Text("linkageNumber") == linkageNumber),
            a => a.ValueKind == JsonValueKind.Object,
            Api.EventualTimeout,
            "the referral reaches arbitration as a draft");
        Assert.Equal("Draft", draft.Text("status"));
    }

    [Fact]
    public async Task An_evidence_request_from_legal_aid_is_answered_and_legal_aid_sees_the_answer_on_its_own_requests()
    {
        var officer = await host.ClientFor("inspection");
        var legalAid = await host.ClientFor("legalaid");
        var union = await host.ClientFor("union");
        var requestId = Guid.NewGuid();
        var fake = new FakeIdentity(9104);
        await PublishFromAsync("LegalAid", new EvidenceAssistanceRequestedIntegrationEvent(
            Guid.NewGuid(), host.Clock.GetUtcNow(), "360100-FY-2026-009104", requestId, "LegalAid", "法律援助中心", "援字〔2026〕9104号",
            fake.PersonName(), fake.EmployerName(), fake.CreditCode(), null, "考勤记录和工资发放记录", "用人单位拒绝向劳动者提供", "legalaid"));

        var queued = await Eventually.MatchAsync(
            async () => (await officer.GetJsonAsync("/api/inspection/evidence-requests")).GetProperty("items").EnumerateArray()
                .FirstOrDefault(r => r.GetProperty("requestId").GetGuid() == requestId),
            r => r.ValueKind == JsonValueKind.Object,
            Api.EventualTimeout,
            "legal aid's request reaches inspection");
        var id = queued.GetProperty("id").GetGuid();
        Assert.NotEqual(string.Empty, queued.Text("answerDueAt"));

        using (var noted = await officer.PostJsonAsync($"/api/inspection/evidence-requests/{id}/notification", new JsonObject { ["notified"] = "书面通知用人单位人事负责人" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, noted.StatusCode);
        }

        using (var answered = await officer.PostJsonAsync($"/api/inspection/evidence-requests/{id}/answer", new JsonObject
        {
            ["outcome"] = "Collected", ["collectedItems"] = new JsonArray("考勤记录（复印件）", "工资发放记录（复印件）"),
        }))
        {
            Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        }

        var own = (await legalAid.GetJsonAsync("/api/inspection/requested/evidence-requests")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("requestId").GetGuid() == requestId);
        Assert.Equal("Collected", own.Text("outcome"));
        Assert.Equal(2, own.GetProperty("collectedItems").GetArrayLength());
        Assert.True(own.GetProperty("answeredInTime").GetBoolean());
        Assert.DoesNotContain((await union.GetJsonAsync("/api/inspection/requested/evidence-requests")).GetProperty("items").EnumerateArray(),
            r => r.GetProperty("requestId").GetGuid() == requestId);
    }

    [Fact]
    public async Task A_lead_from_a_union_is_taken_up_as_a_report_and_the_union_sees_the_feedback()
    {
        var officer = await host.ClientFor("inspection");
        var union = await host.ClientFor("union");
        var leadId = Guid.NewGuid();
        var fake = new FakeIdentity(9105);
        await PublishFromAsync("Union", new ViolationLeadReportedIntegrationEvent(
            Guid.NewGuid(), host.Clock.GetUtcNow(), "360100-GH-2026-009105", leadId, "Union", "市总工会", "工维〔2026〕9105号",
            fake.EmployerName(), fake.CreditCode(), "360102", "多名职工反映被拖欠工资三个月", 12, "union"));

        var queued = await Eventually.MatchAsync(
            async () => (await officer.GetJsonAsync("/api/inspection/leads")).GetProperty("items").EnumerateArray()
                .FirstOrDefault(l => l.GetProperty("leadId").GetGuid() == leadId),
            l => l.ValueKind == JsonValueKind.Object,
            Api.EventualTimeout,
            "the union's lead reaches inspection");

        using var taken = await officer.PostJsonAsync($"/api/inspection/leads/{queued.GetProperty("id").GetGuid()}/take-up", new JsonObject { ["category"] = "UnpaidWages" });
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var caseId = (await taken.ReadJsonAsync()).GetProperty("caseId").GetGuid();
        var report = await officer.GetJsonAsync($"{Cases}/{caseId}");
        Assert.Equal("Report", report.Text("kind"));
        Assert.Equal("360100-GH-2026-009105", report.Text("linkageNumber"));

        var own = (await union.GetJsonAsync("/api/inspection/requested/leads")).GetProperty("items").EnumerateArray()
            .Single(l => l.GetProperty("leadId").GetGuid() == leadId);
        Assert.Equal("TakenUp", own.Text("status"));
        Assert.Contains("360100-GH-2026-009105", own.Text("feedback"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_risk_alert_from_supervision_is_queued_and_taken_up_as_an_inspection_task()
    {
        var officer = await host.ClientFor("inspection");
        var alertId = Guid.NewGuid();
        var fake = new FakeIdentity(9106);
        var employer = fake.EmployerName();
        await PublishFromAsync("Supervision", new RiskAlertRaisedIntegrationEvent(
            Guid.NewGuid(), host.Clock.GetUtcNow(), string.Empty, alertId, RiskSubjectKind.Employer, fake.CreditCode(), employer, "360102", RiskLevel.Red, 90m,
            [new RiskRuleFired("repeat-complaints", "90日内同一用人单位投诉3件以上", 60m)], [], host.Clock.GetUtcNow()));

        var queued = await Eventually.MatchAsync(
            async () => (await officer.GetJsonAsync("/api/inspection/risk-alerts")).GetProperty("items").EnumerateArray()
                .FirstOrDefault(a => a.GetProperty("alertId").GetGuid() == alertId),
            a => a.ValueKind == JsonValueKind.Object,
            Api.EventualTimeout,
            "supervision's alert reaches inspection");
        Assert.Equal("红色预警", queued.Text("levelName"));
        Assert.Equal("90日内同一用人单位投诉3件以上", queued.GetProperty("rules")[0].Text("explanation"));

        using var taken = await officer.PostJsonAsync($"/api/inspection/risk-alerts/{queued.GetProperty("id").GetGuid()}/take-up", new JsonObject { ["category"] = "UnpaidWages" });
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var caseId = (await taken.ReadJsonAsync()).GetProperty("caseId").GetGuid();
        Assert.Equal(employer, (await officer.GetJsonAsync($"{Cases}/{caseId}")).GetProperty("employer").Text("name"));
    }

    [Fact]
    public async Task The_requesters_page_opens_for_any_staff_member_but_not_anonymously_and_the_officer_pages_only_for_inspectors()
    {
        var union = await host.ClientFor("union");
        using var own = await union.GetAsync("/Inspection/Requested");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("工会", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var anonymousClient = host.Anonymous();
        using var anonymous = await anonymousClient.GetAsync("/Inspection/Requested");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/login", anonymous.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);

        foreach (var path in new[] { "/Inspection/Requests", "/Inspection/Alerts", "/Inspection/Intake" })
        {
            using var denied = await union.GetAsync(path);
            Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        }
    }

    [Fact]
    public async Task Complaints_against_one_employer_raise_supervisions_risk_alert_which_reaches_the_inspectors_queue()
    {
        // Two complaints in the window score 2 × 10 = 20 points under the default rules: a blue alert (≥ 15).
        var officer = await host.ClientFor("inspection");
        var fake = new FakeIdentity(9107);
        var first = Complaint(fake);
        var employer = first["employer"]!.DeepClone();
        using (var registered = await officer.PostJsonAsync(Cases, first))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        var second = Complaint(fake);
        second["employer"] = employer;
        second["confirmNotDuplicate"] = true;
        using (var registered = await officer.PostJsonAsync(Cases, second))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        var creditCode = employer["creditCode"]!.GetValue<string>();
        var queued = await Eventually.MatchAsync(
            async () => (await officer.GetJsonAsync("/api/inspection/risk-alerts")).GetProperty("items").EnumerateArray()
                .FirstOrDefault(a => a.ToString().Contains(creditCode, StringComparison.Ordinal)),
            a => a.ValueKind == JsonValueKind.Object,
            Api.EventualTimeout,
            "the complaints should reach supervision's risk ledger, and its alert inspection's queue");
        Assert.Contains(employer["name"]!.GetValue<string>(), queued.ToString(), StringComparison.Ordinal);
        Assert.Equal("蓝色预警", queued.Text("levelName"));
    }

    private static JsonObject Complaint(FakeIdentity fake) => new()
    {
        ["kind"] = "Complaint",
        ["channel"] = "JointWindow",
        ["workers"] = new JsonArray(new JsonObject
        {
            ["name"] = fake.PersonName(), ["residentIdNumber"] = fake.ResidentIdNumber(), ["phone"] = fake.MobileNumber(), ["isMigrantWorker"] = true,
        }),
        ["employer"] = new JsonObject { ["name"] = fake.EmployerName(), ["creditCode"] = fake.CreditCode(), ["address"] = "南昌市东湖区某路1号" },
        ["divisionCode"] = "360102",
        ["category"] = "UnpaidWages",
        ["facts"] = "2026年1月至2月工资未发放",
        ["amountInvolved"] = 12000m,
        ["violationStartedOn"] = "2026-01-01",
        ["violationEndedOn"] = "2026-02-28",
    };

    private static async Task<(Guid Id, string LinkageNumber, Guid WorkerId)> RegisterAsync(HttpClient officer, FakeIdentity fake)
    {
        using var registered = await officer.PostJsonAsync(Cases, Complaint(fake));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var created = await registered.ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var details = await officer.GetJsonAsync($"{Cases}/{id}");
        return (id, created.Text("linkageNumber"), details.GetProperty("workers")[0].GetProperty("id").GetGuid());
    }

    /// <summary>Puts the event into the outbox of the module that would publish it; the service's relay delivers it.</summary>
    private async Task PublishFromAsync(string module, IntegrationEvent integrationEvent)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ModuleCatalog>().DbContext(scope.ServiceProvider, module);
        db.Publish(integrationEvent);
        await db.SaveChangesAsync();
    }
}
