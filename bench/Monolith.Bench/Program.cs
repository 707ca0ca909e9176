using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using Monolith.Bench;

// bench/run.sh builds Release and calls: Monolith.Bench --host <Monolith.Host.dll> [--database sqlite|postgresql]
//   [--clients 1,8,32] [--seconds 10] [--rounds 3] [--referrals 1000] [--matters 100000,1000000 (0: no reads)] [--registered 2000]
//   [--read-clients 4] [--due 10000]
// and, for the bare comparison service it starts itself: Monolith.Bench baseline --provider <Sqlite|PostgreSql> --connection <string> --urls <url>.
// On PostgreSQL the driver creates a fresh database on the server MONOLITH_TEST_POSTGRES reaches (bench/run.sh starts
// one), and the reads at scale, which copy rows with SQLite SQL, are not run.
// bench/crash.sh calls the crash harness: Monolith.Bench crash --host <Monolith.Host.dll> [--kills 5] [--clients 4] … (CrashOptions).
if (args.Length > 0 && args[0] == "baseline")
{
    await Baseline.RunAsync(Option(args, "--provider")!, Option(args, "--connection")!, Option(args, "--urls")!.Split(';')[0]);
    return 0;
}

if (args.Length > 0 && args[0] == "crash")
{
    return await CrashHarness.RunAsync(
        Option(args, "--host") ?? throw new ArgumentException("--host <path to Monolith.Host.dll> is required"), CrashOptions.From(args));
}

