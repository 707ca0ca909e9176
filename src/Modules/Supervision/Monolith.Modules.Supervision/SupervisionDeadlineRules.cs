using System.Globalization;
using Microsoft.Extensions.Configuration;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Supervision;

/// <summary>
/// Reply periods of the supervision instruments Supervision keeps a ledger of (deadlines.md §6, and the union's
/// 意见书/建议书 of §3). Each is the recipient's duty, not Supervision's own: an employer's
/// (<see cref="DutyHolder.Employer"/>) or a public body's (<see cref="DutyHolder.OtherAgency"/>). Supervision only keeps
/// the ledger, so no local policy of the deploying agencies may change them. Rows without a period are not rules: the procurator's "立即" re-examination of an objection, the
/// follow-up after a missed reply. Letters for which no text gives a period (the union's 提示函, its 意见书/建议书
/// outside a city with its own rule, the 检察意见书, and the arbitration institution's letters: local practice) get a
/// period the deployment configures under <c>Supervision:ReplyPeriods</c> (calendar days), marked unverified.
/// </summary>
internal sealed class SupervisionDeadlineRules : IDeadlineRuleSource
{
    /// <summary>Configuration section of the configurable reply periods, in calendar days.</summary>
    public const string ReplyPeriodsSection = "Supervision:ReplyPeriods";

    public const string UnionReminderLetterReply = "supervision.union-reminder-letter-reply";
    public const string UnionLetterReply = "supervision.union-letter-reply";
    public const string ProcuratorialOpinionReply = "supervision.procuratorial-opinion-reply";
    public const string ArbitrationLetterFeedback = "supervision.arbitration-letter-feedback";

    /// <summary>Default configurable periods (calendar days) when the deployment sets none.</summary>
    public static readonly IReadOnlyDictionary<string, int> DefaultConfigurableDays = new Dictionary<string, int>
    {
        ["UnionReminderLetter"] = 15,
        ["UnionLetter"] = 30,
        ["ProcuratorialOpinion"] = 60,
        ["ArbitrationLetter"] = 30,
    };

    public const string ProcuratorialSuggestionReply = "supervision.procuratorial-suggestion-reply";
    public const string NanchangOpinionLetterReply = "supervision.nanchang-opinion-letter-reply";
    public const string NanchangSuggestionLetterReply = "supervision.nanchang-suggestion-letter-reply";
    public const string TemplateOpinionLetterReply = "supervision.template-opinion-letter-reply";
    public const string TemplateSuggestionLetterFiling = "supervision.template-suggestion-letter-filing";
    public const string JudicialSuggestionReply = "supervision.judicial-suggestion-reply";

    private const string Nanchang = "南昌市";

    // The regulation reproduced on ask.fsou.com (S) has not been identified (deadlines.md §3, §10.2): its article
    // numbers are quoted, its name and jurisdiction are not known. Apply these two rules only where that regulation is
    // confirmed to be in force.
    private const string TemplateRules = "地方工会劳动法律监督规定（名称及适用地区待核实）";
    private const string TemplateJurisdiction = "待核实";

    /// <summary>The rules with the default configurable periods (used where no configuration is at hand, e.g. by tools reading the catalogue).</summary>
    public SupervisionDeadlineRules()
        : this(null)
    {
    }

    public SupervisionDeadlineRules(IConfiguration? configuration) =>
        Rules = [.. Statutory, .. Configurable(key => Days(configuration, key))];

    public IEnumerable<DeadlineRule> Rules { get; }

    /// <summary>The configured period of <paramref name="key"/> (e.g. "UnionReminderLetter"): 1 to 365 calendar days, else the default.</summary>
    public static int Days(IConfiguration? configuration, string key)
    {
        var text = configuration?[$"{ReplyPeriodsSection}:{key}"];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 365
            ? days
            : DefaultConfigurableDays[key];
    }

