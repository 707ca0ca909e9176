using System.Globalization;
using System.Net.Http.Headers;

namespace Monolith.Bench;

/// <summary>CPU seconds and bytes allocated so far by a process, as its /metrics reports them (the runtime's meter).</summary>
internal sealed record RuntimeReading(double CpuSeconds, double AllocatedBytes)
{
    public const string ScrapeToken = "bench-scrape-token";

    /// <summary>Reads the service's /metrics with the scrape token the bench started it with.</summary>
    public static async Task<RuntimeReading> ReadAsync(string baseUrl)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeToken);
        var text = await client.GetStringAsync("/metrics");
        double Sum(string metric) => text.Split('\n')
            .Where(l => l.StartsWith(metric, StringComparison.Ordinal) && (l.Length == metric.Length || l[metric.Length] is ' ' or '{'))
            .Sum(Value);
        static double Value(string line) // name{labels} value [timestamp]
        {
            var close = line.IndexOf('}', StringComparison.Ordinal);
            var rest = close >= 0 ? line[(close + 1)..] : line[line.IndexOf(' ', StringComparison.Ordinal)..];
            return double.Parse(rest.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }

        return new RuntimeReading(Sum("dotnet_process_cpu_time_seconds_total"), Sum("dotnet_gc_heap_total_allocated_bytes_total"));
    }

    public static RuntimeReading operator -(RuntimeReading after, RuntimeReading before) =>
        new(after.CpuSeconds - before.CpuSeconds, after.AllocatedBytes - before.AllocatedBytes);

    public static RuntimeReading operator +(RuntimeReading a, RuntimeReading b) => new(a.CpuSeconds + b.CpuSeconds, a.AllocatedBytes + b.AllocatedBytes);
}
