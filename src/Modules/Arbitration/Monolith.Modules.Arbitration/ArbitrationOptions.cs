namespace Monolith.Modules.Arbitration;

/// <summary>Bound from the "Arbitration" configuration section: what a deployment sets for its arbitration commission.</summary>
internal sealed class ArbitrationOptions
{
    public const string Section = "Arbitration";

    /// <summary>The issuing body printed on the commission's documents; by default "{city}劳动人事争议仲裁委员会".</summary>
    public string? CommissionName { get; set; }

    /// <summary>The first characters of case numbers, e.g. "洪劳人仲案字" → "洪劳人仲案字〔2026〕1号".</summary>
    public string CaseNumberPrefix { get; set; } = "洪劳人仲案字";

    /// <summary>The first characters of letter numbers, e.g. "洪劳人仲建" → "洪劳人仲建〔2026〕1号".</summary>
    public string LetterNumberPrefix { get; set; } = "洪劳人仲建";

    /// <summary>The first characters of the numbers of 仲裁调解书 made on arbitration review, e.g. "洪劳人仲审字" → "洪劳人仲审字〔2026〕1号".</summary>
    public string ReviewStatementNumberPrefix { get; set; } = "洪劳人仲审字";

    /// <summary>
    /// 当地月最低工资标准 (yuan): twelve times it is the per-item limit of a final award (调解仲裁法 第四十七条). The
    /// deployment sets its own; 2,000 yuan by default (江西省 first band from 2024-ish — verify before production).
    /// </summary>
    public decimal MonthlyMinimumWage { get; set; } = 2000m;

    /// <summary>本省上年度职工年平均工资 (yuan): the amount limit of the simplified procedure (办案规则 第五十六条). Set by the deployment.</summary>
    public decimal ProvincialAverageAnnualWage { get; set; } = 90000m;

    /// <summary>Tribunal rooms offered on the hearing forms and the hearing calendar.</summary>
    public List<string> Rooms { get; set; } = ["第一仲裁庭", "第二仲裁庭", "第三仲裁庭"];

    /// <summary>How long a hearing occupies its room: another hearing in the same room may not start within it.</summary>
    public TimeSpan HearingSlot { get; set; } = TimeSpan.FromHours(2);

    public string Commission(string cityName) => string.IsNullOrWhiteSpace(CommissionName) ? $"{cityName}劳动人事争议仲裁委员会" : CommissionName;
}