    private static IEnumerable<DeadlineRule> Configurable(Func<string, int> days) =>
    [
        new(UnionReminderLetterReply, $"用人单位回复工会劳动法律监督提示函（期限未核实，按本部署配置{days("UnionReminderLetter")}日）", "收到提示函之日",
            new Period(days("UnionReminderLetter"), PeriodUnit.CalendarDays), DutyHolder.Employer, "《工会劳动法律监督办法》（总工办发〔2021〕9号）（回复期限未见规定，由本部署配置）",
            LegalBasisCertainty.Unverified),
        new(UnionLetterReply, $"被监督单位回复工会劳动法律监督意见书、建议书（本地无规定时适用，期限未核实，按本部署配置{days("UnionLetter")}日）", "收到意见书或建议书之日",
            new Period(days("UnionLetter"), PeriodUnit.CalendarDays), DutyHolder.Employer, "《工会劳动法律监督办法》（总工办发〔2021〕9号）（回复期限未见规定，由本部署配置）",
            LegalBasisCertainty.Unverified),
        new(ProcuratorialOpinionReply, $"被建议单位书面回复检察意见书（期限未核实，按本部署配置{days("ProcuratorialOpinion")}日）", "收到检察意见书之日",
            new Period(days("ProcuratorialOpinion"), PeriodUnit.CalendarDays), DutyHolder.OtherAgency, "《人民检察院检察建议工作规定》（检察意见书回复期限未核实，由本部署配置）",
            LegalBasisCertainty.Unverified),
        new(ArbitrationLetterFeedback, $"用人单位反馈仲裁建议书、合规建议书、调解建议书落实情况（地方实践，期限未核实，按本部署配置{days("ArbitrationLetter")}日）", "收到建议书之日",
            new Period(days("ArbitrationLetter"), PeriodUnit.CalendarDays), DutyHolder.Employer, "地方实践（如泰安市劳动人事争议仲裁院2021年8月16日通知），无全国统一回复期限",
            LegalBasisCertainty.Unverified),
    ];

    private static readonly DeadlineRule[] Statutory =
    [
        // Article believed to be 第十九条 (U); "unless otherwise provided", and the procuratorate may set a shorter
        // period in urgent cases — such a case-specific period is not a rule. The recommended unit is usually a public
        // body (OtherAgency); where it is an enterprise the period is still not one the platform's agencies may change.
        new(ProcuratorialSuggestionReply, "被建议单位办理检察建议并书面回复", "收到检察建议书之日",
            new Period(2, PeriodUnit.Months), DutyHolder.OtherAgency, "《人民检察院检察建议工作规定》（条款待核实）", LegalBasisCertainty.NewsReport),

        new(NanchangOpinionLetterReply, "用人单位处理工会劳动法律监督意见书并书面告知工会", "收到监督意见书之日",
            new Period(60, PeriodUnit.CalendarDays), DutyHolder.Employer, "《南昌市工会劳动法律监督条例》第二十三条", LegalBasisCertainty.Secondary)
        {
            Jurisdiction = Nanchang,
        },
        new(NanchangSuggestionLetterReply, "行政部门处理工会劳动法律监督建议书并告知工会", "收到监督建议书之日",
            new Period(60, PeriodUnit.CalendarDays), DutyHolder.OtherAgency, "《南昌市工会劳动法律监督条例》第二十四条", LegalBasisCertainty.Secondary)
        {
            Jurisdiction = Nanchang,
        },

        new(TemplateOpinionLetterReply, "用人单位书面答复工会劳动法律监督意见书（出处待核实）", "用人单位收到意见书之日",
            new Period(15, PeriodUnit.WorkingDays), DutyHolder.Employer, TemplateRules + "第二十条第二款", LegalBasisCertainty.Secondary)
        {
            Jurisdiction = TemplateJurisdiction,
        },
        new(TemplateSuggestionLetterFiling, "劳动行政部门对工会劳动法律监督建议书立案或书面说明理由（出处待核实）", "劳动行政部门收到建议书之日",
            new Period(5, PeriodUnit.WorkingDays), DutyHolder.OtherAgency, TemplateRules + "第二十三条", LegalBasisCertainty.Secondary)
        {
            Jurisdiction = TemplateJurisdiction,
        },

        // The reply period of a 司法建议 has not been found in any text (U): "commonly 2 months" per one summary.
        // Tracked at 2 months so a reply is chased at all; the title says the period is unverified.
        new(JudicialSuggestionReply, "被建议单位书面回复司法建议采纳情况（回复期限未核实，暂按2个月）", "收到司法建议书之日",
            new Period(2, PeriodUnit.Months), DutyHolder.OtherAgency,
            "《最高人民法院关于综合治理类司法建议工作若干问题的规定》；《最高人民法院关于加强司法建议工作的意见》（法〔2012〕74号）（回复期限待核实）",
            LegalBasisCertainty.Unverified),
    ];
}
