using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Monolith.BuildingBlocks.Demo;

namespace Monolith.Bench;

/// <summary>Parameters of one crash run (<c>Monolith.Bench crash --kills 5 …</c>).</summary>
internal sealed record CrashOptions(
    int Kills, int ArbitrationClients, int InspectionClients, TimeSpan MinUp, TimeSpan MaxUp, TimeSpan Lease, TimeSpan DrainTimeout, int Seed)
{
    public static CrashOptions From(string[] args) => new(
        Args.Int(args, "--kills", 5),
        Args.Int(args, "--clients", 4),
        Args.Int(args, "--inspection-clients", 2),
        TimeSpan.FromSeconds(Args.Double(args, "--min-up", 1)),
        TimeSpan.FromSeconds(Args.Double(args, "--max-up", 4)),
        TimeSpan.FromSeconds(Args.Double(args, "--lease", 10)),
        TimeSpan.FromSeconds(Args.Double(args, "--drain-timeout", 120)),
        Args.Int(args, "--seed", Environment.TickCount & 0xFFFF));
}

/// <summary>
/// The crash harness (issue #7, "keep the probes"): the real host as a child process on one SQLite file, under load from
/// concurrent clients whose commands create matters and cause cross-module events, killed with SIGKILL
/// <see cref="CrashOptions.Kills"/> times at random moments and restarted on the same file. Every command is recorded
/// with what the client saw (acknowledged, answer lost, rejected); after the last restart the outbox and inboxes are
/// drained and the database file is read to check that every acknowledged command is there exactly once and every
/// event was applied exactly once (<see cref="CrashChecks"/>). Exit code 1 on any violation.
/// </summary>
internal static class CrashHarness
{
    public static async Task<int> RunAsync(string hostDll, CrashOptions options)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var run = $"crash{options.Seed:x4}";
        var workDir = Directory.CreateTempSubdirectory("monolith-crash-");
        var databaseFile = Path.Combine(workDir.FullName, "crash.db");
        string[] hostArguments =
        [
            "--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={databaseFile}", "--Demo:Seed=true",
            "--Logging:LogLevel:Default=Warning",

            // A dead host's claims on outbox/inbox rows are taken over when their lease ends (1 min by default): shorter
            // here so that the drain after the last kill takes seconds. One host runs at a time, so no claim is contended.
            $"--Messaging:ClaimLease={options.Lease:c}",

            // The clients sign in again after a restart if their cookie no longer holds; that must not hit the sign-in throttle.
            "--SignIn:PermitsPerMinute=600",
        ];
        var environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
        Console.WriteLine($"# Crash harness — run {run} (seed {options.Seed}): {options.Kills} SIGKILLs, {options.ArbitrationClients} arbitration " +
            $"+ {options.InspectionClients} inspection clients + 1 legal-aid client, up {options.MinUp.TotalSeconds:0.#}–{options.MaxUp.TotalSeconds:0.#} s between kills");
        Console.WriteLine($"  database: {databaseFile}");

