using Monolith.Modules.Supervision.Contracts;

namespace Monolith.Modules.Supervision.Domain.Risk;

/// <summary>风险台账: the current score of one employer, with the level last alerted.</summary>
internal sealed class RiskAssessment
{
    private RiskAssessment()
    {
    }

    public Guid Id { get; private set; }

    public string EmployerKey { get; private set; } = string.Empty;

    public string EmployerName { get; private set; } = string.Empty;

    public string? Industry { get; private set; }

    public string? DistrictCode { get; private set; }

    public decimal Score { get; private set; }

    public RiskLevel? Level { get; private set; }

    /// <summary>The rules that fired, as "explanation（points分）" lines.</summary>
    public string RulesFired { get; private set; } = string.Empty;

    public DateTimeOffset AssessedAt { get; private set; }

    public RiskLevel? LastAlertLevel { get; private set; }

    public DateTimeOffset? LastAlertAt { get; private set; }

    public int Version { get; private set; }

    public static RiskAssessment Open(Guid id, string employerKey, string employerName) => new() { Id = id, EmployerKey = employerKey, EmployerName = employerName };

    /// <summary>Records the new score; true if its level is more urgent than the last alert, i.e. an alert must be raised.</summary>
    public bool Assess(RiskScore score, string employerName, string? industry, string? districtCode, DateTimeOffset at)
    {
        EmployerName = employerName.Length > 0 ? employerName : EmployerName;
        Industry = industry ?? Industry;
        DistrictCode = districtCode ?? DistrictCode;
        Score = score.Score;
        Level = score.Level;
        RulesFired = string.Join("\n", score.RulesFired.Select(r => $"{r.Explanation}（{r.Points:0.#}分）"));
        AssessedAt = at;
        Version++;
        if (!RiskScoring.Escalates(score.Level, LastAlertLevel))
        {
            return false;
        }

        LastAlertLevel = score.Level;
        LastAlertAt = at;
        return true;
    }
}

/// <summary>One alert raised (and published as <see cref="RiskAlertRaisedIntegrationEvent"/>).</summary>
internal sealed class RiskAlert
{
    private RiskAlert()
    {
    }

    public Guid Id { get; private set; }

    public string EmployerKey { get; private set; } = string.Empty;

    public string EmployerName { get; private set; } = string.Empty;

    public string? DistrictCode { get; private set; }

    public RiskLevel Level { get; private set; }

    public decimal Score { get; private set; }

    public string RulesFired { get; private set; } = string.Empty;

    public DateTimeOffset RaisedAt { get; private set; }

    public static RiskAlert Raise(Guid id, RiskAssessment assessment, DateTimeOffset at) => new()
    {
        Id = id,
        EmployerKey = assessment.EmployerKey,
        EmployerName = assessment.EmployerName,
        DistrictCode = assessment.DistrictCode,
        Level = assessment.Level!.Value,
        Score = assessment.Score,
        RulesFired = assessment.RulesFired,
        RaisedAt = at,
    };
}

/// <summary>The administrators' risk rules (one row), stored as JSON.</summary>
internal sealed class RiskSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string RulesJson { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public int Version { get; set; }
}

/// <summary>An uploaded file of indicators: imported whole, or rejected whole with its report of rejected rows.</summary>
internal sealed class RiskImport
{
    private RiskImport()
    {
    }

    public Guid Id { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedBy { get; private set; } = string.Empty;

    public int Rows { get; private set; }

    public bool Accepted { get; private set; }

    /// <summary>For a rejected file: the rejected rows as CSV (行号, 错误, original values).</summary>
    public string? RejectionReport { get; private set; }

    public static RiskImport Done(Guid id, string fileName, DateTimeOffset at, string by, int rows, string? rejectionReport) => new()
    {
        Id = id,
        FileName = fileName,
        ImportedAt = at,
        ImportedBy = by,
        Rows = rows,
        Accepted = rejectionReport is null,
        RejectionReport = rejectionReport,
    };
}
