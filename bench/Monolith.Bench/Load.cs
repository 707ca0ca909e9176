using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Monolith.Bench;

internal sealed record LoadResult(int Clients, int Completed, int Errors, TimeSpan Elapsed, double[] LatenciesMs)
{
    public double PerSecond => Completed / Elapsed.TotalSeconds;

    public double Percentile(double p) => Percentiles.Of(LatenciesMs, p);
}

internal static class Percentiles
{
    /// <summary>The nearest-rank percentile of values sorted ascending; NaN when there are none.</summary>
    public static double Of(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>Closed-loop load: each client sends its next request as soon as the last one answered.</summary>
internal static class Load
{
    public static Task<LoadResult> RunAsync(HttpClient client, string path, int clients, TimeSpan duration, int seed) =>
        RunAsync(clients, duration, seed, random =>
        {
            var data = new Registrations(random.Next());
            return () => client.PostAsJsonAsync(path, data.Next());
        });

    /// <summary>GETs of the path each client picks with its own random, e.g. a random application's detail.</summary>
    public static Task<LoadResult> GetAsync(HttpClient client, Func<Random, string> path, int clients, TimeSpan duration, int seed) =>
        RunAsync(clients, duration, seed, random => () => client.GetAsync(path(random)));

    private static async Task<LoadResult> RunAsync(int clients, TimeSpan duration, int seed, Func<Random, Func<Task<HttpResponseMessage>>> client)
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async i =>
        {
            var send = client(new Random(seed + i));
            var mine = latencies[i] = new List<double>(4096);
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await send();
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                    {
                        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    else
                    {
                        if (Interlocked.Increment(ref errors) <= 3)
                        {
                            Console.Error.WriteLine($"  {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        });
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(clients, all.Length, errors, elapsed, all);
    }
}
