using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Monolith.Host.Tests.MultiHost;

/// <summary>
/// Issue #8, "several hosts": two real host processes started at the same moment on one empty database, behind no
/// proxy, each running its own messaging loop, Hangfire server and recurring passes. Concurrent clients sign in on one
/// host and alternate their requests between both (arbitration registrations, most referred to legal aid; meetings
/// whose reminder falls due during the run). Then, through the same EF model the hosts use: the migrations were applied
/// once and the demo seeded once, the key ring has one key, every event was relayed once and handled once, every
/// deadline was started once, every reminder was sent once (ADR 0046).
/// </summary>
[Collection(TwoHostProcessesCollection.Name)]
public sealed class TwoHostProcessesTests(ITestOutputHelper output)
{
    private const int Clients = 4;
    private const int RegistrationsPerClient = 25;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    [Fact]
    public async Task Two_host_processes_on_one_database_share_sign_in_and_every_effect_happens_once()
    {
        var clock = Stopwatch.StartNew();
        using var database = new SharedDatabase();
        var settings = new Dictionary<string, string>(database.HostSettings)
        {
            ["Demo:Seed"] = "true",
            ["Jobs:RunServer"] = "true",
            ["SignIn:PermitsPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",

            // Counted below: every "Applying migration" line of both processes together.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Information",

            // Scheduled work is left to the dispatchers (work due later than 3 s is not enqueued by the host that
            // scheduled it), and both hosts' dispatchers run every 2 s: they compete for every row.
            ["Scheduling:Horizon"] = "00:00:03",
            ["Scheduling:DispatchCron"] = "*/2 * * * * *",

            // Meeting reminders a day ahead, and a day and a half ahead for a meeting set late in the evening, when a
            // day-ahead meeting would end after midnight (MeetingRemindedIn).
            ["Union:Meetings:ReminderOffsets:0"] = "1.00:00:00",
            ["Union:Meetings:ReminderOffsets:1"] = "1.12:00:00",
        };

        // Both at once on the empty database: both try to migrate, initialise, seed and create the first key together.
        var startingA = HostProcess.StartAsync("A", settings, StartTimeout);
        var startingB = HostProcess.StartAsync("B", settings, StartTimeout);
        await using var a = await startingA;
        await using var b = await startingB;
        output.WriteLine($"started together: A in {a.StartUp.TotalSeconds:0.0} s, B in {b.StartUp.TotalSeconds:0.0} s");
        HostProcess[] hosts = [a, b];

        // Sign-in happens on A only; every later request carries A's cookie to either host.
        var clerk = await SignInAsync(a, "arbitration");
        var admin = await SignInAsync(a, "admin");
        var inspector = await SignInAsync(a, "inspection");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(b, clerk, HttpMethod.Get, "/api/auth/me")).Status);

