using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Monolith.Bench;

internal sealed record Violation(string Kind, string Detail);

internal sealed record DrainResult(bool Drained, TimeSpan Elapsed, string Pending);

internal sealed class CrashReport
{
    public List<Violation> Violations { get; } = [];

    public int Checks { get; set; }

    public int AcknowledgedFoundOnce { get; set; }

    public int LostFound { get; set; }

    public int LostNotFound { get; set; }

    public int OutboxRows { get; set; }

    public int InboxRows { get; set; }

    /// <summary>Outbox and inbox rows neither done nor parked when the file was read (published after the drain).</summary>
    public int Pending { get; set; }

    public Dictionary<string, int> EventsHandled { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts one check; records a violation of <paramref name="kind"/> if <paramref name="holds"/> is false.</summary>
    public void Expect(bool holds, string kind, string detail)
    {
        Checks++;
        if (!holds)
        {
            Violations.Add(new Violation(kind, detail));
        }
    }
}

/// <summary>
/// What the crash harness reads from the database file (read-only, beside the running host): the outbox and inbox
/// rows of every module, the records the commands created (found by their marks), their deadlines and idempotency
/// records. Payloads are not read (they are to be encrypted at rest); rows are matched by ids, types and linkage numbers.
/// </summary>
internal static class CrashChecks
{
    private const string ReferralRequested = "legalaid.referral-requested.v1";
    private const string DecisionMade = "legalaid.decision-made.v1";
    private const string LimitationInterrupted = "inspection.limitation-interrupted.v1";

    private sealed record OutboxRow(string Module, Guid Id, string Type, string? LinkageNumber, string? Recipient, bool Completed, bool Parked, int Attempts);

    private sealed record InboxRow(string Module, Guid EventId, string Handler, string Type, string? SourceModule, bool Completed, bool Parked);

    private sealed record DeadlineRow(Guid SubjectId, string RuleId);

    /// <summary>Legal-aid applications that a referral created and nobody has decided yet.</summary>
    public static async Task<List<(Guid Id, string LinkageNumber)>> PendingReferredApplicationsAsync(string databaseFile)
    {
        var pending = new List<(Guid, string)>();
        await using var connection = await OpenAsync(databaseFile);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, LinkageNumber FROM LegalAidApplications WHERE ReferralId IS NOT NULL AND Status = 'PendingReview'";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pending.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return pending;
    }

    /// <summary>Waits until no outbox or inbox row of any module is still to be relayed or handled (parked rows count as done here and fail the checks).</summary>
    public static async Task<DrainResult> DrainAsync(string databaseFile, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var quiet = 0;
        var pending = "";
        while (clock.Elapsed < timeout)
        {
            await using (var connection = await OpenAsync(databaseFile))
            {
                var counts = new List<string>();
                foreach (var table in await TablesAsync(connection, "Outbox"))
                {
                    counts.Add($"{table} {await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\" WHERE CompletedAt IS NULL AND ParkedAt IS NULL")}");
                }

                foreach (var table in (await TablesAsync(connection, "Outbox")).Select(t => t[..^"Outbox".Length] + "Inbox"))
                {
                    counts.Add($"{table} {await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\" WHERE CompletedAt IS NULL AND ParkedAt IS NULL")}");
                }

                var open = counts.Where(c => !c.EndsWith(" 0", StringComparison.Ordinal)).ToList();
                pending = string.Join(", ", open);
                quiet = open.Count == 0 ? quiet + 1 : 0;
            }

            // Twice in a row: a handler may publish a further event (the reply) in the pass that just ended.
            if (quiet >= 2)
            {
                return new DrainResult(true, clock.Elapsed, "");
            }

            await Task.Delay(250);
        }

