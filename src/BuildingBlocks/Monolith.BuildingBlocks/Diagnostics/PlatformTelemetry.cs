using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;

namespace Monolith.BuildingBlocks.Diagnostics;

/// <summary>
/// The platform's own traces and metrics (ADR 0043), agency-neutral: one activity source and one meter, both named
/// <see cref="Name"/>. Spans: a relay pass that moved something, an inbox delivery, a job run. Instruments: counters
/// for what the relay, the inbox and the jobs did, how long each recurring pass took, the database commands each module sent, the waits for and turns at the write gate, and gauges per module (outbox and inbox lag, parked messages,
/// deadlines due soon and missed) read from the last <see cref="OperationsReading"/>.
/// </summary>
public static class PlatformTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "Monolith";

    /// <summary>Spans of the building blocks (static: an activity belongs to the flow that started it, not to a host).</summary>
    public static ActivitySource Source { get; } = new(Name);

    /// <summary>Instrument names as declared; Prometheus writes them with underscores and unit/total suffixes.</summary>
    public static class Instruments
    {
        public const string OutboxRelayed = "monolith.outbox.relayed";
        public const string OutboxRelayFailures = "monolith.outbox.relay_failures";
        public const string OutboxLag = "monolith.outbox.lag";
        public const string OutboxPending = "monolith.outbox.pending";
        public const string InboxHandled = "monolith.inbox.handled";
        public const string InboxFailed = "monolith.inbox.failed";
        public const string InboxLag = "monolith.inbox.lag";
        public const string InboxPending = "monolith.inbox.pending";
        public const string MessagesParked = "monolith.messages.parked";
        public const string JobsPerformed = "monolith.jobs.performed";
        public const string JobsFailed = "monolith.jobs.failed";
        public const string JobsDuration = "monolith.jobs.duration";
        public const string DbCommands = "monolith.db.commands";
        public const string WriteGateWaited = "monolith.db.write_gate.waited";
        public const string WriteGateHeld = "monolith.db.write_gate.held";
        public const string DeadlinesDueSoon = "monolith.deadlines.due_soon";
        public const string DeadlinesMissed = "monolith.deadlines.missed";
    }
}

/// <summary>
/// The platform meter of one host, created through the host's <see cref="IMeterFactory"/> so that several hosts in one
/// process (the tests) each report their own, and a disposed host's gauges stop being read.
/// </summary>
public sealed class PlatformMetrics
{
    private readonly Counter<long> outboxRelayed;
    private readonly Counter<long> outboxRelayFailures;
    private readonly Counter<long> inboxHandled;
    private readonly Counter<long> inboxFailed;
    private readonly Counter<long> jobsPerformed;
    private readonly Counter<long> jobsFailed;
    private readonly Histogram<double> jobsDuration;
    private readonly Counter<long> dbCommands;
    private readonly Histogram<double> writeGateWaited;
    private readonly Histogram<double> writeGateHeld;

