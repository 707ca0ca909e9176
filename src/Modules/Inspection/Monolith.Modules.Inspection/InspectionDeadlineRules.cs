using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Inspection;

/// <summary>
/// Labour inspection's statutory deadlines (deadlines.md §1): the agency's own duties on a complaint and case, and the
/// employer's and complainant's periods to answer or challenge them. Rows of §1 without a fixed period (陈述、申辩;
/// 补正/告知去向; 责令限期支付, whose period the agency sets in each decision) are not rules here.
/// </summary>
internal sealed class InspectionDeadlineRules : IDeadlineRuleSource
{
    public const string AcceptComplaint = "inspection.accept-complaint";
    public const string NonAcceptanceNotice = "inspection.non-acceptance-notice";
    public const string CompleteInvestigation = "inspection.complete-investigation";
    public const string LookBack = "inspection.look-back";
    public const string HearingRequest = "inspection.hearing-request";
    public const string AdministrativeReview = "inspection.administrative-review";
    public const string AdministrativeLitigation = "inspection.administrative-litigation";

    public IEnumerable<DeadlineRule> Rules { get; } =
    [
        new(AcceptComplaint, "决定是否受理投诉（受理的于受理之日立案）", "接到投诉之日",
            new Period(5, PeriodUnit.WorkingDays), DutyHolder.OwnAgency,
            "《关于实施〈劳动保障监察条例〉若干规定》第十八条第一款", LegalBasisCertainty.Secondary),
        new(NonAcceptanceNotice, "书面通知投诉人不予受理（违法行为已超过二年）", "接到投诉之日",
            new Period(5, PeriodUnit.WorkingDays), DutyHolder.OwnAgency,
            "《关于实施〈劳动保障监察条例〉若干规定》第十八条第二款", LegalBasisCertainty.Secondary),
        new(CompleteInvestigation, "完成劳动保障监察案件调查", "立案之日",
            new Period(60, PeriodUnit.WorkingDays), DutyHolder.OwnAgency, "《劳动保障监察条例》第十七条", LegalBasisCertainty.Primary)
        {
            Extension = new DeadlineExtension(new Period(30, PeriodUnit.WorkingDays), "劳动保障行政部门负责人"),
        },

        // 第二十条 is a bar on the agency's power to investigate, not a duty. It is modelled as a Party period because
        // in practice it is the window within which a worker's complaint keeps the violation open to investigation,
        // and because DutyHolder.OwnAgency would let a local policy shorten it — cutting workers' protection — whereas
        // the catalogue rejects any override of a Party rule. Nothing says the last day rolls forward; the default
        // roll-forward (民法典 第二百零三条 by analogy) favours the complainant and is kept.
        new(LookBack, "违法行为被投诉、举报的期限（二年内未被发现也未被投诉、举报的，不再查处）",
            "违法行为发生之日（有连续或者继续状态的，自行为终了之日）",
            new Period(2, PeriodUnit.Years), DutyHolder.Party, "《劳动保障监察条例》第二十条", LegalBasisCertainty.Primary),

        // deadlines.md §1 lists this period as calendar days, but 行政处罚法 第八十五条 defines its "五日" as working
        // days (primary text read in LawRefBook/Laws, 行政法/行政处罚法.md, 2021 revision).
        new(HearingRequest, "用人单位要求听证", "行政机关告知听证权利之日",
            new Period(5, PeriodUnit.WorkingDays), DutyHolder.Employer,
            "《行政处罚法》第六十四条第一项、第八十五条", LegalBasisCertainty.Primary),

        // 第二十条第三款: if the decision did not state the right to review, the period runs from when the party learns
        // of it, at most one year from knowing the decision — recorded through the trigger date, not a second rule.
        new(AdministrativeReview, "对劳动保障监察处理决定申请行政复议", "知道或者应当知道该行政行为之日",
            new Period(60, PeriodUnit.CalendarDays), DutyHolder.Party, "《行政复议法》第二十条第一款", LegalBasisCertainty.Primary),
        new(AdministrativeLitigation, "对劳动保障监察处理决定提起行政诉讼", "知道或者应当知道作出行政行为之日",
            new Period(6, PeriodUnit.Months), DutyHolder.Party, "《行政诉讼法》第四十六条第一款", LegalBasisCertainty.Primary),
    ];
}
