using System.Net;
using System.Text.Json.Nodes;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests.Security;

/// <summary>
/// The inputs the probe of issue #7 found answering 500 (defect 3), and names with control, bidi or zero-width
/// characters that were stored (defect 9): each is now a 400 naming its field, and nothing is written.
/// </summary>
public sealed class BadInputTests(HostFactory host) : IClassFixture<HostFactory>
{
    public static TheoryData<string, string> HiddenCharacters => new()
    {
        { "NUL", "张\u0000三" },
        { "CR LF", "张三\r\n管理员" },
        { "right-to-left override", "张三\u202E公司" },
        { "zero-width space", "张\u200B三" },
        { "zero-width joiner", "张\u200D三" },
        { "byte order mark", "\uFEFF张三" },
        { "escape", "张三\u001B[31m" },
    };

    [Fact]
    public async Task A_null_claim_is_a_400_on_that_claim()
    {
        var clerk = await host.ClientFor("arbitration");
        var application = Api.NewApplication(new FakeIdentity(7001));
        application["claims"]!.AsArray().Add(null);

        await AssertRejectedAsync(clerk, Api.Applications, application, "claims[1]");
    }

    [Fact]
    public async Task A_null_day_in_a_calendar_year_is_a_400_on_that_day()
    {
        var admin = await host.ClientFor("admin");
        var body = new JsonObject { ["source"] = "国办发明电〔2029〕1号", ["days"] = new JsonArray((JsonNode?)null) };

        using var response = await admin.PutAsync("/api/admin/calendar/2029", Json(body));

        Assert.Equal(["days[0]"], (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task A_hearing_date_far_outside_the_calendar_is_a_400_on_hearingDate(string date)
    {
        var clerk = await host.ClientFor("arbitration");
        var (id, _) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(7002)));
        using var filed = await clerk.PostJsonAsync($"{Api.Applications}/{id}/acceptance", new JsonObject { ["accept"] = true });
        Assert.Equal(HttpStatusCode.NoContent, filed.StatusCode);

        using var response = await clerk.PostJsonAsync($"{Api.Applications}/{id}/one-time-notice", new JsonObject
        {
            ["arbitrators"] = "首席仲裁员甲",
            ["defenceDueDate"] = "2026-03-20",
            ["evidenceDueDate"] = "2026-03-25",
            ["hearingDate"] = date,
            ["hearingTime"] = "09:30",
            ["hearingPlace"] = "第一仲裁庭",
        });

        Assert.Contains("hearingDate", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
    }

    [Theory]
    [InlineData("approvedOn", "0001-01-01")]
    [InlineData("agreedDueDate", "9999-12-31")]
    public async Task An_extension_date_far_outside_the_calendar_is_a_400_on_that_date(string field, string date)
    {
        var clerk = await host.ClientFor("arbitration");
        await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(7003)));
        var deadline = (await clerk.GetJsonAsync("/api/arbitration/deadlines")).GetProperty("items").EnumerateArray().First();
        var body = new JsonObject { ["approvedBy"] = "院长", ["approvedOn"] = "2026-03-02", ["reason"] = "案情复杂" };
        body[field] = date;

        using var response = await clerk.PostJsonAsync($"/api/arbitration/deadlines/{deadline.GetProperty("id").GetGuid()}/extension", body);

        Assert.Contains(field, (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
    }

    [Theory]
    [InlineData("Date", "9999-12-30")]
    [InlineData("Date", "0001-01-01")]
    [InlineData("Day", "9999-12-31")]
    public async Task The_window_calculator_with_a_date_far_outside_the_calendar_shows_the_error_at_that_field(string field, string date)
    {
        var window = await host.ClientFor("window");
        var query = field == "Date" ? $"?Rule=arbitration.decide-acceptance&Date={date}" : $"?Day={date}";

        using var response = await window.GetAsync($"/Window{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("日期超出可受理的范围", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HiddenCharacters))]
    public async Task A_worker_or_employer_name_with_hidden_characters_is_a_400_on_that_name(string what, string name)
    {
        var clerk = await host.ClientFor("arbitration");
        foreach (var field in new[] { "applicant", "respondent" })
        {
            var application = Api.NewApplication(new FakeIdentity(7004));
            application[field]!["name"] = name;

            await AssertRejectedAsync(clerk, Api.Applications, application, $"{field}.name", what);
        }
    }

    [Theory]
    [MemberData(nameof(HiddenCharacters))]
    public async Task A_lawyer_or_firm_or_staff_name_with_hidden_characters_is_a_400_on_that_name(string what, string name)
    {
        var reviewer = await host.ClientFor("legalaid");
        var admin = await host.ClientFor("admin");
        var fake = new FakeIdentity(7005);

        await AssertRejectedAsync(reviewer, "/api/legalaid/lawyers", new JsonObject { ["name"] = name, ["firm"] = "某律师事务所", ["phone"] = fake.MobileNumber() }, "name", what);
        await AssertRejectedAsync(reviewer, "/api/legalaid/lawyers", new JsonObject { ["name"] = "王律师", ["firm"] = name, ["phone"] = fake.MobileNumber() }, "firm", what);
        await AssertRejectedAsync(admin, "/api/admin/accounts", new JsonObject
        {
            ["userName"] = "hidden.chars", ["displayName"] = name, ["role"] = "ArbitrationClerk", ["password"] = "Hidden2026chars",
        }, "displayName", what);
    }

    [Fact]
    public async Task A_multi_line_reason_keeps_its_line_breaks_but_not_a_bidi_override()
    {
        var clerk = await host.ClientFor("arbitration");
        var (id, _) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(7006)));

        using var bidi = await clerk.PostJsonAsync($"{Api.Applications}/{id}/acceptance", new JsonObject { ["accept"] = false, ["rejectionReason"] = "不属于\u202E受理范围" });
        Assert.Equal(["rejectionReason"], (await bidi.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);

        using var lines = await clerk.PostJsonAsync($"{Api.Applications}/{id}/acceptance", new JsonObject { ["accept"] = false, ["rejectionReason"] = "一、不属于受理范围；\r\n二、已超过时效。" });
        Assert.Equal(HttpStatusCode.NoContent, lines.StatusCode);
    }

    private static async Task AssertRejectedAsync(HttpClient client, string path, JsonObject body, string field, string? what = null)
    {
        var before = await CountAsync(client, path);

        using var response = await client.PostJsonAsync(path, body);

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.True(errors.ContainsKey(field), $"{what}: {string.Join(",", errors.Keys)}");
        Assert.All(errors[field], message => Assert.True(Api.ContainsChinese(message), message));
        Assert.Equal(before, await CountAsync(client, path));
    }

    private static async Task<int> CountAsync(HttpClient client, string path) =>
        (await client.GetJsonAsync(path)).GetProperty("totalCount").GetInt32();

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
