using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Supervision.Contracts;
using Monolith.Modules.Supervision.Domain.Risk;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.Risk;

/// <summary>
/// Records indicators (once per source) and re-scores the employer concerned; a level more urgent than the last alert
/// raises an alert, published as <see cref="RiskAlertRaisedIntegrationEvent"/> for Inspection's and Union's queues.
/// </summary>
internal sealed class RiskAssessor(DeploymentClock clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static async Task<RiskRules> RulesAsync(SupervisionDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.RiskSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == RiskSettings.SingletonId, cancellationToken);
        return row is null ? RiskRules.Default : Deserialize(row.RulesJson);
    }

    public static string Serialize(RiskRules rules) => JsonSerializer.Serialize(
        new StoredRules(rules.WindowDays, rules.Weights.ToDictionary(w => w.Key.ToString(), w => w.Value), rules.Red, rules.Orange, rules.Yellow, rules.Blue, [.. rules.KeyPeriods]),
        Json);

    public static RiskRules Deserialize(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredRules>(json, Json) ?? throw new InvalidOperationException("Risk rules are empty.");
        var weights = new Dictionary<RiskIndicatorKind, decimal>(RiskRules.Default.Weights);
        foreach (var (key, value) in stored.Weights)
        {
            if (Enum.TryParse<RiskIndicatorKind>(key, out var kind))
            {
                weights[kind] = value;
            }
        }

        return new RiskRules(stored.WindowDays, weights, stored.Red, stored.Orange, stored.Yellow, stored.Blue, stored.KeyPeriods);
    }

    /// <summary>Adds the indicator unless its source was counted already; re-scores its employer (or the employer of its matter).</summary>
    public async Task<bool> RecordAsync(SupervisionDbContext db, RiskIndicator indicator, CancellationToken cancellationToken)
    {
        if (db.RiskIndicators.Local.Any(i => i.SourceKey == indicator.SourceKey)
            || await db.RiskIndicators.AnyAsync(i => i.SourceKey == indicator.SourceKey, cancellationToken))
        {
            return false;
        }

        db.RiskIndicators.Add(indicator);
        var employer = indicator.EmployerKey;
        if (employer.Length == 0 && indicator.LinkageNumber.Length > 0)
        {
            employer = await db.RiskIndicators.Where(i => i.LinkageNumber == indicator.LinkageNumber && i.EmployerKey != string.Empty)
                .Select(i => i.EmployerKey).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        }

        if (employer.Length > 0)
        {
            await AssessAsync(db, employer, cancellationToken);
        }

        return true;
    }

    /// <summary>Scores one employer on today's date with the administrators' rules.</summary>
    public async Task AssessAsync(SupervisionDbContext db, string employerKey, CancellationToken cancellationToken, RiskRules? rules = null)
    {
        rules ??= await RulesAsync(db, cancellationToken);
        var indicators = await IndicatorsOfAsync(db, employerKey, cancellationToken);
        var score = RiskScoring.Score(indicators, rules, clock.Today);
        var now = clock.UtcNow;
        var assessment = db.RiskAssessments.Local.SingleOrDefault(a => a.EmployerKey == employerKey)
            ?? await db.RiskAssessments.SingleOrDefaultAsync(a => a.EmployerKey == employerKey, cancellationToken);
        if (assessment is null)
        {
            if (score.Level is null)
            {
                return;
            }

            assessment = RiskAssessment.Open(Guid.CreateVersion7(now), employerKey, string.Empty);
            db.RiskAssessments.Add(assessment);
        }

        var named = indicators.Where(i => i.EmployerKey == employerKey).OrderByDescending(i => i.OccurredOn).ToList();
        var raise = assessment.Assess(
            score, named.FirstOrDefault()?.EmployerName ?? string.Empty, named.FirstOrDefault(i => i.Industry is not null)?.Industry,
            named.FirstOrDefault(i => i.DistrictCode is not null)?.DistrictCode, now);
        if (!raise)
        {
            return;
        }

        var alert = RiskAlert.Raise(Guid.CreateVersion7(now), assessment, now);
        db.RiskAlerts.Add(alert);
        var matters = indicators.Where(i => i.LinkageNumber.Length > 0).OrderByDescending(i => i.OccurredOn).ThenByDescending(i => i.LinkageNumber, StringComparer.Ordinal).Select(i => i.LinkageNumber).Distinct().Take(50).ToList();
        db.Publish(new RiskAlertRaisedIntegrationEvent(
            Guid.CreateVersion7(now), now, matters.FirstOrDefault() ?? string.Empty, alert.Id, RiskSubjectKind.Employer, employerKey, assessment.EmployerName,
            assessment.DistrictCode, alert.Level, alert.Score, score.RulesFired, matters, now));
    }

    /// <summary>The employer's indicators, and those of its matters that name no employer (a missed deadline).</summary>
    public static async Task<List<RiskIndicator>> IndicatorsOfAsync(SupervisionDbContext db, string employerKey, CancellationToken cancellationToken)
    {
        var own = await db.RiskIndicators.AsNoTracking().Where(i => i.EmployerKey == employerKey).ToListAsync(cancellationToken);
        own.AddRange(db.RiskIndicators.Local.Where(i => i.EmployerKey == employerKey && own.All(o => o.Id != i.Id)));
        var matters = own.Where(i => i.LinkageNumber.Length > 0).Select(i => i.LinkageNumber).Distinct().ToList();
        if (matters.Count > 0)
        {
            var anonymous = await db.RiskIndicators.AsNoTracking().Where(i => i.EmployerKey == string.Empty && matters.Contains(i.LinkageNumber)).ToListAsync(cancellationToken);
            own.AddRange(anonymous);
            own.AddRange(db.RiskIndicators.Local.Where(i => i.EmployerKey.Length == 0 && matters.Contains(i.LinkageNumber) && anonymous.All(a => a.Id != i.Id)));
        }

        return own;
    }

    private sealed record StoredRules(int WindowDays, Dictionary<string, decimal> Weights, decimal Red, decimal Orange, decimal Yellow, decimal Blue, List<KeyPeriod> KeyPeriods);
}
