namespace Monolith.Modules.Supervision.Domain.Letters;

/// <summary>
/// What the ledger knows about each kind of letter: its Chinese name, who it goes to, which reply rules of the
/// catalogue may apply (the first one this deployment offers is used), and the next step of the escalation chain.
/// </summary>
internal static class LetterKinds
{
    public static string Name(LetterKind kind) => kind switch
    {
        LetterKind.UnionReminder => "工会劳动法律监督提示函",
        LetterKind.UnionOpinion => "工会劳动法律监督意见书",
        LetterKind.UnionSuggestion => "工会劳动法律监督建议书",
        LetterKind.ProcuratorialSuggestion => "检察建议书",
        LetterKind.ProcuratorialOpinion => "检察意见书",
        LetterKind.JudicialSuggestion => "司法建议书",
        LetterKind.ArbitrationSuggestion => "仲裁建议书",
        LetterKind.ComplianceSuggestion => "企业劳动用工合规建议书",
        LetterKind.MediationSuggestion => "调解建议书",
        LetterKind.CreditCommitment => "信用承诺书",
        LetterKind.EscalationReport => "提请处理函",
        _ => kind.ToString(),
    };

    /// <summary>The short name used in document numbers, e.g. "提示函".</summary>
    public static string ShortName(LetterKind kind) => kind switch
    {
        LetterKind.UnionReminder => "提示函",
        LetterKind.UnionOpinion => "意见书",
        LetterKind.UnionSuggestion => "建议书",
        LetterKind.ComplianceSuggestion => "合规建议书",
        _ => Name(kind),
    };

    /// <summary>
    /// The reply rules of <see cref="SupervisionDeadlineRules"/> in order of preference: a city's own rule first, then
    /// the configurable fallback. Empty: no reply is owed.
    /// </summary>
    public static IReadOnlyList<string> ReplyRules(LetterKind kind) => kind switch
    {
        LetterKind.UnionReminder => [SupervisionDeadlineRules.UnionReminderLetterReply],
        LetterKind.UnionOpinion => [SupervisionDeadlineRules.NanchangOpinionLetterReply, SupervisionDeadlineRules.TemplateOpinionLetterReply, SupervisionDeadlineRules.UnionLetterReply],
        LetterKind.UnionSuggestion => [SupervisionDeadlineRules.NanchangSuggestionLetterReply, SupervisionDeadlineRules.TemplateSuggestionLetterFiling, SupervisionDeadlineRules.UnionLetterReply],
        LetterKind.ProcuratorialSuggestion => [SupervisionDeadlineRules.ProcuratorialSuggestionReply],
        LetterKind.ProcuratorialOpinion => [SupervisionDeadlineRules.ProcuratorialOpinionReply],
        LetterKind.JudicialSuggestion => [SupervisionDeadlineRules.JudicialSuggestionReply],
        LetterKind.ArbitrationSuggestion or LetterKind.ComplianceSuggestion or LetterKind.MediationSuggestion => [SupervisionDeadlineRules.ArbitrationLetterFeedback],
        _ => [],
    };

    /// <summary>
    /// The next step when the recipient does not reply in time (seed 000 第五条; deadlines.md §3, §6): 提示函 → 意见书 →
    /// 建议书 to the labour administrative department → 提请处理函 to the procuratorate or the government; a
    /// procuratorate's, court's or arbitration institution's letter → 提请处理函 (to the higher procuratorate, the
    /// supervising body or the government). Null: the chain ends here.
    /// </summary>
    public static LetterKind? Next(LetterKind kind) => kind switch
    {
        LetterKind.UnionReminder => LetterKind.UnionOpinion,
        LetterKind.UnionOpinion => LetterKind.UnionSuggestion,
        LetterKind.UnionSuggestion or LetterKind.ProcuratorialSuggestion or LetterKind.ProcuratorialOpinion or LetterKind.JudicialSuggestion
            or LetterKind.ArbitrationSuggestion or LetterKind.ComplianceSuggestion or LetterKind.MediationSuggestion => LetterKind.EscalationReport,
        _ => null,
    };

    /// <summary>Whom the next step is addressed to: an opinion letter still goes to the employer, the others to a department.</summary>
    public static RecipientKind RecipientOf(LetterKind kind) => kind is LetterKind.UnionReminder or LetterKind.UnionOpinion or LetterKind.CreditCommitment
        ? RecipientKind.Employer
        : RecipientKind.Department;

    /// <summary>The kinds a supervision officer registers directly (the procuratorate's own letters and the court's).</summary>
    public static readonly IReadOnlyList<LetterKind> Registrable = [LetterKind.ProcuratorialSuggestion, LetterKind.ProcuratorialOpinion, LetterKind.JudicialSuggestion];

    public static string StatusName(LetterStatus status) => status switch
    {
        LetterStatus.AwaitingReply => "待回复",
        LetterStatus.Overdue => "逾期未回复",
        LetterStatus.Replied => "已回复，待整改",
        LetterStatus.Rectified => "已整改",
        LetterStatus.Escalated => "已升级",
        LetterStatus.Recorded => "已登记",
        _ => status.ToString(),
    };
}
