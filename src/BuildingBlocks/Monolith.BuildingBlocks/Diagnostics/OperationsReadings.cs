using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Modules;
using OpenTelemetry;

namespace Monolith.BuildingBlocks.Diagnostics;

/// <summary>What one module's tables say at one moment: messages waiting and how long, parked ones, deadlines due soon and missed.</summary>
public sealed record ModuleOperationsReading(
    string Module,
    int OutboxPending,
    TimeSpan OutboxLag,
    int InboxPending,
    TimeSpan InboxLag,
    int Parked,
    int DeadlinesDueSoon,
    int DeadlinesMissed);

/// <summary>A reading of every module, taken at <paramref name="At"/>.</summary>
public sealed record OperationsReading(DateTimeOffset At, IReadOnlyList<ModuleOperationsReading> Modules)
{
    /// <summary>The longest wait of a message in any module, outbox or inbox.</summary>
    public TimeSpan MaxLag => Modules.Count == 0 ? TimeSpan.Zero : Modules.Max(m => m.OutboxLag > m.InboxLag ? m.OutboxLag : m.InboxLag);
}

/// <summary>
/// Reads the operational state of the modules from the database (a few counting queries per module), for the metric
/// gauges and the readiness check. The gauges show the last reading: /metrics takes a fresh one before each scrape.
/// The queries are not traced (they would be a root span per scrape).
/// </summary>
public sealed class OperationsReadings
{
    private readonly IServiceScopeFactory scopes;
    private readonly ModuleCatalog modules;
    private readonly TimeProvider time;
    private OperationsReading? last;

    internal OperationsReadings(IServiceScopeFactory scopes, ModuleCatalog modules, TimeProvider time)
    {
        this.scopes = scopes;
        this.modules = modules;
        this.time = time;
    }

    /// <summary>The last reading taken, or null before the first.</summary>
    public OperationsReading? Last => Volatile.Read(ref last);

    public async Task<OperationsReading> ReadAsync(CancellationToken cancellationToken)
    {
        using var suppressed = SuppressInstrumentationScope.Begin();
        var now = time.GetUtcNow();
        var readings = new List<ModuleOperationsReading>();
        foreach (var module in modules.Modules)
        {
            using var scope = scopes.CreateScope();
            var db = module.DbContext(scope.ServiceProvider);
            var outbox = db.Outbox.AsNoTracking();
            var inbox = db.Inbox.AsNoTracking();
            var deadlines = db.Deadlines.AsNoTracking().Where(d => d.CompletedAt == null && d.CancelledAt == null);
            var oldestUnrelayed = await outbox.Where(m => m.CompletedAt == null && m.ParkedAt == null)
                .OrderBy(m => m.OccurredAt).Select(m => (DateTimeOffset?)m.OccurredAt).FirstOrDefaultAsync(cancellationToken);
            var oldestUnhandled = await inbox.Where(m => m.CompletedAt == null && m.ParkedAt == null)
                .OrderBy(m => m.ReceivedAt).Select(m => (DateTimeOffset?)m.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
            readings.Add(new ModuleOperationsReading(
                module.Info.Name,
                OutboxPending: oldestUnrelayed is null ? 0 : await outbox.CountAsync(m => m.CompletedAt == null && m.ParkedAt == null, cancellationToken),
                OutboxLag: Age(now, oldestUnrelayed),
                InboxPending: oldestUnhandled is null ? 0 : await inbox.CountAsync(m => m.CompletedAt == null && m.ParkedAt == null, cancellationToken),
                InboxLag: Age(now, oldestUnhandled),
                Parked: await outbox.CountAsync(m => m.CompletedAt == null && m.ParkedAt != null, cancellationToken)
                        + await inbox.CountAsync(m => m.CompletedAt == null && m.ParkedAt != null, cancellationToken),
                DeadlinesDueSoon: await deadlines.CountAsync(d => d.MissedAt == null && d.RemindAt <= now, cancellationToken),
                DeadlinesMissed: await deadlines.CountAsync(d => d.MissedAt != null, cancellationToken)));
        }

        var reading = new OperationsReading(now, readings);
        Volatile.Write(ref last, reading);
        return reading;
    }

    private static TimeSpan Age(DateTimeOffset now, DateTimeOffset? since) =>
        since is { } at && at < now ? now - at : TimeSpan.Zero;
}
