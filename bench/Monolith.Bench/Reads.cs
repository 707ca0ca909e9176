using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Monolith.Bench;

internal sealed record ReadFigure(string Name, LoadResult Result);

/// <summary>
/// Reads at scale (issue #14): a few thousand applications are registered through the API, then copied in the file
/// (<see cref="Clone"/>) until the application table holds each target size, and the host is started again on it.
/// Each figure is a closed-loop GET load: the list's first page, a page deep by offset, the next page by cursor walked
/// from the start, a status filter, a search by linkage number, one application's detail, and the list and detail pages.
/// </summary>
internal static class Reads
{
    public static async Task<List<string[]>> RunAsync(
        string hostDll, string[] hostArguments, IDictionary<string, string> environment, string databaseFile,
        int[] sizes, int registered, int clients, TimeSpan duration, int due, Func<string, Task<HttpClient>> signIn)
    {
        await using (var fresh = await ServiceProcess.StartAsync(hostDll, hostArguments, environment))
        {
            using var arbitration = await signIn(fresh.BaseUrl);
            await RegisterAsync(arbitration, registered);
        }

        var rows = new List<string[]>();
        foreach (var size in sizes)
        {
            var cloning = Stopwatch.StartNew();
            var total = Clone(databaseFile, size);
            Console.WriteLine($"  {total:N0} applications in the file (copied in {cloning.Elapsed.TotalSeconds:0} s); starting the host on it");
            await using var host = await ServiceProcess.StartAsync(hostDll, hostArguments, environment);
            using var client = await signIn(host.BaseUrl);
            var ids = Sample(databaseFile, "SELECT Id FROM ArbitrationApplications ORDER BY random() LIMIT 500");
            var numbers = Sample(databaseFile, "SELECT LinkageNumber FROM ArbitrationApplications ORDER BY random() LIMIT 500");
            string Pick(Random random, List<string> from) => from[random.Next(from.Count)];

            var figures = new List<ReadFigure>();
            async Task Measure(string name, Func<Random, string> path) =>
                figures.Add(new ReadFigure(name, await Load.GetAsync(client, path, clients, duration, seed: size)));

            await Measure("warm-up", _ => "/api/arbitration/applications");
            figures.Clear();
            await Measure("list API, first page", _ => "/api/arbitration/applications");
            await Measure("list API, page 2,000 by number (offset 100 k)", _ => "/api/arbitration/applications?pageNumber=2000");
            figures.Add(new ReadFigure("list API, next page by cursor, walked from the start", await WalkAsync(client, clients, duration)));
            await Measure("list API, status Registered, page 2", _ => "/api/arbitration/applications?status=Registered&pageNumber=2");
            await Measure("list API, search by linkage number", r => "/api/arbitration/applications?q=" + Pick(r, numbers));
            await Measure("detail API", r => "/api/arbitration/applications/" + Pick(r, ids));
            await Measure("list page /Arbitration", _ => "/Arbitration");
            await Measure("detail page /Arbitration/Application/{id}", r => "/Arbitration/Application/" + Pick(r, ids));
            var memory = host.MemoryMiB();
            var pass = await DispatcherPassAsync(host.BaseUrl);

            foreach (var (name, result) in figures)
            {
                rows.Add([$"{name} at {size:N0}, {clients} clients: p50 / p95 / p99 ms, per s, errors",
                    $"{F(result.Percentile(50))} / {F(result.Percentile(95))} / {F(result.Percentile(99))}, {F(result.PerSecond)}/s, {result.Errors}", "", ""]);
            }

            rows.Add([$"start-up on {size:N0} applications (s); RSS after the reads / peak (MiB)",
                $"{host.StartUp.TotalSeconds:0.0}; {memory.Current:0} / {memory.Peak:0}", "", ""]);
            var open = Sample(databaseFile, "SELECT COUNT(*) FROM ArbitrationDeadlines WHERE CompletedAt IS NULL AND CancelledAt IS NULL " +
                "UNION ALL SELECT COUNT(*) FROM ArbitrationScheduledCommands WHERE CompletedAt IS NULL AND CancelledAt IS NULL");
            rows.Add([$"scheduled-work dispatcher pass over {open[0]} open deadlines ({open[1]} pending scheduled commands) (ms); /metrics scrape (ms)",
                $"{F(pass.PassMs)}; {F(pass.ScrapeMs)}", "", ""]);
        }

        if (due > 0)
        {
            rows.AddRange(await DueAtOnceAsync(hostDll, hostArguments, environment, databaseFile, due));
        }

        return rows;
    }

