using System.Net;
using System.Text.Json.Nodes;
using System.Text.Json;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests;

/// <summary>
/// Through the real service: the union issues a 提示函, it reaches Supervision's ledger with its reply period, is reminded
/// before the deadline, goes overdue after it and is escalated into an 意见书 linked to the first, printable as .docx.
/// </summary>
public sealed class SupervisionLettersTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private HostFactory host = null!;

    public async Task InitializeAsync()
    {
        host = new HostFactory();
        await host.InitializeAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task A_union_letter_is_ledgered_reminded_overdue_and_escalated()
    {
        var union = await host.ClientFor("union");
        using (var issued = await union.PostJsonAsync("/api/union/supervision-letters", new JsonObject
        {
            ["kind"] = "ReminderLetter",
            ["recipient"] = "南昌某某建筑劳务有限公司",
            ["recipientCreditCode"] = "91360102MA35ABCD1N",
            ["findings"] = "拖欠12名农民工工资。",
            ["requests"] = "限期支付拖欠工资。",
        }))
        {
            Assert.True(issued.StatusCode == HttpStatusCode.Created, (await issued.ReadJsonAsync()).ToString());
        }

        var supervision = await host.SignInAsync("supervision");
        var listed = await Eventually.MatchAsync(
            () => supervision.GetJsonAsync("/api/supervision/letters"),
            page => page.GetProperty("items").EnumerateArray().Any(l => l.Text("kind") == "UnionReminder"),
            Api.EventualTimeout,
            because: "the union's letter should reach the ledger");
        // The demo data has letters of its own on the ledger; this test follows the union's.
        var letter = listed.GetProperty("items").EnumerateArray().Single(l => l.Text("kind") == "UnionReminder");
        var id = letter.GetProperty("id").GetGuid();
        Assert.Equal(("UnionReminder", "2026-03-17", "AwaitingReply"), (letter.Text("kind"), letter.Text("replyDueDate"), letter.Text("status")));
        using (var forbidden = await union.GetAsync("/api/supervision/letters"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 9, 5, 0, China));
        await DueWork.RunScheduledAsync(host.Services);
        supervision = await host.SignInAsync("supervision"); // the sign-in does not outlive a jump of the clock
        var reminded = await supervision.GetJsonAsync($"/api/supervision/letters/{id}");
        Assert.NotEqual(JsonValueKind.Null, reminded.GetProperty("letter").GetProperty("reminderSentAt").ValueKind);

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 18, 0, 10, 0, China));
        await DueWork.RunScheduledAsync(host.Services);
        supervision = await host.SignInAsync("supervision"); // the sign-in does not outlive a jump of the clock
        await Eventually.MatchAsync(
            () => supervision.GetJsonAsync($"/api/supervision/letters/{id}"),
            detail => detail.GetProperty("letter").Text("status") == "Overdue",
            Api.EventualTimeout,
            because: "the missed reply deadline should mark the letter overdue");

        using var escalated = await supervision.PostJsonAsync($"/api/supervision/letters/{id}/escalate", new JsonObject
        {
            ["recipientName"] = "南昌某某建筑劳务有限公司", ["findings"] = "经提示仍未支付。", ["requests"] = "限期支付并书面回复。",
        });
        Assert.Equal(HttpStatusCode.Created, escalated.StatusCode);
        var nextId = (await escalated.ReadJsonAsync()).GetProperty("id").GetGuid();
        var next = await supervision.GetJsonAsync($"/api/supervision/letters/{nextId}");
        Assert.Equal(("UnionOpinion", "2026-05-18"), (next.GetProperty("letter").Text("kind"), next.GetProperty("letter").Text("replyDueDate")));
        Assert.Equal(2, next.GetProperty("chain").GetArrayLength());

        using var again = await supervision.PostJsonAsync($"/api/supervision/letters/{id}/escalate", new JsonObject
        {
            ["recipientName"] = "x", ["findings"] = "x", ["requests"] = "x",
        });
        Assert.Equal("supervision.letter-escalated", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Text("code"));

        using var docx = await supervision.GetAsync($"/api/supervision/letters/{nextId}/document.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using var page = await supervision.GetAsync($"/Supervision/Letters/{nextId}/document");
        Assert.Contains("工会劳动法律监督意见书", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
