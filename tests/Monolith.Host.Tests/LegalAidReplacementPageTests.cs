using System.Net;
using System.Text.Json.Nodes;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests;

/// <summary>The application page's replacement form: a reason is required at its field; a replacement is then shown with the replaced lawyer and the reason.</summary>
public sealed class LegalAidReplacementPageTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task The_reviewer_replaces_the_lawyer_from_the_application_page_with_a_reason()
    {
        var reviewer = await host.ClientFor("legalaid");
        var fake = new FakeIdentity(7311);
        var workload = (await reviewer.GetJsonAsync("/api/legalaid/lawyers/workload")).GetProperty("items").EnumerateArray().ToList();
        using var submitted = await reviewer.PostJsonAsync("/api/legalaid/applications", new JsonObject
        {
            ["channel"] = "Window",
            ["applicantName"] = fake.PersonName(),
            ["residentIdNumber"] = fake.ResidentIdNumber(),
            ["phone"] = fake.MobileNumber(),
            ["isMigrantWorker"] = true,
            ["employerName"] = fake.EmployerName(),
            ["claims"] = new JsonArray(new JsonObject { ["kind"] = "LabourRemuneration", ["amount"] = 5000 }),
            ["economicHardshipStated"] = true,
        });
        var id = (await submitted.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var granted = await reviewer.PostJsonAsync($"/api/legalaid/applications/{id}/grant", new JsonObject { ["lawyerId"] = workload[0].GetProperty("id").GetGuid(), ["reasons"] = "符合条件" });
        Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
        var path = $"/LegalAid/Application/{id}";

        var page = await reviewer.GetStringAsync(path);
        using var noReason = await PostAsync(reviewer, path, page, workload[1].GetProperty("id").GetGuid(), string.Empty);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("请说明更换理由。", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var replaced = await PostAsync(reviewer, path, page, workload[1].GetProperty("id").GetGuid(), "原指派律师因病不能继续承办");

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var after = await reviewer.GetStringAsync(path);
        Assert.Contains("原指派律师因病不能继续承办", after, StringComparison.Ordinal);
        Assert.Contains(workload[0].Text("name"), after, StringComparison.Ordinal);
        var details = await reviewer.GetJsonAsync($"/api/legalaid/applications/{id}");
        Assert.Equal(workload[1].GetProperty("id").GetGuid(), details.GetProperty("lawyerId").GetGuid());
        Assert.Equal(workload[0].Text("name"), details.Text("replacedLawyerName"));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string page, Guid lawyerId, string reason) =>
        client.PostAsync($"{path}?handler=Replace", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Replace.LawyerId"] = lawyerId.ToString(),
            ["Replace.Reason"] = reason,
            ["__RequestVerificationToken"] = LegalAidOnlineApplicationTests.AntiforgeryToken().Match(page).Groups[1].Value,
        }));
}
