using System.Globalization;
using System.Net.Http.Headers;

namespace Monolith.Bench;

/// <summary>
/// CPU seconds and bytes allocated so far by a process (the runtime's meter), and the database commands its modules
/// sent (the platform's <c>monolith.db.commands</c>) and the time writers held the write gate (SQLite's one write lock;
/// <c>monolith.db.write_gate.held</c>), as its /metrics reports them.
/// </summary>
internal sealed record RuntimeReading(double CpuSeconds, double AllocatedBytes, double DbCommands, double WriteLockHeldSeconds)
{
    public const string ScrapeToken = "bench-scrape-token";

    /// <summary>Reads the service's /metrics with the scrape token the bench started it with.</summary>
    public static async Task<RuntimeReading> ReadAsync(string baseUrl)
    {
        var text = await ScrapeAsync(baseUrl);
        return new RuntimeReading(
            Sum(text, "dotnet_process_cpu_time_seconds_total"), Sum(text, "dotnet_gc_heap_total_allocated_bytes_total"), Sum(text, "monolith_db_commands_total"),
            Sum(text, "monolith_db_write_gate_held_seconds_sum"));
    }

    public static async Task<string> ScrapeAsync(string baseUrl)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeToken);
        return await client.GetStringAsync("/metrics");
    }

    /// <summary>The sum of a metric's series in Prometheus text, optionally only those whose labels contain <paramref name="label"/>.</summary>
    public static double Sum(string text, string metric, string? label = null) => text.Split('\n')
        .Where(l => l.StartsWith(metric, StringComparison.Ordinal) && (l.Length == metric.Length || l[metric.Length] is ' ' or '{'))
        .Where(l => label is null || l.Contains(label, StringComparison.Ordinal))
        .Sum(Value);

    private static double Value(string line) // name{labels} value [timestamp]
    {
        var close = line.IndexOf('}', StringComparison.Ordinal);
        var rest = close >= 0 ? line[(close + 1)..] : line[line.IndexOf(' ', StringComparison.Ordinal)..];
        return double.Parse(rest.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    public static RuntimeReading operator -(RuntimeReading after, RuntimeReading before) =>
        new(after.CpuSeconds - before.CpuSeconds, after.AllocatedBytes - before.AllocatedBytes, after.DbCommands - before.DbCommands,
            after.WriteLockHeldSeconds - before.WriteLockHeldSeconds);

    public static RuntimeReading operator +(RuntimeReading a, RuntimeReading b) =>
        new(a.CpuSeconds + b.CpuSeconds, a.AllocatedBytes + b.AllocatedBytes, a.DbCommands + b.DbCommands, a.WriteLockHeldSeconds + b.WriteLockHeldSeconds);
}
