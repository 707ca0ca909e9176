using System.Diagnostics;
using System.Net.Http.Json;

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
    private const string ReferralRequested = "legalaid.referral-requested.v1";

    private sealed record Registered(Guid Id, string LinkageNumber);

    public static async Task<EventPathResult> RunAsync(HttpClient arbitration, BenchDatabase database, int referrals, int clients)
    {
        var ids = new Registered[referrals];
        var data = new Registrations(seed: 77);
        for (var i = 0; i < referrals; i++)
        {
            using var response = await arbitration.PostAsJsonAsync("/api/arbitration/applications", data.Next());
            response.EnsureSuccessStatusCode();
            ids[i] = (await response.Content.ReadFromJsonAsync<Registered>())!;
        }

        var before = await database.InboxCompletedAsync("LegalAid", "legalaid", ReferralRequested);
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

        while (await database.InboxCompletedAsync("LegalAid", "legalaid", ReferralRequested) - before < referrals && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(50);
        }

        var drained = clock.Elapsed;
        var latencies = new List<double>();
        long first = long.MaxValue, last = 0;
        foreach (var (occurred, completed) in await database.InboxTimesAsync("LegalAid", "legalaid", ReferralRequested, referrals))
        {
            latencies.Add((completed - occurred).TotalMilliseconds);
            first = Math.Min(first, occurred.UtcTicks);
            last = Math.Max(last, completed.UtcTicks);
        }

        latencies.Sort();
        var span = TimeSpan.FromTicks(Math.Max(1, last - first));
        return new EventPathResult(referrals, latencies.Count, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 95), latencies.Count / span.TotalSeconds, drained);
    }
}
