using System.Net;
using System.Text.Json.Nodes;
using Monolith.BuildingBlocks.Jobs;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests;

/// <summary>
/// The meetings API through the real service: administrators schedule, every agency's staff see their meetings, their
/// reminders and the calendar file, the owning agency completes its action item, and a missed one reaches
/// supervision's list. Each test moves the clock or writes, so each has its own host.
/// </summary>
public sealed class UnionMeetingsTests : IAsyncLifetime, IDisposable
{
    private HostFactory host = null!;

    public async Task InitializeAsync()
    {
        host = new HostFactory();
        await host.InitializeAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    public void Dispose() => host.Dispose();

    private static JsonObject Meeting(string date = "2026-03-20", string? title = "2026年第一次政府与工会联席会议") => new()
    {
        ["kind"] = "JointMeeting",
        ["title"] = title,
        ["date"] = date,
        ["startTime"] = "10:00",
        ["endTime"] = "12:00",
        ["place"] = "市总工会三楼会议室",
        ["convenedBy"] = "市总工会",
        ["agencies"] = new JsonArray("Inspection", "Arbitration", "Union"),
        ["participants"] = new JsonArray(
            new JsonObject { ["agency"] = "Inspection", ["name"] = "张伟", ["userName"] = "inspection" },
            new JsonObject { ["agency"] = "Union", ["name"] = "王芳", ["userName"] = "union" }),
        ["agenda"] = new JsonArray("通报欠薪线索办理情况"),
    };

    [Fact]
    public async Task Only_administrators_schedule_and_every_signed_in_role_sees_its_own_meetings()
    {
        var admin = await host.ClientFor("admin");
        using var created = await admin.PostJsonAsync("/api/union/meetings", Meeting());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        using (var officer = await (await host.ClientFor("union")).PostJsonAsync("/api/union/meetings", Meeting()))
        {
            Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        }

        using (var anonymous = await host.Anonymous().GetAsync("/api/union/my/meetings"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        var inspector = await host.ClientFor("inspection");
        Assert.Equal(id, Assert.Single((await inspector.GetJsonAsync("/api/union/my/meetings")).EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(id, Assert.Single((await (await host.ClientFor("arbitration")).GetJsonAsync("/api/union/my/meetings")).EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty((await (await host.ClientFor("legalaid")).GetJsonAsync("/api/union/my/meetings")).EnumerateArray());

        using var file = await inspector.GetAsync($"/api/union/meetings/{id}/invitation.ics");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/calendar", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"UID:{id:N}@", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var hidden = await inspector.GetAsync($"/api/union/meetings/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, hidden.StatusCode);
    }

    [Fact]
    public async Task The_invitation_reaches_the_named_participants_inbox_and_the_header_counts_it()
    {
        var admin = await host.ClientFor("admin");
        using var created = await admin.PostJsonAsync("/api/union/meetings", Meeting());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var inspector = await host.ClientFor("inspection");
        var inbox = await Eventually.MatchAsync(
            () => inspector.GetJsonAsync("/api/inbox"),
            i => i.GetProperty("unread").GetInt32() > 0,
            Api.EventualTimeout,
            because: "the invitation should reach the participant's inbox");
        var item = Assert.Single(inbox.GetProperty("items").EnumerateArray());
        Assert.Equal("会议通知：2026年第一次政府与工会联席会议", item.Text("subject"));

        var page = await (await inspector.GetAsync("/Union/My/Meetings")).Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"inbox-count unread\" id=\"inbox-count\">1</span>", page, StringComparison.Ordinal);

        using var read = await inspector.PostAsync($"/api/inbox/{item.GetProperty("id").GetGuid()}/read", null);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(0, (await inspector.GetJsonAsync("/api/inbox")).GetProperty("unread").GetInt32());

        // Arbitration has no named participant: its staff are told through their role.
        var clerk = await host.ClientFor("arbitration");
        await Eventually.MatchAsync(() => clerk.GetJsonAsync("/api/inbox"), i => i.GetProperty("unread").GetInt32() == 1, Api.EventualTimeout, because: "the agency's staff are invited by role");
        Assert.Equal(0, (await (await host.ClientFor("legalaid")).GetJsonAsync("/api/inbox")).GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task Bad_input_gets_400_naming_the_fields_and_a_refusal_409()
    {
        var admin = await host.ClientFor("admin");
        var bad = Meeting(date: "2026-03-01");
        bad["agencies"] = new JsonArray("Inspection", "Nowhere");
        bad["endTime"] = "09:00";
        using var invalid = await admin.PostJsonAsync("/api/union/meetings", bad);
        var errors = (await invalid.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.Contains("date", errors.Keys);
        Assert.Contains("endTime", errors.Keys);
        Assert.Contains("agencies[1]", errors.Keys);
        Assert.Contains("participants[1]", errors.Keys);
        Assert.Empty((await admin.GetJsonAsync("/api/union/meetings?from=2026-01-01&to=2027-01-01")).EnumerateArray());

        using var notBegun = await admin.PutAsync($"/api/union/meetings/{Guid.NewGuid()}/minutes", new StringContent("{\"attendance\":\"a\",\"summary\":\"b\"}", System.Text.Encoding.UTF8, "application/json"));
        await notBegun.ReadProblemAsync(HttpStatusCode.NotFound);

        using var created = await admin.PostJsonAsync("/api/union/meetings", Meeting());
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var early = await admin.PutAsync($"/api/union/meetings/{id}/minutes", new StringContent("{\"attendance\":\"a\",\"summary\":\"b\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal("union.meeting-not-begun", (await early.ReadProblemAsync(HttpStatusCode.Conflict)).Text("code"));
    }

    [Fact]
    public async Task The_owning_agency_completes_its_item_and_a_missed_item_reaches_supervision()
    {
        var admin = await host.SignInAsync("admin");
        using var created = await admin.PostJsonAsync("/api/union/meetings", Meeting(date: "2026-03-03"));
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 12, 30, 0, TimeSpan.FromHours(8)));
        admin = await host.SignInAsync("admin");
        var minutes = new JsonObject
        {
            ["attendance"] = "监察支队、仲裁院、市总工会",
            ["summary"] = "研究欠薪联动处置。",
            ["decisions"] = new JsonArray(
                new JsonObject { ["text"] = "开展专项检查", ["ownerAgency"] = "Inspection", ["assigneeName"] = "张伟", ["dueDate"] = "2026-03-10" },
                new JsonObject { ["text"] = "开辟仲裁绿色通道", ["ownerAgency"] = "Arbitration", ["assigneeName"] = "刘洋", ["dueDate"] = "2026-03-05" }),
        };
        using (var saved = await admin.PutAsync($"/api/union/meetings/{id}/minutes", new StringContent(minutes.ToJsonString(), System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        }

        using (var published = await admin.PostAsync($"/api/union/meetings/{id}/minutes/publication", null))
        {
            Assert.Equal(2, (await published.ReadJsonAsync()).GetProperty("actionItems").GetArrayLength());
        }

        var inspector = await host.SignInAsync("inspection");
        var item = Assert.Single((await inspector.GetJsonAsync("/api/union/my/action-items")).EnumerateArray());
        Assert.Equal("开展专项检查", item.Text("decision"));
        var clerk = await host.SignInAsync("arbitration");
        var other = Assert.Single((await clerk.GetJsonAsync("/api/union/my/action-items")).EnumerateArray());
        using (var notTheirs = await clerk.PostJsonAsync($"/api/union/action-items/{item.GetProperty("id").GetGuid()}/progress", new JsonObject { ["note"] = "代为办结", ["complete"] = true }))
        {
            Assert.Equal("union.not-owner", (await notTheirs.ReadProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        }

        using (var done = await inspector.PostJsonAsync($"/api/union/action-items/{item.GetProperty("id").GetGuid()}/progress", new JsonObject { ["note"] = "已检查12个工地", ["complete"] = true }))
        {
            Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        }

        // Arbitration's item is due 2026-03-05; after it, the scheduled check reports it to supervision.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 6, 0, 10, 0, TimeSpan.FromHours(8)));
        await DueWork.RunScheduledAsync(host.Services);
        var supervision = await host.SignInAsync("supervision");
        var entries = await Eventually.MatchAsync(
            () => supervision.GetJsonAsync("/api/supervision/oversight"),
            e => e.GetProperty("items").EnumerateArray().Any(x => x.Text("ruleId") == "union.meeting-action-item"),
            Api.EventualTimeout,
            because: "the missed action item should reach supervision");
        // Other modules' demo matters may have missed deadlines of their own by now; this test is about the action item.
        var entry = Assert.Single(entries.GetProperty("items").EnumerateArray(), x => x.Text("ruleId") == "union.meeting-action-item");
        Assert.Equal(("Arbitration", "union.meeting-action-item", "2026-03-05"), (entry.Text("module"), entry.Text("ruleId"), entry.Text("dueDate")));
        Assert.Contains("开辟仲裁绿色通道", entry.Text("ruleTitle"), StringComparison.Ordinal);
        Assert.Equal("2026年第一次政府与工会联席会议（责任人 刘洋）", entry.Text("subjectReference"));
        Assert.Equal("Open", other.Text("status"));
    }
}