        // Meetings whose one-day-ahead reminder falls due in ~20 s, scheduled alternately on A and B.
        var meetings = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var title = $"多主机测试会议{i + 1}";
            var answer = await SendAsync(hosts[i % 2], admin, HttpMethod.Post, "/api/union/meetings", MeetingRemindedIn(TimeSpan.FromSeconds(20), title));
            Assert.True(answer.Status == HttpStatusCode.Created, $"meeting {title}: {(int)answer.Status} {answer.Body}");
            meetings.Add(title);
        }

        // The load: each client registers on one host and refers on the other, two of three registrations referred.
        var registered = new ConcurrentBag<(Guid Id, string LinkageNumber)>();
        var referred = new ConcurrentBag<string>();
        var failures = new ConcurrentBag<string>();
        var load = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            for (var n = 0; n < RegistrationsPerClient; n++)
            {
                var seed = 80_000 + (c * 1000) + n;
                var here = hosts[(c + n) % 2];
                var there = hosts[(c + n + 1) % 2];
                var created = await SendAsync(here, clerk, HttpMethod.Post, "/api/arbitration/applications", Api.NewApplication(new FakeIdentity(seed)));
                if (created.Status != HttpStatusCode.Created)
                {
                    failures.Add($"register on {here.Name}: {(int)created.Status} {created.Body}");
                    continue;
                }

                var json = JsonDocument.Parse(created.Body).RootElement;
                var application = (json.GetProperty("id").GetGuid(), json.GetProperty("linkageNumber").GetString()!);
                registered.Add(application);
                if (n % 3 == 2)
                {
                    continue;
                }

                var referral = await SendAsync(there, clerk, HttpMethod.Post, $"/api/arbitration/applications/{application.Item1}/legal-aid-referral", Api.Consent());
                if (referral.Status != HttpStatusCode.Accepted)
                {
                    failures.Add($"refer on {there.Name}: {(int)referral.Status} {referral.Body}");
                    continue;
                }

                referred.Add(application.Item2);
            }
        })));
        var requests = registered.Count + referred.Count;
        output.WriteLine($"load: {requests} writes by {Clients} clients over both hosts in {load.Elapsed.TotalSeconds:0.0} s " +
            $"({requests / load.Elapsed.TotalSeconds:0} per s); {registered.Count} registrations, {referred.Count} referrals");
        Assert.Empty(failures);

        // Every referral reaches legal aid (its review deadline is started by the handler), and every reminder is sent.
        using var inspection = database.Inspector();
        await SettleAsync(inspection, referred, meetings, inspector, a);
        output.WriteLine($"settled at {clock.Elapsed.TotalSeconds:0.0} s");

        // Migrations: applied once in all, by one host or the other; the history is complete.
        var applying = hosts.Sum(h => h.Output.Count(l => l.Contains("Applying migration '", StringComparison.Ordinal)));
        using (var scope = inspection.CreateScope())
        {
            var migrations = 0;
            foreach (var db in DatabaseInitializer.AllContexts(scope.ServiceProvider))
            {
                var all = db.Database.GetMigrations().ToList();
                Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
                migrations += all.Count;
            }

            Assert.Equal(migrations, applying);
            output.WriteLine($"migrations: {migrations}, applied by A {Applied(a)}, by B {Applied(b)}");
        }

        // Demo seeding once: every demo account once, and the demo cases (not the test's) once each.
        var accounts = JsonDocument.Parse((await SendAsync(b, admin, HttpMethod.Get, "/api/admin/accounts")).Body).RootElement;
        var userNames = Items(accounts).Select(x => x.GetProperty("userName").GetString()!).ToList();
        Assert.Equal(userNames.Count, userNames.Distinct().Count());
        Assert.Subset(userNames.ToHashSet(), HostFactory.DemoUsers.ToHashSet());
        await AssertDemoCasesOnceAsync(inspection, registered.Select(r => r.LinkageNumber).ToHashSet());

        // One data-protection key, though both hosts started on an empty key table at once.
        Assert.Single(inspection.GetRequiredService<IKeyManager>().GetAllKeys());

        await AssertMessagesOnceAsync(inspection, referred);
        await AssertDeadlinesOnceAsync(inspection, registered, referred);
        await AssertRemindersOnceAsync(inspection, inspector, a, meetings);
        output.WriteLine($"total {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static int Applied(HostProcess host) => host.Output.Count(l => l.Contains("Applying migration '", StringComparison.Ordinal));

    /// <summary>
    /// A joint meeting with one reminder at now + <paramref name="remindIn"/>: it starts a day after that (reminded by
    /// the 1-day offset; the 1.5-day one is past and not scheduled), or, when that would be after 22:00 local time,
    /// a day and a half after it (reminded by the 1.5-day offset; the 1-day one falls due long after the test).
    /// </summary>
    private static JsonObject MeetingRemindedIn(TimeSpan remindIn, string title)
    {
        var remindAt = DateTimeOffset.UtcNow + remindIn;
        var start = (remindAt + TimeSpan.FromDays(1)).ToOffset(ChinaStandardTime);
        if (start.TimeOfDay > TimeSpan.FromHours(22))
        {
            start = (remindAt + TimeSpan.FromDays(1.5)).ToOffset(ChinaStandardTime);
        }

        return new JsonObject
        {
            ["kind"] = "JointMeeting",
            ["title"] = title,
            ["date"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["startTime"] = start.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            ["endTime"] = start.AddHours(1).ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            ["place"] = "市总工会三楼会议室",
            ["convenedBy"] = "市总工会",
            ["agencies"] = new JsonArray("Inspection", "Union"),
            ["participants"] = new JsonArray(new JsonObject { ["agency"] = "Inspection", ["name"] = "张伟", ["userName"] = "inspection" }),
            ["agenda"] = new JsonArray("通报欠薪线索办理情况"),
        };
    }

    private static async Task SettleAsync(ServiceProvider inspection, IEnumerable<string> referred, List<string> meetings, Cookies inspector, HostProcess host)
    {
        var expected = referred.ToHashSet();
        var deadline = Stopwatch.StartNew();
        var quiet = 0;
        while (true)
        {
            using var scope = inspection.CreateScope();
            var pending = 0;
            foreach (var db in DatabaseInitializer.AllContexts(scope.ServiceProvider).Cast<ModuleDbContext>())
            {
                pending += await db.Outbox.CountAsync(m => m.CompletedAt == null && m.ParkedAt == null);
                pending += await db.Inbox.CountAsync(m => m.CompletedAt == null && m.ParkedAt == null);
            }

            var legalAid = Context(scope, "LegalAid");
            var reached = (await legalAid.Deadlines.Where(d => d.RuleId == ReviewRule).Select(d => d.LinkageNumber).ToListAsync()).ToHashSet();
            var reminded = Reminders(await InboxAsync(inspector, host), meetings).Count;

            // Twice in a row: a handler may publish a further event in the pass that just ended.
            quiet = pending == 0 && expected.IsSubsetOf(reached) && reminded >= meetings.Count ? quiet + 1 : 0;
            if (quiet >= 2)
            {
                return;
            }

            Assert.True(deadline.Elapsed < SettleTimeout,
                $"not settled within {SettleTimeout.TotalSeconds:0} s: {pending} messages pending, {expected.Except(reached).Count()} referrals not at legal aid, {reminded} of {meetings.Count} reminders");
            await Task.Delay(250);
        }
    }

    private static async Task AssertMessagesOnceAsync(ServiceProvider inspection, ConcurrentBag<string> referred)
    {
        using var scope = inspection.CreateScope();
        var contexts = DatabaseInitializer.AllContexts(scope.ServiceProvider).Cast<ModuleDbContext>().ToList();
        var outbox = new List<(string Type, Guid Id, string LinkageNumber)>();
        var inbox = new List<(Guid EventId, string Handler)>();
        foreach (var db in contexts)
        {
            outbox.AddRange((await db.Outbox.AsNoTracking().ToListAsync()).Select(m => (m.Type, m.Id, m.LinkageNumber)));
            inbox.AddRange((await db.Inbox.AsNoTracking().ToListAsync()).Select(m => (m.EventId, m.Handler)));
            Assert.Empty(await db.Outbox.Where(m => m.CompletedAt == null || m.ParkedAt != null).Select(m => m.Type).ToListAsync());
            Assert.Empty(await db.Inbox.Where(m => m.CompletedAt == null || m.ParkedAt != null).Select(m => m.Handler).ToListAsync());
        }

        // One referral event per referral command (the demo data's own referral aside), and legal aid handled each once.
        var ours = referred.ToHashSet();
        var referrals = outbox.Where(m => m.Type == ReferralEvent && ours.Contains(m.LinkageNumber)).ToList();
        Assert.Equal(referred.Order(StringComparer.Ordinal), referrals.Select(m => m.LinkageNumber).Order(StringComparer.Ordinal));
        foreach (var referral in referrals)
        {
            Assert.Single(inbox, i => i.EventId == referral.Id);
        }

        // No event delivered twice to the same handler, whichever host relayed or handled it.
        Assert.Empty(inbox.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    private static async Task AssertDeadlinesOnceAsync(ServiceProvider inspection, ConcurrentBag<(Guid Id, string LinkageNumber)> registered, ConcurrentBag<string> referred)
    {
        using var scope = inspection.CreateScope();
        var acceptance = await Context(scope, "Arbitration").Deadlines.AsNoTracking().Where(d => d.RuleId == AcceptanceRule).Select(d => d.SubjectId).ToListAsync();
        foreach (var (id, _) in registered)
        {
            Assert.Single(acceptance, s => s == id);
        }

        var review = await Context(scope, "LegalAid").Deadlines.AsNoTracking().Where(d => d.RuleId == ReviewRule).Select(d => d.LinkageNumber).ToListAsync();
        foreach (var linkageNumber in referred)
        {
            Assert.Single(review, l => l == linkageNumber);
        }
    }

    private static async Task AssertRemindersOnceAsync(ServiceProvider inspection, Cookies inspector, HostProcess host, List<string> meetings)
    {
        // Each meeting's reminder row was run once (claimed by one dispatcher, run by one Hangfire server) ...
        using var scope = inspection.CreateScope();
        var union = Context(scope, "Union");
        var now = DateTimeOffset.UtcNow;
        var rows = (await union.ScheduledCommands.AsNoTracking().Where(c => c.Name == ReminderCommand).ToListAsync()).Where(c => c.DueAt <= now).ToList();
        Assert.Equal(meetings.Count, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.CompletedAt));

        // ... and the participant got exactly one reminder per meeting.
        var reminders = Reminders(await InboxAsync(inspector, host), meetings);
        Assert.Equal(meetings.Order(StringComparer.Ordinal), reminders.Order(StringComparer.Ordinal));
    }

    private static async Task AssertDemoCasesOnceAsync(ServiceProvider inspection, HashSet<string> ours)
    {
        using var scope = inspection.CreateScope();
        var demo = (await Context(scope, "Arbitration").Deadlines.AsNoTracking().Where(d => d.RuleId == AcceptanceRule).ToListAsync())
            .Where(d => !ours.Contains(d.LinkageNumber)).ToList();
        Assert.NotEmpty(demo);

        // A second seeding would have registered the same demo workers again, under new linkage numbers.
        Assert.Empty(demo.GroupBy(d => d.SubjectReference).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    private static List<string> Reminders(JsonElement inbox, List<string> meetings) =>
        [.. inbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subject").GetString()!)
            .Where(s => s.StartsWith("会议提醒：", StringComparison.Ordinal)).Select(s => s["会议提醒：".Length..]).Where(meetings.Contains)];

    private static async Task<JsonElement> InboxAsync(Cookies user, HostProcess host) =>
        JsonDocument.Parse((await SendAsync(host, user, HttpMethod.Get, "/api/inbox")).Body).RootElement;

    private static JsonElement.ArrayEnumerator Items(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : list.GetProperty("items").EnumerateArray();

    private static ModuleDbContext Context(IServiceScope scope, string module) =>
        DatabaseInitializer.AllContexts(scope.ServiceProvider).Cast<ModuleDbContext>().Single(c => c.Module.Name == module);

    private const string ReferralEvent = "legalaid.referral-requested.v1";
    private const string AcceptanceRule = "arbitration.decide-acceptance";
    private const string ReviewRule = "legalaid.review-application";
    private const string ReminderCommand = "union.send-meeting-reminder.v1";

    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    private static async Task<Cookies> SignInAsync(HostProcess host, string userName)
    {
        var cookies = new Cookies();
        using var request = cookies.Request(HttpMethod.Post, new Uri(host.BaseAddress, "/api/auth/login").ToString(),
            JsonContent.Create(new { userName, password = DemoAccounts.Password }));
        using var response = await Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"sign-in as {userName} on {host.Name}: {(int)response.StatusCode}");
        cookies.Take(response);
        return cookies;
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HostProcess host, Cookies cookies, HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = cookies.Request(method, new Uri(host.BaseAddress, path).ToString(), body is null ? null : JsonContent.Create(body));
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

/// <summary>
/// Two service processes and their load on a 2-core machine: run alone, after the in-process host tests, rather than
/// beside them, so that their time limits measure the service and not the other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TwoHostProcessesCollection
{
    public const string Name = "Two host processes";
}