    /// <summary>
    /// <paramref name="count"/> of the copied deadlines (and their reminder and due work) are made due a minute ago,
    /// then the host is started on the file: how long until Supervision's oversight list has each of them, and how late
    /// their scheduled work ran (its completion minus its due time).
    /// </summary>
    private static async Task<List<string[]>> DueAtOnceAsync(
        string hostDll, string[] hostArguments, IDictionary<string, string> environment, string databaseFile, int count)
    {
        var due = DateTimeOffset.UtcNow.AddMinutes(-1).UtcTicks;

        // Fewer may be open than asked for (a copied application's deadline may be done): wait for those made due.
        count = MarkRows(databaseFile, "due", """
            CREATE TEMP TABLE due AS SELECT Id FROM ArbitrationDeadlines
              WHERE Id LIKE 'F%' AND CompletedAt IS NULL AND CancelledAt IS NULL AND MissedAt IS NULL LIMIT $count;
            UPDATE ArbitrationDeadlines SET DueAt = $due, RemindAt = $due - 600000000 WHERE Id IN (SELECT Id FROM due);
            UPDATE ArbitrationScheduledCommands SET DueAt = $due WHERE CompletedAt IS NULL AND CancelledAt IS NULL
              AND Key IN (SELECT 'deadline/' || lower(Id) FROM due);
            """, ("$count", count), ("$due", due));

        long OversightEntries() => long.Parse(Sample(databaseFile, "SELECT COUNT(*) FROM SupervisionOversightEntries")[0], CultureInfo.InvariantCulture);
        var before = OversightEntries();
        var clock = Stopwatch.StartNew();
        await using var host = await ServiceProcess.StartAsync(hostDll, hostArguments, environment);
        TimeSpan? first = null;
        long seen = 0;
        while (clock.Elapsed < TimeSpan.FromMinutes(15))
        {
            seen = OversightEntries() - before;
            first ??= seen > 0 ? clock.Elapsed : null;
            if (seen >= count)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        var all = clock.Elapsed;
        var memory = host.MemoryMiB();
        var lateness = Lateness(databaseFile, due);
        var steady = await RemindersOnTimeAsync(databaseFile, due, Math.Min(1000, count));
        return
        [
            [$"{count:N0} deadlines due at once: first / all at Supervision, from host start (s); seen; per second from first to last",
                $"{first?.TotalSeconds:0.0} / {(seen >= count ? all.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "not within 15 min")}; {seen:N0}; " +
                $"{(first is { } f && all > f ? (seen / (all - f).TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "–")}", "", ""],
            [$"their scheduled work ({lateness.Count:N0} runs): lateness p50 / p95 / max (s); RSS now / peak (MiB)",
                $"{F(Percentiles.Of(lateness, 50) / 1000)} / {F(Percentiles.Of(lateness, 95) / 1000)} / {F(lateness.LastOrDefault() / 1000)}; {memory.Current:0} / {memory.Peak:0}", "", ""],
            [$"steady state: {steady.Count:N0} reminders due at the same minute while the host runs: lateness p50 / p95 / max (s)",
                $"{F(Percentiles.Of(steady, 50) / 1000)} / {F(Percentiles.Of(steady, 95) / 1000)} / {F(steady.LastOrDefault() / 1000)}", "", ""],
        ];
    }

    /// <summary>How late each scheduled run due at <paramref name="dueAt"/> (ticks) completed, in ms, sorted.</summary>
    private static List<double> Lateness(string databaseFile, long dueAt) =>
        [.. Sample(databaseFile, $"SELECT (CompletedAt - DueAt) / 10000 FROM ArbitrationScheduledCommands WHERE DueAt = {dueAt} AND CompletedAt IS NOT NULL ORDER BY 1")
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture))];

    /// <summary>
    /// Reminder lateness in steady state: while the host runs, up to <paramref name="count"/> other open deadlines get their
    /// reminder two minutes ahead (as every deadline ending the same day is reminded at the same time). The dispatcher
    /// finds them within its horizon and Hangfire runs them when due; returns how late each ran (ms, sorted).
    /// </summary>
    private static async Task<List<double>> RemindersOnTimeAsync(string databaseFile, long backlogDueAt, int count)
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(2).UtcTicks;
        count = MarkRows(databaseFile, "soon", """
            CREATE TEMP TABLE soon AS SELECT Id FROM ArbitrationDeadlines
              WHERE CompletedAt IS NULL AND CancelledAt IS NULL AND MissedAt IS NULL AND RemindedAt IS NULL
                AND DueAt <> $backlog AND RemindAt < DueAt LIMIT $count;
            UPDATE ArbitrationDeadlines SET RemindAt = $at WHERE Id IN (SELECT Id FROM soon);
            UPDATE ArbitrationScheduledCommands SET DueAt = $at WHERE Id IN (
              SELECT (SELECT c.Id FROM ArbitrationScheduledCommands c
                      WHERE c.Key = 'deadline/' || lower(s.Id) AND c.CompletedAt IS NULL AND c.CancelledAt IS NULL ORDER BY c.DueAt LIMIT 1)
              FROM soon s);
            """, ("$count", count), ("$at", at), ("$backlog", backlogDueAt));

        var waited = Stopwatch.StartNew();
        List<double> lateness;
        while ((lateness = Lateness(databaseFile, at)).Count < count && waited.Elapsed < TimeSpan.FromMinutes(6))
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        return lateness;
    }

    /// <summary>
    /// Runs <paramref name="script"/> on the file, which keeps the ids of the rows it changed in temp table
    /// <paramref name="marked"/>, and returns how many that holds.
    /// </summary>
    private static int MarkRows(string databaseFile, string marked, string script, params (string Name, long Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Default Timeout=60");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandTimeout = 0;
        command.CommandText = script;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
        command.CommandText = $"SELECT COUNT(*) FROM {marked}";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Waits for the next pass of the recurring dispatcher (every minute) and returns how long it took, read from the
    /// host's <c>monolith.jobs.duration</c> histogram, and how long the scrape itself took (it counts each module's
    /// outbox, inbox and deadlines).
    /// </summary>
    private static async Task<(double PassMs, double ScrapeMs)> DispatcherPassAsync(string baseUrl)
    {
        const string Count = "monolith_jobs_duration_seconds_count", Sum = "monolith_jobs_duration_seconds_sum", Job = "job=\"scheduled-work\"";
        var scraping = Stopwatch.StartNew();
        var before = await RuntimeReading.ScrapeAsync(baseUrl);
        var scrapeMs = scraping.Elapsed.TotalMilliseconds;
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(150))
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var now = await RuntimeReading.ScrapeAsync(baseUrl);
            var passes = RuntimeReading.Sum(now, Count, Job) - RuntimeReading.Sum(before, Count, Job);
            if (passes > 0)
            {
                return (1000 * (RuntimeReading.Sum(now, Sum, Job) - RuntimeReading.Sum(before, Sum, Job)) / passes, scrapeMs);
            }
        }

        return (double.NaN, scrapeMs);
    }

    private static async Task RegisterAsync(HttpClient arbitration, int count)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async client =>
        {
            var data = new Registrations(seed: 500 + client);
            while (Interlocked.Increment(ref next) < count)
            {
                // One in fifty is a collective dispute, listed first while open.
                var registration = data.Next() with { WorkerCount = next % 50 == 0 ? 12 : 1 };
                using var response = await arbitration.PostAsJsonAsync("/api/arbitration/applications", registration);
                response.EnsureSuccessStatusCode();
            }
        }));
    }

    /// <summary>Each client follows the list's <c>next</c> cursor from the first page; one figure per request.</summary>
    private static async Task<LoadResult> WalkAsync(HttpClient client, int clients, TimeSpan duration)
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
        {
            var mine = latencies[i] = [];
            string? cursor = null;
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync("/api/arbitration/applications" + (cursor is null ? "" : "?after=" + Uri.EscapeDataString(cursor)));
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                    return;
                }

                using var page = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!page.RootElement.TryGetProperty("next", out var next) || next.ValueKind != JsonValueKind.String)
                {
                    return; // the end of the list, or a list without cursors
                }

                cursor = next.GetString();
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(clients, all.Length, errors, clock.Elapsed, all);
    }

    /// <summary>
    /// Copies the registered applications, with their claims, deadlines and scheduled work, until there are at least
    /// <paramref name="target"/> applications. Copy n of a row gets ids starting "F" + n in hex (real ids are version-7
    /// Guids, which start with "0" for the next centuries), a linkage number whose serial starts with n, and a
    /// receipt time n minutes earlier. Personal data is encrypted deterministically and not bound to its row
    /// (ADR 0042), so copied cells decrypt. Returns how many applications the file holds.
    /// </summary>
    private static long Clone(string databaseFile, int target)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile}");
        connection.Open();
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var originals = Scalar("SELECT COUNT(*) FROM ArbitrationApplications WHERE Id NOT LIKE 'F%'");
        var copies = Scalar("SELECT COUNT(*) FROM ArbitrationApplications WHERE Id LIKE 'F%'") / originals;
        var wanted = Math.Max(0, (target - originals + originals - 1) / originals - copies);
        if (wanted == 0)
        {
            return Scalar("SELECT COUNT(*) FROM ArbitrationApplications");
        }

        string Columns(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }

            return string.Join(", ", names.Select(name => $"\"{name}\""));
        }

        string Copied(string table, Func<string, string?> transform)
        {
            var columns = Columns(table);
            var values = string.Join(", ", columns.Split(", ").Select(c => transform(c.Trim('"')) ?? c));
            return $"INSERT INTO \"{table}\" ({columns}) SELECT {values} FROM \"{table}\" AS t, k WHERE t.\"Id\" NOT LIKE 'F%';";
        }

        const string NewId = "'F' || printf('%05X', k.n) || substr({0}, 7)";
        string Id(string column) => string.Format(CultureInfo.InvariantCulture, NewId, $"t.\"{column}\"");
        const string NewLowerId = "CASE WHEN json_extract(t.\"Payload\", '$.deadlineId') IS NULL THEN {0} " +
            "ELSE replace({0}, substr(json_extract(t.\"Payload\", '$.deadlineId'), 1, 6), lower('F' || printf('%05X', k.n))) END";
        const string Linkage = "substr(t.\"LinkageNumber\", 1, 15) || printf('%d%06d', k.n, CAST(substr(t.\"LinkageNumber\", 16) AS INTEGER))";
        var sql = $"""
            WITH RECURSIVE k(n) AS (SELECT {copies + 1} UNION ALL SELECT n + 1 FROM k WHERE n < {copies + wanted})
            {Copied("ArbitrationApplications", c => c switch
            {
                "Id" => Id(c),
                "LinkageNumber" => Linkage,
                "ReceivedAt" => "t.\"ReceivedAt\" - k.n * 600000000",
                "CaseNumber" => "CASE WHEN t.\"CaseNumber\" IS NULL THEN NULL ELSE t.\"CaseNumber\" || '-' || k.n END",
                "LinkedReferralId" => "NULL",
                _ => null,
            })}
            """;
        string With(string insert) => sql[..sql.IndexOf("INSERT", StringComparison.Ordinal)] + insert;
        var statements = new[]
        {
            sql,
            With(Copied("ArbitrationClaims", c => c is "Id" or "ApplicationId" ? Id(c) : null)),
            With(Copied("ArbitrationDeadlines", c => c switch { "Id" or "SubjectId" => Id(c), "LinkageNumber" => Linkage, _ => null })),
            With(Copied("ArbitrationScheduledCommands", c => c switch
            {
                "Id" => Id(c),
                "LinkageNumber" => Linkage,
                "Payload" or "Key" => string.Format(CultureInfo.InvariantCulture, NewLowerId, $"t.\"{c}\""),
                _ => null,
            })),
        };
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var statement in statements)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandTimeout = 0;
                command.CommandText = statement;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Scalar("PRAGMA wal_checkpoint(TRUNCATE)");
        return Scalar("SELECT COUNT(*) FROM ArbitrationApplications");
    }

    private static List<string> Sample(string databaseFile, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private static string F(double value) => value.ToString(value >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);
}