        return new DrainResult(false, clock.Elapsed, pending);
    }

    public static async Task<CrashReport> CheckAsync(string databaseFile, string run, IReadOnlyList<CrashCommand> commands)
    {
        var report = new CrashReport();
        await using var connection = await OpenAsync(databaseFile);

        var outbox = new List<OutboxRow>();
        foreach (var table in await TablesAsync(connection, "Outbox"))
        {
            var module = table[..^"Outbox".Length];
            await ReadAsync(connection, $"SELECT Id, Type, LinkageNumber, Recipient, CompletedAt IS NOT NULL, ParkedAt IS NOT NULL, Attempts FROM \"{table}\"", r =>
                outbox.Add(new OutboxRow(module, r.GetGuid(0), r.GetString(1), Text(r, 2), Text(r, 3), r.GetBoolean(4), r.GetBoolean(5), r.GetInt32(6))));
        }

        var inbox = new List<InboxRow>();
        foreach (var module in (await TablesAsync(connection, "Outbox")).Select(t => t[..^"Outbox".Length]))
        {
            var table = module + "Inbox";
            await ReadAsync(connection, $"SELECT EventId, Handler, Type, SourceModule, CompletedAt IS NOT NULL, ParkedAt IS NOT NULL FROM \"{table}\"", r =>
                inbox.Add(new InboxRow(module, r.GetGuid(0), r.GetString(1), r.GetString(2), Text(r, 3), r.GetBoolean(4), r.GetBoolean(5))));
        }

        report.OutboxRows = outbox.Count;
        report.InboxRows = inbox.Count;
        foreach (var handled in inbox.Where(i => i.Completed).GroupBy(i => i.Type))
        {
            report.EventsHandled[handled.Key] = handled.Count();
        }

        // Every event left its outbox and was handled: nothing pending, nothing parked, nothing delivered that was never published.
        foreach (var row in outbox)
        {
            report.Expect(row.Completed && !row.Parked, "outbox row not relayed", $"{row.Module} {row.Type} {row.Id} {row.LinkageNumber}: completed {row.Completed}, parked {row.Parked}, attempts {row.Attempts}");
        }

        foreach (var row in inbox)
        {
            report.Expect(row.Completed && !row.Parked, "inbox row not handled", $"{row.Module} {row.Handler} event {row.EventId}: completed {row.Completed}, parked {row.Parked}");
        }

        report.Pending = outbox.Count(o => !o.Completed && !o.Parked) + inbox.Count(i => !i.Completed && !i.Parked);

        // Once per (event, handler): the inbox's unique index says so, and this says it still does.
        foreach (var twice in inbox.GroupBy(i => (i.Module, i.EventId, i.Handler)).Where(g => g.Count() > 1))
        {
            report.Violations.Add(new Violation("event delivered twice to one handler", $"{twice.Key.Module} {twice.Key.Handler} event {twice.Key.EventId}: {twice.Count()}"));
        }

        report.Checks++;
        var published = outbox.Select(o => o.Id).ToHashSet();
        foreach (var row in inbox)
        {
            report.Expect(published.Contains(row.EventId), "inbox row without its outbox event", $"{row.Module} {row.Handler} event {row.EventId} from {row.SourceModule}");
        }

        var deliveries = inbox.ToLookup(i => i.EventId);
        var applications = new Dictionary<Guid, string>();
        await ReadAsync(connection, "SELECT Id, LinkageNumber FROM ArbitrationApplications", r => applications[r.GetGuid(0)] = r.GetString(1));
        var applicationsByMark = new List<(string Mark, Guid ApplicationId)>();
        await ReadAsync(connection, $"SELECT Description, ApplicationId FROM ArbitrationClaims WHERE Description LIKE '{run}-%'", r => applicationsByMark.Add((r.GetString(0), r.GetGuid(1))));
        var referrals = new Dictionary<Guid, (Guid ApplicationId, string Status)>();
        await ReadAsync(connection, "SELECT Id, ApplicationId, Status FROM ArbitrationLegalAidReferrals", r => referrals[r.GetGuid(0)] = (r.GetGuid(1), r.GetString(2)));
        var interruptions = new List<Guid>();
        await ReadAsync(connection, "SELECT ComplaintId FROM ArbitrationComplaintInterruptions", r => interruptions.Add(r.GetGuid(0)));
        var cases = new Dictionary<Guid, string>();
        var casesByMark = new List<(string Mark, Guid CaseId)>();
        await ReadAsync(connection, "SELECT Id, LinkageNumber, ChannelReference FROM InspectionCases", r =>
        {
            cases[r.GetGuid(0)] = r.GetString(1);
            if (Text(r, 2) is { } mark && mark.StartsWith(run + "-", StringComparison.Ordinal))
            {
                casesByMark.Add((mark, r.GetGuid(0)));
            }
        });
        var legalAid = new List<(Guid Id, string LinkageNumber, Guid ReferralId, string Status)>();
        await ReadAsync(connection, "SELECT Id, LinkageNumber, ReferralId, Status FROM LegalAidApplications WHERE ReferralId IS NOT NULL", r =>
            legalAid.Add((r.GetGuid(0), r.GetString(1), r.GetGuid(2), r.GetString(3))));
        var deadlines = new Dictionary<string, List<DeadlineRow>>(StringComparer.Ordinal);
        var idempotencyKeys = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var module in new[] { "Arbitration", "Inspection", "LegalAid" })
        {
            var rows = deadlines[module] = [];
            await ReadAsync(connection, $"SELECT SubjectId, RuleId FROM \"{module}Deadlines\"", r => rows.Add(new DeadlineRow(r.GetGuid(0), r.GetString(1))));
            var keys = idempotencyKeys[module] = [];
            await ReadAsync(connection, $"SELECT Key FROM \"{module}IdempotentCommands\"", r => keys.Add(r.GetString(0)));
        }

        int DeadlinesOf(string module, Guid subject, string rule) => deadlines[module].Count(d => d.SubjectId == subject && d.RuleId == rule);
        var byMark = applicationsByMark.GroupBy(a => a.Mark).ToDictionary(g => g.Key, g => g.Select(a => a.ApplicationId).Distinct().ToList(), StringComparer.Ordinal);
        var casesMarked = casesByMark.GroupBy(c => c.Mark).ToDictionary(g => g.Key, g => g.Select(c => c.CaseId).ToList(), StringComparer.Ordinal);

        // 1. Registrations: an acknowledged one is there once, under the id and linkage number it was answered with;
        //    a lost one (no key, not retried) is there at most once; a rejected one is not there.
        foreach (var command in commands.Where(c => c.Kind is CommandKind.RegisterApplication or CommandKind.RegisterComplaint))
        {
            var arbitration = command.Kind == CommandKind.RegisterApplication;
            var found = (arbitration ? byMark : casesMarked).GetValueOrDefault(command.Token) ?? [];
            var what = arbitration ? "application" : "complaint";
            switch (command.Outcome)
            {
                case CommandOutcome.Acknowledged:
                    report.Expect(found.Count > 0, $"acknowledged {what} missing", $"{command.Token} acknowledged as {command.Id} {command.LinkageNumber}");
                    report.Expect(found.Count <= 1, $"{what} stored more than once", $"{command.Token}: {string.Join(", ", found)} (key {command.IdempotencyKey ?? "none"}, {command.LostAnswers} lost answer(s))");
                    var stored = arbitration ? applications : cases;
                    report.Expect(
                        found.Count != 1 || (found[0] == command.Id && stored.GetValueOrDefault(command.Id) == command.LinkageNumber),
                        $"acknowledged {what} stored under another id or linkage number",
                        $"{command.Token}: answered {command.Id} {command.LinkageNumber}, stored {string.Join(", ", found)}");
                    if (found.Count == 1)
                    {
                        report.AcknowledgedFoundOnce++;
                    }

                    break;
                case CommandOutcome.AnswerLost:
                    report.Expect(found.Count <= 1, $"{what} whose answer was lost stored more than once", $"{command.Token}: {string.Join(", ", found)}");
                    if (found.Count == 0)
                    {
                        report.LostNotFound++;
                    }
                    else
                    {
                        report.LostFound++;
                    }

                    break;
                case CommandOutcome.Rejected:
                    report.Expect(found.Count == 0, $"rejected {what} stored", $"{command.Token}: {(int)command.RejectedWith!} but stored as {string.Join(", ", found)}");
                    break;
            }

            // Its deadline started once, in the same transaction (present exactly when the matter is).
            foreach (var id in found)
            {
                var deadlineCount = arbitration ? DeadlinesOf("Arbitration", id, "arbitration.decide-acceptance") : DeadlinesOf("Inspection", id, "inspection.accept-complaint");
                report.Expect(deadlineCount == 1, $"{what} acceptance deadline not started exactly once", $"{command.Token} {id}: {deadlineCount}");
            }

            // A complaint's limitation-interruption event: published once, delivered to Arbitration and applied once.
            if (!arbitration)
            {
                foreach (var id in found)
                {
                    var events = outbox.Where(o => o.Module == "Inspection" && o.Type == LimitationInterrupted && o.LinkageNumber == cases[id]).ToList();
                    report.Expect(events.Count == 1, "complaint event not published exactly once", $"{command.Token} {cases[id]}: {events.Count}");
                    foreach (var published1 in events)
                    {
                        var handled = deliveries[published1.Id].Where(d => d.Handler == "arbitration.record-limitation-interruption").ToList();
                        report.Expect(handled.Count == 1 && handled[0].Completed, "complaint event not handled by Arbitration exactly once", $"{command.Token} event {published1.Id}: {handled.Count}");
                    }

                    var applied = interruptions.Count(c => c == id);
                    report.Expect(applied == 1, "limitation interruption not recorded exactly once", $"{command.Token} complaint {id}: {applied}");
                }
            }
        }

        // 2. Idempotency: a keyed command that was acknowledged left exactly one record of its key, in its module.
        foreach (var command in commands.Where(c => c.IdempotencyKey is not null && c.Outcome == CommandOutcome.Acknowledged))
        {
            var module = command.Kind switch
            {
                CommandKind.RegisterApplication or CommandKind.ReferToLegalAid => "Arbitration",
                CommandKind.RegisterComplaint => "Inspection",
                _ => "LegalAid",
            };
            var keys = idempotencyKeys[module].Count(k => k == command.IdempotencyKey);
            report.Expect(keys == 1, "idempotency record not saved exactly once", $"{command.Kind} {command.Token} key {command.IdempotencyKey}: {keys} in {module}");
        }

        // 3. Referrals: Arbitration → LegalAid. The referral is on the application; its event was published once and
        //    handled once; it made one legal-aid application with the same linkage number and one review deadline.
        var referralLinkages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var command in commands.Where(c => c.Kind == CommandKind.ReferToLegalAid && c.Outcome == CommandOutcome.Acknowledged))
        {
            referralLinkages.Add(command.LinkageNumber!);
            report.Expect(
                referrals.TryGetValue(command.Id, out var referral) && referral.ApplicationId == command.Subject,
                "acknowledged referral missing", $"{command.Token}: referral {command.Id} of {command.Subject}");
            var events = outbox.Where(o => o.Module == "Arbitration" && o.Type == ReferralRequested && o.LinkageNumber == command.LinkageNumber).ToList();
            report.Expect(events.Count == 1, "referral event not published exactly once", $"{command.Token} {command.LinkageNumber}: {events.Count}");
            foreach (var referralEvent in events)
            {
                var handled = deliveries[referralEvent.Id].ToList();
                report.Expect(
                    handled.Count == 1 && handled[0] is { Module: "LegalAid", Handler: "legalaid.receive-referral", Completed: true },
                    "referral event not handled by LegalAid exactly once",
                    $"{command.Token} event {referralEvent.Id}: {string.Join(", ", handled.Select(h => $"{h.Module}/{h.Handler}/{h.Completed}"))}");
            }

            var created = legalAid.Where(a => a.ReferralId == command.Id).ToList();
            report.Expect(created.Count == 1, "referral not applied exactly once in LegalAid", $"{command.Token} referral {command.Id}: {created.Count} application(s)");
            if (referrals.ContainsKey(command.Id) && events.Count == 1 && created.Count == 1)
            {
                report.AcknowledgedFoundOnce++;
            }
            foreach (var application in created)
            {
                report.Expect(application.LinkageNumber == command.LinkageNumber, "legal-aid application under another linkage number", $"{command.Token}: {application.LinkageNumber} ≠ {command.LinkageNumber}");
                var review = DeadlinesOf("LegalAid", application.Id, "legalaid.review-application");
                report.Expect(review == 1, "legal-aid review deadline not started exactly once", $"{command.Token} {application.Id}: {review}");
            }
        }

        // Nothing in LegalAid from this run's matters that no acknowledged referral explains.
        var runLinkages = commands.Where(c => c.Kind == CommandKind.RegisterApplication).SelectMany(c => byMark.GetValueOrDefault(c.Token) ?? [])
            .Select(id => applications[id]).ToHashSet(StringComparer.Ordinal);
        foreach (var application in legalAid.Where(a => runLinkages.Contains(a.LinkageNumber)))
        {
            report.Expect(referrals.ContainsKey(application.ReferralId), "legal-aid application for a referral Arbitration does not have",
                $"{application.LinkageNumber} referral {application.ReferralId}");
        }

        // 4. Decisions: LegalAid → Arbitration (addressed to it). Decided once, reported once, applied once on the referral.
        foreach (var command in commands.Where(c => c.Kind is CommandKind.GrantLegalAid or CommandKind.RefuseLegalAid && c.Outcome == CommandOutcome.Acknowledged))
        {
            var expected = command.Kind == CommandKind.GrantLegalAid ? "Granted" : "Refused";
            var application = legalAid.SingleOrDefault(a => a.Id == command.Subject);
            report.Expect(application.Status == expected, "acknowledged decision missing", $"{command.Token} {command.Subject}: {application.Status ?? "no application"}, expected {expected}");
            var events = outbox.Where(o => o.Module == "LegalAid" && o.Type == DecisionMade && o.LinkageNumber == command.Token).ToList();
            report.Expect(events.Count == 1, "decision event not published exactly once", $"{command.Token}: {events.Count}");
            foreach (var decision in events)
            {
                var handled = deliveries[decision.Id].ToList();
                report.Expect(
                    handled.Count == 1 && handled[0] is { Module: "Arbitration", Handler: "arbitration.record-legal-aid-decision", Completed: true },
                    "decision event not handled by Arbitration exactly once",
                    $"{command.Token} event {decision.Id}: {string.Join(", ", handled.Select(h => $"{h.Module}/{h.Handler}/{h.Completed}"))}");
            }

            var onReferral = application.ReferralId != Guid.Empty && referrals.TryGetValue(application.ReferralId, out var referral) ? referral.Status : "no referral";
            report.Expect(onReferral == expected, "decision not applied on the Arbitration referral", $"{command.Token} referral {application.ReferralId}: {onReferral}, expected {expected}");
            if (application.Status == expected && events.Count == 1 && onReferral == expected)
            {
                report.AcknowledgedFoundOnce++;
            }
        }

        return report;
    }

    private static async Task<SqliteConnection> OpenAsync(string databaseFile)
    {
        var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var timeout = connection.CreateCommand();
        timeout.CommandText = "PRAGMA busy_timeout = 5000";
        await timeout.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Tables named …<paramref name="suffix"/>: with "Outbox", one per module (every module has an outbox and an inbox).</summary>
    private static async Task<List<string>> TablesAsync(SqliteConnection connection, string suffix)
    {
        var tables = new List<string>();
        await ReadAsync(connection, $"SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%{suffix}' ORDER BY name", r => tables.Add(r.GetString(0)));
        return [.. tables.Where(t => t.EndsWith(suffix, StringComparison.Ordinal) && t.Length > suffix.Length)];
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ReadAsync(SqliteConnection connection, string sql, Action<SqliteDataReader> row)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            row(reader);
        }
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
