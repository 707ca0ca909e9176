namespace Monolith.Modules.Supervision.Domain.Risk;

/// <summary>What a risk indicator records (seed 001 items 14–16; seed 000 第六条(一)).</summary>
internal enum RiskIndicatorKind
{
    /// <summary>劳动保障监察投诉 (one per registered complaint).</summary>
    Complaint = 1,

    /// <summary>追索劳动报酬的仲裁案件.</summary>
    WageArbitration = 2,

    /// <summary>集体劳动争议 (ten or more workers).</summary>
    CollectiveDispute = 3,

    /// <summary>调解不成.</summary>
    FailedMediation = 4,

    /// <summary>逾期未回复的监督文书.</summary>
    UnansweredLetter = 5,

    /// <summary>有关事项办理逾期.</summary>
    MissedDeadline = 6,

    /// <summary>欠缴税款 (imported).</summary>
    TaxArrears = 7,

    /// <summary>欠缴社会保险费 (imported).</summary>
    SocialInsuranceArrears = 8,

    /// <summary>信访 (imported).</summary>
    Petition = 9,

    /// <summary>舆情 (imported).</summary>
    PublicOpinion = 10,
}

/// <summary>One fact about an employer that counts towards its risk score, from a module's event or an imported file.</summary>
internal sealed class RiskIndicator
{
    private RiskIndicator()
    {
    }

    public Guid Id { get; private set; }

    public RiskIndicatorKind Kind { get; private set; }

    /// <summary>Where it came from, unique (e.g. "inspection.complaint/{id}"), so a redelivered event counts once.</summary>
    public string SourceKey { get; private set; } = string.Empty;

    /// <summary>The employer's unified social credit code, or its name when it has none; empty when only the matter is known.</summary>
    public string EmployerKey { get; private set; } = string.Empty;

    public string EmployerName { get; private set; } = string.Empty;

    public string? Industry { get; private set; }

    /// <summary>GB/T 2260 district code.</summary>
    public string? DistrictCode { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    /// <summary>Workers concerned (or 1).</summary>
    public int Workers { get; private set; }

    public decimal? Amount { get; private set; }

    public string? Note { get; private set; }

    public Guid? ImportBatchId { get; private set; }

    public static string KeyOf(string? creditCode, string name) => string.IsNullOrWhiteSpace(creditCode) ? name.Trim() : creditCode.Trim().ToUpperInvariant();

    public static RiskIndicator Record(
        Guid id, RiskIndicatorKind kind, string sourceKey, string? creditCode, string employerName, DateOnly occurredOn, string linkageNumber, int workers = 1,
        decimal? amount = null, string? industry = null, string? districtCode = null, string? note = null, Guid? importBatchId = null) => new()
        {
            Id = id,
            Kind = kind,
            SourceKey = sourceKey,
            EmployerKey = employerName.Length == 0 && string.IsNullOrWhiteSpace(creditCode) ? string.Empty : KeyOf(creditCode, employerName),
            EmployerName = employerName.Trim(),
            OccurredOn = occurredOn,
            LinkageNumber = linkageNumber,
            Workers = Math.Max(1, workers),
            Amount = amount,
            Industry = string.IsNullOrWhiteSpace(industry) ? null : industry.Trim(),
            DistrictCode = string.IsNullOrWhiteSpace(districtCode) ? null : districtCode.Trim(),
            Note = note,
            ImportBatchId = importBatchId,
        };

    public static string KindName(RiskIndicatorKind kind) => kind switch
    {
        RiskIndicatorKind.Complaint => "劳动保障监察投诉",
        RiskIndicatorKind.WageArbitration => "追索劳动报酬仲裁案件",
        RiskIndicatorKind.CollectiveDispute => "集体劳动争议",
        RiskIndicatorKind.FailedMediation => "调解不成",
        RiskIndicatorKind.UnansweredLetter => "逾期未回复监督文书",
        RiskIndicatorKind.MissedDeadline => "相关事项办理逾期",
        RiskIndicatorKind.TaxArrears => "欠缴税款",
        RiskIndicatorKind.SocialInsuranceArrears => "欠缴社会保险费",
        RiskIndicatorKind.Petition => "信访",
        RiskIndicatorKind.PublicOpinion => "舆情",
        _ => kind.ToString(),
    };
}
