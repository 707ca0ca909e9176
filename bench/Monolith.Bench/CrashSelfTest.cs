using Microsoft.Data.Sqlite;

namespace Monolith.Bench;

internal sealed record InjectedFault(string Fault, string ExpectedViolation, bool Detected);

/// <summary>
/// The checks checked: after a run, a copy of the database file gets one fault of each kind the checks look for (an
/// acknowledged registration gone and another stored twice, an event not handled or handled twice, an event not relayed, a decision not
/// applied, an interruption lost, a deadline started twice, an idempotency record lost), and the same checks run on the
/// copy must report every one. A check that cannot fail would show up here as an undetected fault.
/// </summary>
internal static class CrashSelfTest
{
    /// <summary>How many faults a run with enough commands of every kind gets.</summary>
    public const int Faults = 9;

    public static async Task<List<InjectedFault>> RunAsync(string databaseFile, string run, IReadOnlyList<CrashCommand> commands, string workDirectory)
    {
        var copy = Path.Combine(workDirectory, "faults.db");
        await using (var source = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False"))
        {
            await source.OpenAsync();
            await using var vacuum = source.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $copy";
            vacuum.Parameters.AddWithValue("$copy", copy);
            await vacuum.ExecuteNonQueryAsync();
        }

        var acknowledged = commands.Where(c => c.Outcome == CommandOutcome.Acknowledged).ToList();
        var applications = acknowledged.Where(c => c.Kind == CommandKind.RegisterApplication).ToList();
        var referred = acknowledged.Where(c => c.Kind == CommandKind.ReferToLegalAid).ToList();
        var decisions = acknowledged.Where(c => c.Kind is CommandKind.GrantLegalAid or CommandKind.RefuseLegalAid).ToList();
        var complaints = acknowledged.Where(c => c.Kind == CommandKind.RegisterComplaint).ToList();
        var keyed = acknowledged.Where(c => c.IdempotencyKey is not null && c.Kind == CommandKind.RegisterComplaint).ToList();

        var faults = new List<(string Fault, string Expected, string Sql)>();
        if (applications.Count >= 3)
        {
            var (kept, moved, doubled) = (applications[0], applications[1], applications[2]);
            faults.Add(($"application {moved.Token}'s mark moved onto {kept.Token}'s", "application stored more than once",
                $"UPDATE ArbitrationClaims SET Description = '{kept.Token}' WHERE Description = '{moved.Token}'"));
            faults.Add(($"application {moved.Token} no longer found", "acknowledged application missing", ""));
            faults.Add(($"{doubled.Token}'s acceptance deadline started twice", "application acceptance deadline not started exactly once",
                $"CREATE TEMP TABLE Twice AS SELECT * FROM ArbitrationDeadlines WHERE upper(SubjectId) = upper('{doubled.Id}') AND RuleId = 'arbitration.decide-acceptance'; " +
                $"UPDATE Twice SET Id = upper('{Guid.NewGuid()}'); INSERT INTO ArbitrationDeadlines SELECT * FROM Twice;"));
        }

        if (referred.Count >= 1)
        {
            faults.Add(($"{referred[0].LinkageNumber}'s referral event never reached LegalAid's inbox", "referral event not handled by LegalAid exactly once",
                $"DELETE FROM LegalAidInbox WHERE Type = 'legalaid.referral-requested.v1' AND LinkageNumber = '{referred[0].LinkageNumber}'"));
        }

        if (referred.Count >= 2)
        {
            // Needs the unique (EventId, Handler) index gone from the copy: the database itself refuses the duplicate.
            faults.Add(($"{referred[1].LinkageNumber}'s referral event delivered twice to LegalAid's handler", "event delivered twice to one handler",
                $"CREATE TEMP TABLE Again AS SELECT * FROM LegalAidInbox WHERE Type = 'legalaid.referral-requested.v1' AND LinkageNumber = '{referred[1].LinkageNumber}'; " +
                $"UPDATE Again SET Id = upper('{Guid.NewGuid()}'); DROP INDEX IF EXISTS \"IX_LegalAidInbox_EventId_Handler\"; INSERT INTO LegalAidInbox SELECT * FROM Again;"));
        }

        if (decisions.Count >= 2)
        {
            faults.Add(($"{decisions[0].Token}'s decision not applied on Arbitration's referral", "decision not applied on the Arbitration referral",
                $"UPDATE ArbitrationLegalAidReferrals SET Status = 'AwaitingDecision' WHERE Id = (SELECT ReferralId FROM LegalAidApplications WHERE upper(Id) = upper('{decisions[0].Subject}'))"));
            faults.Add(($"{decisions[1].Token}'s decision event left in LegalAid's outbox", "outbox row not relayed",
                $"UPDATE LegalAidOutbox SET CompletedAt = NULL WHERE Type = 'legalaid.decision-made.v1' AND LinkageNumber = '{decisions[1].Token}'"));
        }

        if (complaints.Count >= 1)
        {
            faults.Add(($"complaint {complaints[0].Token}'s limitation interruption lost in Arbitration", "limitation interruption not recorded exactly once",
                $"DELETE FROM ArbitrationComplaintInterruptions WHERE upper(ComplaintId) = upper('{complaints[0].Id}')"));
        }

        if (keyed.Count >= 1)
        {
            faults.Add(($"complaint {keyed[^1].Token}'s idempotency record lost", "idempotency record not saved exactly once",
                $"DELETE FROM InspectionIdempotentCommands WHERE Key = '{keyed[^1].IdempotencyKey}'"));
        }

        await using (var target = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            await target.OpenAsync();
            foreach (var (_, _, sql) in faults.Where(f => f.Sql.Length > 0))
            {
                await using var command = target.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync();
            }
        }

        var report = await CrashChecks.CheckAsync(copy, run, commands);
        File.Delete(copy);
        return [.. faults.Select(f => new InjectedFault(f.Fault, f.Expected, report.Violations.Any(v => v.Kind == f.Expected)))];
    }
}