    public PlatformMetrics(IMeterFactory meters, OperationsReadings readings, IOptions<TelemetryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(options);
        var meter = meters.Create(options.Value.MeterName);
        outboxRelayed = meter.CreateCounter<long>(PlatformTelemetry.Instruments.OutboxRelayed, "{message}", "Outbox messages relayed into the subscribers' inboxes");
        outboxRelayFailures = meter.CreateCounter<long>(PlatformTelemetry.Instruments.OutboxRelayFailures, "{message}", "Outbox messages whose relay attempt failed");
        inboxHandled = meter.CreateCounter<long>(PlatformTelemetry.Instruments.InboxHandled, "{message}", "Inbox deliveries whose handler committed");
        inboxFailed = meter.CreateCounter<long>(PlatformTelemetry.Instruments.InboxFailed, "{message}", "Inbox deliveries whose handler failed (retried, parked after the last attempt)");
        jobsPerformed = meter.CreateCounter<long>(PlatformTelemetry.Instruments.JobsPerformed, "{job}", "Background jobs run to the end");
        jobsFailed = meter.CreateCounter<long>(PlatformTelemetry.Instruments.JobsFailed, "{job}", "Background jobs that failed");
        dbCommands = meter.CreateCounter<long>(PlatformTelemetry.Instruments.DbCommands, "{command}", "Database commands (round trips) sent, run or failed, by the module whose context sent them; one may hold several statements");
        jobsDuration = meter.CreateHistogram<double>(PlatformTelemetry.Instruments.JobsDuration, "s", "How long a recurring pass took, run to the end or failed");
        writeGateWaited = meter.CreateHistogram<double>(PlatformTelemetry.Instruments.WriteGateWaited, "s",
            "How long a writer waited for its turn at the write gate (engines with one writer at a time), by work: messaging or command");
        writeGateHeld = meter.CreateHistogram<double>(PlatformTelemetry.Instruments.WriteGateHeld, "s",
            "How long a writer held the write gate (its write transactions and the work inside them), by work: messaging or command; their sum over a time is how busy the database's one write lock was");
        meter.CreateObservableGauge(PlatformTelemetry.Instruments.OutboxLag, () => PerModule(readings, m => m.OutboxLag.TotalSeconds), "s",
            "Age of the oldest outbox message not yet relayed (0 when none)");
        meter.CreateObservableGauge(PlatformTelemetry.Instruments.OutboxPending, () => PerModule(readings, m => (long)m.OutboxPending), "{message}",
            "Outbox messages not yet relayed (parked ones excluded)");
        meter.CreateObservableGauge(PlatformTelemetry.Instruments.InboxLag, () => PerModule(readings, m => m.InboxLag.TotalSeconds), "s",
            "Time the oldest unhandled inbox delivery has waited since it was received (0 when none)");
        meter.CreateObservableGauge(PlatformTelemetry.Instruments.InboxPending, () => PerModule(readings, m => (long)m.InboxPending), "{message}",
            "Inbox deliveries not yet handled (parked ones excluded)");
        meter.CreateObservableGauge(PlatformTelemetry.Instruments.MessagesParked, () => PerModule(readings, m => (long)m.Parked), "{message}",
            "Outbox and inbox messages parked for an administrator");
        meter.CreateObservableGauge(PlatformTelemetry.Instruments.DeadlinesDueSoon, () => PerModule(readings, m => (long)m.DeadlinesDueSoon), "{deadline}",
            "Open deadlines whose reminder time has come and which are not missed yet");
        meter.CreateObservableGauge(PlatformTelemetry.Instruments.DeadlinesMissed, () => PerModule(readings, m => (long)m.DeadlinesMissed), "{deadline}",
            "Deadlines marked missed and still open");
    }

    public void Relayed(string module, int count) => outboxRelayed.Add(count, Tag(module));

    public void RelayFailed(string module, int count) => outboxRelayFailures.Add(count, Tag(module));

    public void Handled(string module, int count = 1) => inboxHandled.Add(count, Tag(module));

    public void HandlerFailed(string module) => inboxFailed.Add(1, Tag(module));

    public void JobPerformed(string job) => jobsPerformed.Add(1, new KeyValuePair<string, object?>("job", job));

    public void JobFailed(string job) => jobsFailed.Add(1, new KeyValuePair<string, object?>("job", job));

    public void DbCommand(string module) => dbCommands.Add(1, Tag(module));

    public void JobTook(string job, TimeSpan elapsed) => jobsDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("job", job));

    /// <summary>One turn at the <see cref="Persistence.WriteGate"/>: the wait for it, then the time it was held.</summary>
    public void WriteGateTurn(bool messagingWork, TimeSpan waited, TimeSpan held)
    {
        var work = new KeyValuePair<string, object?>("work", messagingWork ? "messaging" : "command");
        writeGateWaited.Record(waited.TotalSeconds, work);
        writeGateHeld.Record(held.TotalSeconds, work);
    }

    private static KeyValuePair<string, object?> Tag(string module) => new("module", module);

    private static IEnumerable<Measurement<T>> PerModule<T>(OperationsReadings readings, Func<ModuleOperationsReading, T> value)
        where T : struct =>
        readings.Last?.Modules.Select(m => new Measurement<T>(value(m), Tag(m.Module))) ?? [];
}
