using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Modules.Inspection;
using Monolith.Modules.Mediation;

namespace Monolith.Host.Tests;

/// <summary>
/// Granting an extension from a module's page and through its API (POST /api/{module}/deadlines/{id}/extension), both
/// through the module-scoped command. No use case of Inspection or Mediation starts its extendable deadlines yet, so the
/// test starts them as such a use case would, in the module's own DbContext.
/// </summary>
public sealed partial class DeadlineExtensionTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Staff_extend_an_investigation_from_the_inspection_page_and_the_list_shows_who_approved_it_why_and_who_entered_it()
    {
        var deadlineId = await StartAsync(typeof(InspectionModule), "inspection.complete-investigation", "360100-JC-2026-000901");
        var inspector = await host.ClientFor("inspection");

        var page = await inspector.GetStringAsync("/Inspection/Deadlines");
        var row = Row(page, deadlineId);
        Assert.Contains("延长期限", row, StringComparison.Ordinal);
        Assert.Contains("可延长30个工作日，须经劳动保障行政部门负责人批准", row, StringComparison.Ordinal);

        // Nothing filled in: the page again, with the messages on this deadline's form.
        using (var invalid = await PostFormAsync(inspector, "/Inspection/Deadlines?handler=ExtendDeadline", page, new()
        {
            ["Extension.DeadlineId"] = deadlineId.ToString(),
            ["Extension.ApprovedBy"] = "",
            ["Extension.Reason"] = "",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
            var again = Row(await invalid.Content.ReadAsStringAsync(), deadlineId);
            Assert.Contains("<details class=\"extend\" open", again, StringComparison.Ordinal);
            Assert.Contains("data-valmsg-for=\"Extension.ApprovedBy\"", again, StringComparison.Ordinal);
            Assert.Contains("data-valmsg-for=\"Extension.ApprovedOn\"", again, StringComparison.Ordinal);
            Assert.Contains("data-valmsg-for=\"Extension.Reason\"", again, StringComparison.Ordinal);
        }

        using (var done = await PostFormAsync(inspector, "/Inspection/Deadlines?handler=ExtendDeadline", page, new()
        {
            ["Extension.DeadlineId"] = deadlineId.ToString(),
            ["Extension.ApprovedBy"] = "赵局长",
            ["Extension.ApprovedOn"] = "2026-03-02",
            ["Extension.Reason"] = "案情复杂，涉及人数众多",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }

        var deadline = Assert.Single((await inspector.GetJsonAsync("/api/inspection/deadlines")).GetProperty("items").EnumerateArray(), d => d.Text("id") == deadlineId.ToString());
        Assert.True(deadline.GetProperty("extended").GetBoolean());
        var extension = deadline.GetProperty("extension");
        Assert.Equal("赵局长", extension.Text("approvedBy"));
        Assert.Equal("2026-03-02", extension.Text("approvedOn"));
        Assert.Equal("案情复杂，涉及人数众多", extension.Text("reason"));
        Assert.Equal("inspection", extension.Text("recordedBy"));
        Assert.Equal(JsonNull(), deadline.GetProperty("canExtend").ValueKind);

        var shown = Row(await inspector.GetStringAsync("/Inspection/Deadlines"), deadlineId);
        Assert.Contains("赵局长于2026-03-02批准延长", shown, StringComparison.Ordinal);
        Assert.Contains("案情复杂，涉及人数众多", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<details class=\"extend\"", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mediation_api_extends_a_committees_mediation_only_to_a_date_the_parties_agreed()
    {
        var deadlineId = await StartAsync(typeof(MediationModule), "mediation.committee-conclusion", "360100-TJ-2026-000901");
        var mediator = await host.ClientFor("mediation");
        var path = $"/api/mediation/deadlines/{deadlineId}/extension";
        var body = new JsonObject { ["approvedBy"] = "双方当事人", ["approvedOn"] = "2026-03-02", ["reason"] = "双方于2026-03-02书面同意延长调解期限" };

        using (var missing = await mediator.PostJsonAsync(path, body))
        {
            var problem = await missing.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(["agreedDueDate"], problem.Errors().Keys);
        }

        body["agreedDueDate"] = "2026-03-31";
        using (var agreed = await mediator.PostJsonAsync(path, body))
        {
            Assert.Equal(HttpStatusCode.NoContent, agreed.StatusCode);
        }

        var deadline = Assert.Single((await mediator.GetJsonAsync("/api/mediation/deadlines")).GetProperty("items").EnumerateArray(), d => d.Text("id") == deadlineId.ToString());
        Assert.Equal("2026-03-31", deadline.Text("dueDate"));
        Assert.True(deadline.GetProperty("extension").GetProperty("byAgreement").GetBoolean());
        Assert.Equal("mediation", deadline.GetProperty("extension").Text("recordedBy"));
    }

    [Fact]
    public async Task One_modules_api_cannot_extend_another_modules_deadline()
    {
        var deadlineId = await StartAsync(typeof(InspectionModule), "inspection.complete-investigation", "360100-JC-2026-000902");
        var mediator = await host.ClientFor("mediation");

        using var response = await mediator.PostJsonAsync(
            $"/api/mediation/deadlines/{deadlineId}/extension",
            new JsonObject { ["approvedBy"] = "某人", ["approvedOn"] = "2026-03-02", ["reason"] = "理由" });

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_window_calculator_offers_only_the_rules_of_this_city_and_refuses_another()
    {
        var window = await host.ClientFor("window");

        var page = await window.GetStringAsync("/Window");
        Assert.Contains("value=\"supervision.nanchang-opinion-letter-reply\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"supervision.template-opinion-letter-reply\"", page, StringComparison.Ordinal);

        var refused = await window.GetStringAsync("/Window?Rule=supervision.template-opinion-letter-reply&Date=2026-03-02");
        Assert.Contains("本部署（南昌市）不适用", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"deadline-result\"", refused, StringComparison.Ordinal);

        // A rule the policy shortens for some cases only: the statute's period, and the policy's with its scope.
        var scoped = await window.GetStringAsync("/Window?Rule=arbitration.decide-acceptance&Date=2026-03-02");
        Assert.Contains("id=\"policy-result\"", scoped, StringComparison.Ordinal);
        Assert.Contains("仅约束“受理”决定", scoped, StringComparison.Ordinal);
    }

    /// <summary>Starts a deadline in the module's own DbContext, as a use case of that module would.</summary>
    private async Task<Guid> StartAsync(Type module, string ruleId, string linkageNumber)
    {
        using var scope = host.Services.CreateScope();
        var contextType = module.Assembly.GetTypes().Single(t => typeof(ModuleDbContext).IsAssignableFrom(t) && !t.IsAbstract);
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var subject = new DeadlineSubject("测试案件", Guid.NewGuid(), linkageNumber, $"测试案件 {linkageNumber}（虚构）");
        var deadline = await scope.ServiceProvider.GetRequiredService<DeadlineTracker>().StartAsync(db, ruleId, host.Clock.GetUtcNow(), subject, CancellationToken.None);
        await db.SaveChangesAsync();
        return deadline.Id;
    }

    /// <summary>Posts a form of the page, with the antiforgery token the page was rendered with.</summary>
    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value;
        return client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The table row of one deadline in a page.</summary>
    private static string Row(string page, Guid deadlineId)
    {
        var start = page.IndexOf($"data-deadline=\"{deadlineId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for deadline {deadlineId}.");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static System.Text.Json.JsonValueKind JsonNull() => System.Text.Json.JsonValueKind.Null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
