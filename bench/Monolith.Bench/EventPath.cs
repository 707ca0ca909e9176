using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;

namespace Monolith.Bench;

internal sealed record EventPathResult(int Sent, int Handled, double P50Ms, double P95Ms, double PerSecond, TimeSpan Drained);

/// <summary>
/// The event path Arbitration → LegalAid: registrations are referred to legal aid by <paramref name="clients"/> clients at
/// once; each referral's event is read back from LegalAid's inbox table. Latency is from the event's time (taken inside
/// the referring command) to the inbox row's completion (the handler's commit); the sustained rate is handled events
/// over the span from the first event to the last completion.
/// </summary>
internal static class EventPath
{
    private sealed record Registered(Guid Id, string LinkageNumber);

    public static async Task<EventPathResult> RunAsync(HttpClient arbitration, string databaseFile, int referrals, int clients)
    {
        var ids = new Registered[referrals];
        var data = new Registrations(seed: 77);
        for (var i = 0; i < referrals; i++)
        {
            using var response = await arbitration.PostAsJsonAsync("/api/arbitration/applications", data.Next());
            response.EnsureSuccessStatusCode();
            ids[i] = (await response.Content.ReadFromJsonAsync<Registered>())!;
        }

        var before = await CompletedAsync(databaseFile);
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < referrals)
            {
                using var response = await arbitration.PostAsJsonAsync(
                    $"/api/arbitration/applications/{ids[i].Id}/legal-aid-referral",
                    new { consentGiven = true, workerHasNoAgent = true, economicHardshipStated = true });
                response.EnsureSuccessStatusCode();
            }
        }));

        while (await CompletedAsync(databaseFile) - before < referrals && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(50);
        }

        var drained = clock.Elapsed;
        var latencies = new List<double>();
        long first = long.MaxValue, last = 0;
        await using (var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT OccurredAt, CompletedAt FROM LegalAidInbox WHERE Type = 'legalaid.referral-requested.v1' AND CompletedAt IS NOT NULL ORDER BY OccurredAt DESC LIMIT $n";
            command.Parameters.AddWithValue("$n", referrals);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var occurred = reader.GetInt64(0);
                var completed = reader.GetInt64(1);
                latencies.Add(TimeSpan.FromTicks(completed - occurred).TotalMilliseconds);
                first = Math.Min(first, occurred);
                last = Math.Max(last, completed);
            }
        }

        latencies.Sort();
        var span = TimeSpan.FromTicks(Math.Max(1, last - first));
        return new EventPathResult(referrals, latencies.Count, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 95), latencies.Count / span.TotalSeconds, drained);
    }

    private static async Task<long> CompletedAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM LegalAidInbox WHERE Type = 'legalaid.referral-requested.v1' AND CompletedAt IS NOT NULL";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