var hostDll = Option(args, "--host") ?? throw new ArgumentException("--host <path to Monolith.Host.dll> is required");
var clientCounts = (Option(args, "--clients") ?? "1,8,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).Where(c => c > 0).ToArray();
var duration = TimeSpan.FromSeconds(double.Parse(Option(args, "--seconds") ?? "10", CultureInfo.InvariantCulture));
var rounds = int.Parse(Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
var selfDll = typeof(Baseline).Assembly.Location;

var workDir = Directory.CreateTempSubdirectory("monolith-bench-");
var engine = (Option(args, "--database") ?? "sqlite").ToLowerInvariant();
var database = engine switch
{
    "sqlite" => BenchDatabase.SqliteFile(Path.Combine(workDir.FullName, "bench.db")),
    "postgresql" => await BenchDatabase.CreatePostgreSqlAsync(
        Environment.GetEnvironmentVariable("MONOLITH_TEST_POSTGRES") ?? throw new ArgumentException("--database postgresql needs MONOLITH_TEST_POSTGRES (bench/run.sh starts a server)"),
        $"monolith_bench_{Environment.ProcessId}"),
    _ => throw new ArgumentException("--database is sqlite or postgresql"),
};
string[] hostArguments =
[
    $"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}", "--Demo:Seed=true",
    "--Logging:LogLevel:Default=Warning", $"--Telemetry:ScrapeToken={RuntimeReading.ScrapeToken}",
    // A SQLite deployment keeps its generated key file beside the database; a server database needs the key given.
    .. database.IsSqlite ? Array.Empty<string>() : [$"--PersonalData:Key={Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))}"],
];
var environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
var rows = new List<string[]>();
Console.WriteLine($"# Monolith benchmark — {Machine()}");
Console.WriteLine($"  database: {database.Description}; {rounds} interleaved rounds of {duration.TotalSeconds:0} s per figure; medians");

try
{
    var fresh = await ServiceProcess.StartAsync(hostDll, hostArguments, environment);
    var freshStart = fresh.StartUp;
    await Task.Delay(TimeSpan.FromSeconds(10));
    var idle = fresh.MemoryMiB();

    await using var baseline = await ServiceProcess.StartAsync(selfDll, ["baseline", "--provider", database.Provider, "--connection", database.ConnectionString], environment);
    using var service = await SignedInClientAsync(fresh.BaseUrl, "arbitration");
    using var bare = new HttpClient { BaseAddress = new Uri(baseline.BaseUrl) };

    // Warm both up (JIT, pools, the first SQLite pages) before anything is counted.
    await Load.RunAsync(service, "/api/arbitration/applications", 4, TimeSpan.FromSeconds(3), seed: 1);
    await Load.RunAsync(bare, "/applications", 4, TimeSpan.FromSeconds(3), seed: 1);

    foreach (var clients in clientCounts)
    {
        var ours = new List<LoadResult>();
        var theirs = new List<LoadResult>();
        var cost = new RuntimeReading(0, 0, 0, 0);
        for (var round = 0; round < rounds; round++)
        {
            var before = await RuntimeReading.ReadAsync(fresh.BaseUrl);
            ours.Add(await Load.RunAsync(service, "/api/arbitration/applications", clients, duration, seed: 1000 * (round + 1) + clients));
            cost += await RuntimeReading.ReadAsync(fresh.BaseUrl) - before;
            theirs.Add(await Load.RunAsync(bare, "/applications", clients, duration, seed: 1000 * (round + 1) + clients));
        }

        double Median(List<LoadResult> results, Func<LoadResult, double> figure) => results.Select(figure).Order().ElementAt(results.Count / 2);
        var ourRate = Median(ours, r => r.PerSecond);
        var theirRate = Median(theirs, r => r.PerSecond);
        rows.Add([$"registrations/s at {clients} client(s)", F(ourRate), F(theirRate), (ourRate / theirRate).ToString("0.00", CultureInfo.InvariantCulture)]);
        rows.Add([$"registration p50 / p95 / p99 ms at {clients}",
            $"{F(Median(ours, r => r.Percentile(50)))} / {F(Median(ours, r => r.Percentile(95)))} / {F(Median(ours, r => r.Percentile(99)))}",
            $"{F(Median(theirs, r => r.Percentile(50)))} / {F(Median(theirs, r => r.Percentile(95)))} / {F(Median(theirs, r => r.Percentile(99)))}", ""]);
        var registered = ours.Sum(r => r.Completed);
        rows.Add([$"service CPU ms / KB allocated / database commands per registration at {clients}",
            $"{F(1000 * cost.CpuSeconds / registered)} / {F(cost.AllocatedBytes / 1024 / registered)} / {F(cost.DbCommands / registered)}", "", ""]);
        if (database.IsSqlite)
        {
            // Near 100 % busy, the rate is one over the lock's time per registration, whatever the CPU does.
            rows.Add([$"write lock held ms per registration / busy share of the rounds at {clients}",
                $"{F(1000 * cost.WriteLockHeldSeconds / registered)} / {100 * cost.WriteLockHeldSeconds / (rounds * duration.TotalSeconds):0} %",
                $"≤ {F(1000 / theirRate)} (1 / its rate)", ""]);
        }

        rows.Add([$"errors at {clients}", ours.Sum(r => r.Errors).ToString(CultureInfo.InvariantCulture), theirs.Sum(r => r.Errors).ToString(CultureInfo.InvariantCulture), ""]);
    }

    var referrals = int.Parse(Option(args, "--referrals") ?? "1000", CultureInfo.InvariantCulture);
    if (referrals > 0)
    {
        var path = await EventPath.RunAsync(service, database, referrals, clients: 8);
        rows.Add([$"referral commit → legal aid handled, p50 / p95 ms ({path.Handled} of {path.Sent}, 8 clients)", $"{F(path.P50Ms)} / {F(path.P95Ms)}", "", ""]);
        rows.Add(["referrals handled per second, first event → last handled", F(path.PerSecond), "", ""]);
    }

    var loaded = fresh.MemoryMiB();
    var baselineMemory = baseline.MemoryMiB();
    await fresh.DisposeAsync();

    await using var again = await ServiceProcess.StartAsync(hostDll, hostArguments, environment);
    rows.Add(["start-up to healthy, fresh / existing database (s)", $"{freshStart.TotalSeconds:0.0} / {again.StartUp.TotalSeconds:0.0}", $"{baseline.StartUp.TotalSeconds:0.0}", ""]);
    rows.Add(["RSS idle / now / peak (MiB)", $"{idle.Current:0} / {loaded.Current:0} / {loaded.Peak:0}", $"– / {baselineMemory.Current:0} / {baselineMemory.Peak:0}", ""]);
    await again.DisposeAsync();

    var matters = (Option(args, "--matters") ?? "100000,1000000").Split(',').Select(m => int.Parse(m, CultureInfo.InvariantCulture)).Where(m => m > 0).ToArray();
    if (matters.Length > 0 && !database.IsSqlite)
    {
        Console.WriteLine("  the reads at scale and the deadlines due at once copy rows with SQLite SQL: not run on PostgreSQL");
    }
    else if (matters.Length > 0)
    {
        var readsFile = Path.Combine(workDir.FullName, "reads.db");
        string[] readsArguments = [.. hostArguments.Select(a => a.Replace(database.File!, readsFile, StringComparison.Ordinal))];
        rows.AddRange(await Reads.RunAsync(
            hostDll, readsArguments, environment, readsFile, matters, registered: Args.Int(args, "--registered", 2000),
            clients: Args.Int(args, "--read-clients", 4), duration, due: Args.Int(args, "--due", 10_000), baseUrl => SignedInClientAsync(baseUrl, "arbitration")));
    }
}
finally
{
    Print(rows);
    if (args.Contains("--keep"))
    {
        Console.WriteLine($"  --keep: the database files are left in {workDir.FullName}");
    }
    else
    {
        await database.DropAsync();
        try
        {
            workDir.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

return 0;

static async Task<HttpClient> SignedInClientAsync(string baseUrl, string userName)
{
    var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, MaxConnectionsPerServer = 256 };
    var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
    using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "Demo2026pass" });
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"sign-in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    return client;
}

static string? Option(string[] args, string name) => Args.Option(args, name);

static string F(double value) => value.ToString(value >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);

static string Machine()
{
    var model = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim()
        : null;
    return $"{Environment.ProcessorCount} cores ({model ?? RuntimeInformation.ProcessArchitecture.ToString()}), " +
        $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}";
}

static void Print(List<string[]> rows)
{
    Console.WriteLine();
    Console.WriteLine("| figure | service | bare baseline | ratio |");
    Console.WriteLine("|---|---|---|---|");
    foreach (var row in rows)
    {
        Console.WriteLine($"| {string.Join(" | ", row)} |");
    }
}