        var stats = new CrashStats();
        var target = new CrashTarget();
        var startUps = new List<TimeSpan>();
        ServiceProcess? host = null;
        var clients = new List<CrashClient>();
        try
        {
            host = await ServiceProcess.StartAsync(hostDll, hostArguments, environment);
            startUps.Add(host.StartUp);
            target.Up(host.BaseUrl);

            var servedBefore = stats.Successes;
            var actors = new List<Task>();
            for (var i = 0; i < options.ArbitrationClients; i++)
            {
                var client = await CrashClient.SignInAsync(target, stats, "arbitration");
                clients.Add(client);
                actors.Add(ArbitrationClerkAsync(client, target, stats, run, options.Seed * 100 + i));
            }

            for (var i = 0; i < options.InspectionClients; i++)
            {
                var client = await CrashClient.SignInAsync(target, stats, "inspection");
                clients.Add(client);
                actors.Add(InspectionOfficerAsync(client, target, stats, run, options.Seed * 100 + 50 + i));
            }

            var legalAid = await CrashClient.SignInAsync(target, stats, "legalaid");
            clients.Add(legalAid);
            actors.Add(LegalAidReviewerAsync(legalAid, target, stats, databaseFile));

            for (var kill = 1; kill <= options.Kills; kill++)
            {
                await ServingAsync(stats, servedBefore);
                await Task.Delay(Between(random, options.MinUp, options.MaxUp));
                target.Down();
                var pid = host.Kill();
                Console.WriteLine($"  kill {kill}: SIGKILL to host pid {pid} at {clock.Elapsed.TotalSeconds:0.0} s " +
                    $"({stats.Acknowledged} acknowledged, {stats.LostAnswers} answers lost so far)");
                await host.DisposeAsync();
                host = await ServiceProcess.StartAsync(hostDll, hostArguments, environment);
                startUps.Add(host.StartUp);
                servedBefore = stats.Successes;
                target.Up(host.BaseUrl);
            }

            // Load once more after the last restart, then let every client finish what it has started.
            await ServingAsync(stats, servedBefore);
            await Task.Delay(Between(random, options.MinUp, options.MaxUp));
            target.Stop();
            await Task.WhenAll(actors);
            var loadEnded = clock.Elapsed;

            // The host keeps running (scheduled work may publish at any time): a row published after the drain and
            // before the read is still pending then, so drain and read again; a row that stays pending fails the drain.
            var drain = await CrashChecks.DrainAsync(databaseFile, options.DrainTimeout);
            var report = await CrashChecks.CheckAsync(databaseFile, run, stats.Commands);
            for (var again = 0; again < 3 && drain.Drained && report.Pending > 0; again++)
            {
                drain = await CrashChecks.DrainAsync(databaseFile, options.DrainTimeout);
                report = await CrashChecks.CheckAsync(databaseFile, run, stats.Commands);
            }

            var serverErrors = stats.StatusCounts.Where(s => s.Key >= 500).Sum(s => s.Value);
            report.Expect(serverErrors == 0, "5xx answers", $"{serverErrors} answer(s) with a 5xx status; first: " +
                string.Join(" | ", stats.Commands.Where(c => (int?)c.RejectedWith >= 500).Take(3).Select(c => $"{c.Kind} {c.Token}: {c.RejectedBody}")));
            var selfTest = await CrashSelfTest.RunAsync(databaseFile, run, stats.Commands, workDir.FullName);
            report.Expect(selfTest.Count == CrashSelfTest.Faults, "checks not tested (run too short to inject every fault)", $"{selfTest.Count} of {CrashSelfTest.Faults} faults injected");
            foreach (var fault in selfTest)
            {
                report.Expect(fault.Detected, "injected fault not detected by the checks", $"{fault.Fault}: expected \"{fault.ExpectedViolation}\"");
            }

            Print(options, stats, report, selfTest, startUps, loadEnded, drain, clock.Elapsed);
            return report.Violations.Count == 0 && drain.Drained ? 0 : 1;
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            if (host is not null)
            {
                await host.DisposeAsync();
            }

            try
            {
                workDir.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static TimeSpan Between(Random random, TimeSpan min, TimeSpan max) => min + (max - min) * random.NextDouble();

    /// <summary>
    /// Until the (re)started host has answered a command with success: the random time before the next kill counts from
    /// there, so that on a slow machine a kill does not always fall on a host still warming up.
    /// </summary>
    private static async Task ServingAsync(CrashStats stats, int servedBefore)
    {
        var waited = Stopwatch.StartNew();
        while (stats.Successes == servedBefore && waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(50);
        }
    }

    /// <summary>Registers applications (every other one with an Idempotency-Key) and refers two in three to legal aid.</summary>
    private static async Task ArbitrationClerkAsync(CrashClient client, CrashTarget target, CrashStats stats, string run, int seed)
    {
        var fake = new FakeIdentity(seed);
        var random = new Random(seed);
        while (!target.Stopping)
        {
            var n = stats.NextNumber();
            var token = $"{run}-A{n:D6}";
            var keyed = n % 2 == 0;
            var register = stats.Record(new CrashCommand(CommandKind.RegisterApplication, token, keyed ? Guid.NewGuid().ToString() : null));
            var body = new
            {
                applicant = new { name = fake.PersonName(), residentIdNumber = fake.ResidentIdNumber(), phone = fake.MobileNumber(), isMigrantWorker = random.Next(2) == 0 },
                respondent = new { name = fake.EmployerName(), creditCode = fake.CreditCode() },
                claims = new object[]
                {
                    new { type = "UnpaidWages", amount = random.Next(1_000, 90_000), description = token },
                    new { type = "EconomicCompensation", amount = random.Next(1_000, 30_000) },
                },
            };
            var answer = await client.SendAsync("/api/arbitration/applications", body, register);
            if (answer is not { Status: HttpStatusCode.Created })
            {
                continue;
            }

            var registered = answer.Json;
            register.Acknowledge(registered.GetProperty("id").GetGuid(), registered.GetProperty("linkageNumber").GetString());
            if (n % 3 == 0)
            {
                continue;
            }

            var refer = stats.Record(new CrashCommand(CommandKind.ReferToLegalAid, token, Guid.NewGuid().ToString()) { Subject = register.Id });
            var referred = await client.SendAsync(
                $"/api/arbitration/applications/{register.Id}/legal-aid-referral",
                new { consentGiven = true, workerHasNoAgent = true, economicHardshipStated = true },
                refer);
            if (referred is { Status: HttpStatusCode.Accepted })
            {
                refer.Acknowledge(referred.Json.GetProperty("referralId").GetGuid(), register.LinkageNumber);
            }
        }
    }

    /// <summary>Registers complaints (every other one with an Idempotency-Key): each publishes a limitation interruption to Arbitration.</summary>
    private static async Task InspectionOfficerAsync(CrashClient client, CrashTarget target, CrashStats stats, string run, int seed)
    {
        var fake = new FakeIdentity(seed);
        while (!target.Stopping)
        {
            var n = stats.NextNumber();
            var token = $"{run}-I{n:D6}";
            var register = stats.Record(new CrashCommand(CommandKind.RegisterComplaint, token, n % 2 == 0 ? Guid.NewGuid().ToString() : null));
            var body = new
            {
                kind = "Complaint",
                channel = "JointWindow",
                workers = new[] { new { name = fake.PersonName(), residentIdNumber = fake.ResidentIdNumber(), phone = fake.MobileNumber(), isMigrantWorker = true } },
                employer = new { name = fake.EmployerName(), creditCode = fake.CreditCode(), address = "南昌市东湖区某路1号" },
                divisionCode = "360102",
                category = "UnpaidWages",
                facts = "2026年1月至2月工资未发放",
                amountInvolved = 12000m,
                violationStartedOn = "2026-01-01",
                violationEndedOn = "2026-02-28",
                channelReference = token,
                confirmNotDuplicate = true,
            };
            var answer = await client.SendAsync("/api/inspection/cases", body, register);
            if (answer is { Status: HttpStatusCode.Created })
            {
                register.Acknowledge(answer.Json.GetProperty("id").GetGuid(), answer.Json.GetProperty("linkageNumber").GetString());
            }
        }
    }

    /// <summary>
    /// Decides the legal-aid applications that referrals created (grant and refuse in turn), each with an
    /// Idempotency-Key: every decision is reported back to Arbitration by an event addressed to it.
    /// </summary>
    private static async Task LegalAidReviewerAsync(CrashClient client, CrashTarget target, CrashStats stats, string databaseFile)
    {
        var decided = new HashSet<Guid>();
        var n = 0;
        while (!target.Stopping)
        {
            var pending = await CrashChecks.PendingReferredApplicationsAsync(databaseFile);
            foreach (var (id, linkageNumber) in pending.Where(p => !decided.Contains(p.Id)))
            {
                if (target.Stopping)
                {
                    break;
                }

                decided.Add(id);
                var grant = n++ % 2 == 0;
                var decide = stats.Record(new CrashCommand(grant ? CommandKind.GrantLegalAid : CommandKind.RefuseLegalAid, linkageNumber, Guid.NewGuid().ToString()) { Subject = id });
                var answer = grant
                    ? await client.SendAsync($"/api/legalaid/applications/{id}/grant", new { lawyerId = (Guid?)null, reasons = (string?)null }, decide)
                    : await client.SendAsync($"/api/legalaid/applications/{id}/refuse", new { reason = "经审查，申请人经济状况不符合法律援助条件（崩溃测试）。" }, decide);
                if (answer is { Status: HttpStatusCode.NoContent })
                {
                    decide.Acknowledge(id, linkageNumber);
                }
            }

            await Task.Delay(300);
        }
    }

    private static void Print(CrashOptions options, CrashStats stats, CrashReport report, List<InjectedFault> selfTest, List<TimeSpan> startUps, TimeSpan loadEnded, DrainResult drain, TimeSpan total)
    {
        string I(long value) => value.ToString(CultureInfo.InvariantCulture);
        var commands = stats.Commands;
        var rows = new List<(string Figure, string Value)>
        {
            ("SIGKILLs (host restarted on the same file after each)", I(options.Kills)),
            ("HTTP requests sent (answered + answer lost)", I(stats.Sent)),
            ("answers by status", string.Join(", ", stats.StatusCounts.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))),
            ("requests refused while the host was down (not sent, resent)", I(stats.Refused)),
            ("answers lost (connection dropped by a kill)", I(stats.LostAnswers)),
            ("commands (registrations, referrals, decisions)", $"{I(commands.Count)} ({I(commands.Count(c => c.Kind is CommandKind.RegisterApplication or CommandKind.RegisterComplaint))}, " +
                $"{I(commands.Count(c => c.Kind == CommandKind.ReferToLegalAid))}, {I(commands.Count(c => c.Kind is CommandKind.GrantLegalAid or CommandKind.RefuseLegalAid))})"),
            ("commands acknowledged", I(commands.Count(c => c.Outcome == CommandOutcome.Acknowledged))),
            ("  of them retried with the same Idempotency-Key after a lost answer", I(commands.Count(c => c.Outcome == CommandOutcome.Acknowledged && c.LostAnswers > 0))),
            ("  found after the crashes (exactly once)", I(report.AcknowledgedFoundOnce)),
            ("commands rejected (4xx)", I(commands.Count(c => c.Outcome == CommandOutcome.Rejected))),
            ("commands without key whose answer was lost: found once / not found", $"{I(report.LostFound)} / {I(report.LostNotFound)}"),
            ("events delivered and handled (inbox rows), by type", string.Join(", ", report.EventsHandled.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {e.Value}"))),
            ("outbox rows relayed / inbox rows handled, all modules", $"{I(report.OutboxRows)} / {I(report.InboxRows)}"),
            ("host start-up to healthy: first / restarts median (s)", $"{startUps[0].TotalSeconds:0.0} / {Median(startUps.Skip(1).ToList()).TotalSeconds:0.0}"),
            ("drain after the load (s)", drain.Drained ? $"{drain.Elapsed.TotalSeconds:0.0}" : $"NOT DRAINED in {drain.Elapsed.TotalSeconds:0} s: {drain.Pending}"),
            ("time: load / total (s)", $"{loadEnded.TotalSeconds:0.0} / {total.TotalSeconds:0.0}"),
            ("checks run", I(report.Checks)),
            ("checks checked: faults injected into a copy of the file / detected", $"{I(selfTest.Count)} / {I(selfTest.Count(f => f.Detected))}"),
            ("violations", report.Violations.Count == 0 ? "0" : string.Join("; ", report.Violations.GroupBy(v => v.Kind).Select(g => $"{g.Key}: {g.Count()}"))),
        };
        Console.WriteLine();
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine($"| {row.Figure} | {row.Value} |");
        }

        foreach (var group in report.Violations.GroupBy(v => v.Kind))
        {
            Console.WriteLine();
            Console.WriteLine($"VIOLATION {group.Key} ({group.Count()}):");
            foreach (var violation in group.Take(10))
            {
                Console.WriteLine($"  {violation.Detail}");
            }
        }

        Console.WriteLine();
        Console.WriteLine(report.Violations.Count == 0 && drain.Drained ? "PASS: no violation" : "FAIL");
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Count == 0 ? TimeSpan.Zero : values.Order().ElementAt(values.Count / 2);
}

internal enum CommandKind
{
    RegisterApplication,
    ReferToLegalAid,
    RegisterComplaint,
    GrantLegalAid,
    RefuseLegalAid,
}

internal enum CommandOutcome
{
    /// <summary>Sent, no answer yet (or the answer was lost and the command is not retried).</summary>
    AnswerLost,
    Acknowledged,
    Rejected,
}

/// <summary>
/// One command as the client saw it. <see cref="Token"/> marks what it creates (a claim's description, a complaint's
/// channel reference) so that the record can be found even when the answer was lost; for a decision it is the matter's
/// linkage number.
/// </summary>
internal sealed class CrashCommand(CommandKind kind, string token, string? idempotencyKey)
{
    public CommandKind Kind { get; } = kind;

    public string Token { get; } = token;

    public string? IdempotencyKey { get; } = idempotencyKey;

    /// <summary>What the command acts on: the arbitration application referred, the legal-aid application decided.</summary>
    public Guid Subject { get; init; }

    public CommandOutcome Outcome { get; private set; }

    public int Attempts { get; set; }

    public int LostAnswers { get; set; }

    public HttpStatusCode? RejectedWith { get; private set; }

    public string? RejectedBody { get; private set; }

    /// <summary>The acknowledged id: the application or complaint registered, the referral made, the application decided.</summary>
    public Guid Id { get; private set; }

    public string? LinkageNumber { get; private set; }

    public void Acknowledge(Guid id, string? linkageNumber)
    {
        Outcome = CommandOutcome.Acknowledged;
        Id = id;
        LinkageNumber = linkageNumber;
    }

    public void Reject(HttpStatusCode status, string body)
    {
        Outcome = CommandOutcome.Rejected;
        RejectedWith = status;
        RejectedBody = body;
    }
}

internal sealed class CrashStats
{
    private readonly object sync = new();
    private readonly List<CrashCommand> commands = [];
    private readonly Dictionary<int, int> statusCounts = [];
    private int number;
    private int sent;
    private int refused;
    private int lost;
    private int successes;

    public int Sent => Volatile.Read(ref sent);

    public int Refused => Volatile.Read(ref refused);

    public int LostAnswers => Volatile.Read(ref lost);

    /// <summary>Answers with a 2xx status so far.</summary>
    public int Successes => Volatile.Read(ref successes);

    public int Acknowledged
    {
        get
        {
            lock (sync)
            {
                return commands.Count(c => c.Outcome == CommandOutcome.Acknowledged);
            }
        }
    }

    public IReadOnlyList<CrashCommand> Commands
    {
        get
        {
            lock (sync)
            {
                return [.. commands];
            }
        }
    }

    public IReadOnlyDictionary<int, int> StatusCounts
    {
        get
        {
            lock (sync)
            {
                return new Dictionary<int, int>(statusCounts);
            }
        }
    }

    public int NextNumber() => Interlocked.Increment(ref number);

    public CrashCommand Record(CrashCommand command)
    {
        lock (sync)
        {
            commands.Add(command);
        }

        return command;
    }

    public void Answered(HttpStatusCode status)
    {
        Interlocked.Increment(ref sent);
        if ((int)status is >= 200 and < 300)
        {
            Interlocked.Increment(ref successes);
        }

        lock (sync)
        {
            statusCounts[(int)status] = statusCounts.GetValueOrDefault((int)status) + 1;
        }
    }

    public void Lost()
    {
        Interlocked.Increment(ref sent);
        Interlocked.Increment(ref lost);
    }

    public void NotSent() => Interlocked.Increment(ref refused);
}

/// <summary>Where the host is now: the clients wait while it is down and resume on the restarted host's address.</summary>
internal sealed class CrashTarget
{
    private readonly object sync = new();
    private TaskCompletionSource<string> up = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool stopping;

    public bool Stopping => stopping;

    public void Up(string baseUrl)
    {
        lock (sync)
        {
            up.TrySetResult(baseUrl);
        }
    }

    public void Down()
    {
        lock (sync)
        {
            if (up.Task.IsCompleted)
            {
                up = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void Stop() => stopping = true;

    public Task<string> WhenUpAsync()
    {
        lock (sync)
        {
            return up.Task;
        }
    }
}

internal sealed record CrashAnswer(HttpStatusCode Status, JsonElement Json);

/// <summary>One signed-in user's HTTP client. A command whose answer is lost is sent again only if it has an Idempotency-Key.</summary>
internal sealed class CrashClient : IDisposable
{
    private readonly HttpClient http;
    private readonly CrashTarget target;
    private readonly CrashStats stats;
    private readonly string userName;

    private CrashClient(CrashTarget target, CrashStats stats, string userName)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        this.target = target;
        this.stats = stats;
        this.userName = userName;
    }

    public static async Task<CrashClient> SignInAsync(CrashTarget target, CrashStats stats, string userName)
    {
        var client = new CrashClient(target, stats, userName);
        await client.SignInAsync();
        return client;
    }

    public void Dispose() => http.Dispose();

    /// <summary>
    /// Sends the command until it is answered. Refused connections (the host is down) were never sent and are resent
    /// once the host is back; a lost answer ends the command unless it carries an Idempotency-Key, which is then sent
    /// again with the same key. 401 (a session the restarted host no longer knows) signs in again and resends.
    /// Returns the answer if it was a success; records rejections on the command.
    /// </summary>
    public async Task<CrashAnswer?> SendAsync(string path, object body, CrashCommand command)
    {
        while (true)
        {
            var baseUrl = await target.WhenUpAsync();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl + path)) { Content = JsonContent.Create(body) };
            if (command.IdempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", command.IdempotencyKey);
            }

            string text;
            HttpStatusCode status;
            try
            {
                command.Attempts++;
                using var response = await http.SendAsync(request);
                text = await response.Content.ReadAsStringAsync();
                status = response.StatusCode;
            }
            catch (HttpRequestException ex) when (Refused(ex))
            {
                command.Attempts--;
                stats.NotSent();
                await Task.Delay(50);
                continue;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
            {
                stats.Lost();
                command.LostAnswers++;
                if (command.IdempotencyKey is null)
                {
                    return null;
                }

                await Task.Delay(50);
                continue;
            }

            stats.Answered(status);
            if (status == HttpStatusCode.Unauthorized)
            {
                await SignInAsync();
                continue;
            }

            // The first send is still running (its answer was lost to the client's timeout, not to a kill): ask again later.
            if (status == HttpStatusCode.Conflict && command.IdempotencyKey is not null && text.Contains("idempotency-key-in-use", StringComparison.Ordinal))
            {
                await Task.Delay(500);
                continue;
            }

            if ((int)status is >= 200 and < 300)
            {
                if (text.Length == 0)
                {
                    return new CrashAnswer(status, default);
                }

                using var json = JsonDocument.Parse(text);
                return new CrashAnswer(status, json.RootElement.Clone());
            }

            command.Reject(status, text);
            return null;
        }
    }

    private async Task SignInAsync()
    {
        while (true)
        {
            var baseUrl = await target.WhenUpAsync();
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri($"{baseUrl}/api/auth/login"), new { userName, password = DemoAccounts.Password });
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                if (response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    throw new InvalidOperationException($"sign-in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }
    }

    private static bool Refused(HttpRequestException ex) =>
        ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused };
}
