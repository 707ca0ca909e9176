namespace Monolith.Modules.Inspection;

/// <summary>Bound from the "Inspection" configuration section: what a deployment sets for its inspection agency.</summary>
internal sealed class InspectionOptions
{
    public const string Section = "Inspection";

    /// <summary>
    /// Working days to answer a request for evidence-collection assistance. 南昌方案 三(四) asks for feedback "及时" and
    /// names no period, so the deployment sets it; 10 working days by default.
    /// </summary>
    public int EvidenceAnswerWorkingDays { get; set; } = 10;

    /// <summary>
    /// Working days to give feedback on a violation lead (take it up or decline it). 南昌方案 三(四) names no period;
    /// 5 working days by default, as for the decision on a complaint.
    /// </summary>
    public int LeadFeedbackWorkingDays { get; set; } = 5;

    /// <summary>The issuing body printed on notices; by default "{city}人力资源和社会保障局" (劳动保障行政部门).</summary>
    public string? IssuingBody { get; set; }

    /// <summary>The first characters of every document number, e.g. "劳监" → "劳监受〔2026〕1号".</summary>
    public string DocumentNumberPrefix { get; set; } = "劳监";

    /// <summary>Where the complainant is told to go, printed on non-acceptance notices (optional).</summary>
    public string? ArbitrationCommissionName { get; set; }
}
