using System.Net;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests;

/// <summary>
/// The pages of the modules whose case work is still to come (Inspection, Union, Mediation): each renders in the host's
/// layout for its own role, with its rules and its deadlines, and sends any other role away.
/// </summary>
public sealed class ModulePagesTests(HostFactory host) : IClassFixture<HostFactory>
{
    /// <summary>User, page, heading, and a rule the page must show (Union has none yet, and says so).</summary>
    public static TheoryData<string, string, string, string> Pages => new()
    {
        { "inspection", "/Inspection/Deadlines", "监察期限", "决定是否受理投诉" },
        { "union", "/Union", "工会维权", "期限规则目录中没有本机构的规则。" },
        { "mediation", "/Mediation", "调解", "企业劳动争议调解委员会受理调解申请" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_renders_for_its_role_with_its_rules_and_its_deadlines(string userName, string path, string heading, string rule)
    {
        var client = await host.ClientFor(userName);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<h1>{heading}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{path}\" class=\"active\">", page, StringComparison.Ordinal);
        Assert.Contains(rule, page, StringComparison.Ordinal);
        Assert.Contains("没有待办期限。", page, StringComparison.Ordinal);
        Assert.Contains("执行口径：南昌市", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mediation", "/Inspection")]
    [InlineData("inspection", "/Union")]
    [InlineData("union", "/Mediation")]
    [InlineData("arbitration", "/Mediation")]
    public async Task Another_role_is_sent_to_the_denied_page(string userName, string path)
    {
        var client = await host.ClientFor(userName);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inspection", "/api/inspection/deadlines")]
    [InlineData("union", "/api/union/deadlines")]
    [InlineData("mediation", "/api/mediation/deadlines")]
    public async Task The_deadline_api_answers_its_role_with_a_list(string userName, string path)
    {
        var client = await host.ClientFor(userName);

        var deadlines = await client.GetJsonAsync(path);

        Assert.Equal(System.Text.Json.JsonValueKind.Array, deadlines.GetProperty("items").ValueKind);
    }
}
